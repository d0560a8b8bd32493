#pragma once

#include "principalmatrix.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// Words for what decided a cell of a principal's matrix: the layer, the policy, the statement.
class PrincipalExplanation final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::PrincipalExplanation)
public:
    /// Link scheme of the explanation's "go to the statement" links: mfa-statement:SLOT/STATEMENT.
    static QString linkScheme() { return QStringLiteral("mfa-statement"); }

    /// "the identity-based policies", "the permissions boundary", "the SCPs of level 2 (ou-x)".
    static QString layerName(Layer layer, std::size_t scpLevel, const Principal &principal);
    /// A short tag for the matrix cell when another layer than the identity one decided.
    static QString layerTag(Layer layer);
    /// How a policy is attached: "AWS managed", "inline, group Admins"...
    static QString policyKind(const PrincipalPolicy &policy);
    /// One line naming the layer, the policy and the statement that decided the cell.
    static QString decidedBy(const PrincipalView &view, const PrincipalMatrix &matrix, std::size_t row,
                             AuthState state);
    /// Why a cell is undetermined: per layer holding a statement that could not be evaluated and
    /// might decide the request, those statements and what is wrong with them.
    static QString undeterminedReason(const Principal &principal, const MatrixRow &row, AuthState state);
    /// The explanation panel's HTML for a cell: the decision, what decided it with links to the
    /// deciding statements, then each layer's statements in words.
    static QString cell(const PrincipalView &view, const PrincipalMatrix &matrix, std::size_t row, AuthState state);
};

} // namespace mfapolicy
