#include "principalmatrix.h"

#include <algorithm>

namespace mfapolicy {

std::vector<PrincipalPolicyRef> PrincipalView::allSlots() const
{
    std::vector<PrincipalPolicyRef> result;
    for (std::size_t i = 0; i < principal.policies.size(); ++i)
        result.push_back({Layer::Identity, 0, i});
    if (principal.boundary)
        result.push_back({Layer::PermissionsBoundary, 0, 0});
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        for (std::size_t i = 0; i < principal.scps[level].policies.size(); ++i)
            result.push_back({Layer::Scp, level, i});
    }
    return result;
}

bool PrincipalView::isOwn(const PrincipalPolicyRef &slot) const
{
    return std::find(own.begin(), own.end(), slot) != own.end();
}

PrincipalView PrincipalView::single(std::shared_ptr<const PolicySource> source, const SimulationIdentity &identity)
{
    PrincipalView view;
    view.principal.identity = identity;
    PrincipalPolicy policy;
    if (source)
        policy.name = source->name();
    policy.source = std::move(source);
    view.principal.policies.push_back(std::move(policy));
    view.own = {{Layer::Identity, 0, 0}};
    view.ownImplicit = true;
    return view;
}

Request principalCellRequest(const Principal &principal, const MatrixRow &row, AuthState state)
{
    Request request = cellRequest(principal.identity, row, state);
    request.context = principalContext(principal, state);
    return request;
}

std::optional<PrincipalMatrix> computePrincipalMatrix(const PrincipalView &view, const std::atomic<bool> *cancel)
{
    // The core's principal matrix evaluates each layer once per request and combines them; its
    // deciding statements name their layer's policies, which map onto the slots here.
    MatrixOptions options;
    options.cancel = cancel;
    PrincipalMatrix result;
    result.matrix = computeMatrix(view.principal, options);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return std::nullopt;
    result.policySlots = view.allSlots();
    result.origins.resize(result.matrix.rows.size());
    const auto flat = [&result](const MatrixCell &cell, const std::vector<StatementRef> &refs) {
        std::vector<StatementRef> out;
        out.reserve(refs.size());
        for (const StatementRef &ref : refs) {
            const PrincipalPolicyRef slot {cell.layer, cell.layer == Layer::Scp ? cell.scpLevel : 0,
                                           cell.layer == Layer::PermissionsBoundary ? 0 : ref.policy};
            const auto it = std::find(result.policySlots.begin(), result.policySlots.end(), slot);
            if (it != result.policySlots.end())
                out.push_back({std::size_t(it - result.policySlots.begin()), ref.statement});
        }
        return out;
    };
    for (std::size_t r = 0; r < result.matrix.rows.size(); ++r) {
        MatrixRow &row = result.matrix.rows[r];
        for (AuthState state : allAuthStates) {
            const std::size_t s = authStateIndex(state);
            MatrixCell &cell = row.cells[s];
            cell.evaluation.indeterminate = cell.indeterminate;
            cell.evaluation.allowedBy = flat(cell, cell.evaluation.allowedBy);
            cell.evaluation.deniedBy = flat(cell, cell.evaluation.deniedBy);
            result.origins[r][s] = {cell.layer, cell.scpLevel, cell.indeterminate};
        }
    }
    return result;
}

PrincipalEvaluation explainPrincipalCell(const Principal &principal, const MatrixRow &row, AuthState state)
{
    return evaluatePrincipal(principal, principalCellRequest(principal, row, state));
}

} // namespace mfapolicy
