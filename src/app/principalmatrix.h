#pragma once

#include "matrix.h"
#include "principal.h"

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace mfapolicy {

/// The principal one document is analysed in, and where that document sits in it.
struct PrincipalView {
    Principal principal;
    /// The slots that hold the analysed document (its text as analysed, not as last saved).
    std::vector<PrincipalPolicyRef> own;
    /// The document is not attached to the principal: it was added as the user's inline policy so
    /// that its matrix can be seen.
    bool ownImplicit = false;

    /// Every policy in one order: identity policies, the boundary, then each SCP level's.
    /// StatementRef::policy in a PrincipalMatrix indexes this list.
    std::vector<PrincipalPolicyRef> allSlots() const;
    const PrincipalPolicy *policy(const PrincipalPolicyRef &slot) const { return principalPolicy(principal, slot); }
    bool isOwn(const PrincipalPolicyRef &slot) const;
    /// The principal of one policy alone, as the studio showed every document before principals.
    static PrincipalView single(std::shared_ptr<const PolicySource> source, const SimulationIdentity &identity);
};

/// What decided one cell, beyond its decision.
struct CellOrigin {
    Layer layer = Layer::Identity; ///< the deciding layer (the identity layer for an Allow)
    std::size_t scpLevel = 0; ///< where `layer` is an SCP one
    bool indeterminate = false; ///< a statement left out might have decided: no answer
};

/// The decision matrix of a principal. Each cell's evaluation holds the decision and the deciding
/// layer's deciding statements, their StatementRef::policy being indexes into `policySlots`.
struct PrincipalMatrix {
    DecisionMatrix matrix;
    std::vector<std::array<CellOrigin, 3>> origins; ///< per row, indexed like allAuthStates
    std::vector<PrincipalPolicyRef> policySlots;
};

/// The request of one cell for a principal: the row's request with the principal's context.
Request principalCellRequest(const Principal &principal, const MatrixRow &row, AuthState state);

/// Evaluates every cell of the matrix for the principal as IAM would (every layer). nullopt when
/// `cancel` became true before the end.
std::optional<PrincipalMatrix> computePrincipalMatrix(const PrincipalView &view,
                                                      const std::atomic<bool> *cancel = nullptr);

/// One cell again, with every layer's trace, to explain it.
PrincipalEvaluation explainPrincipalCell(const Principal &principal, const MatrixRow &row, AuthState state);

} // namespace mfapolicy
