#pragma once

#include "matrix.h"
#include "principal.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <span>
#include <vector>

namespace mfapolicy {

/// A decision matrix as text for terminals, CSV (RFC 4180), Markdown, a standalone HTML page and
/// JSON. Every format marks decisions with words (and symbols), never with colour alone.
class MatrixFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MatrixFormatter)

public:
    /// `policies` are the evaluated policies (for the statement names in JSON); `title` names them.
    MatrixFormatter(const DecisionMatrix &matrix, std::span<const Policy *const> policies, QString title = {});
    /// A matrix of computeMatrix(principal): JSON names each denial's layer, and when more than one
    /// policy decides, the text marks every cell with the policies that decided it.
    MatrixFormatter(const Principal &principal, const DecisionMatrix &matrix, QString title = {});

    /// The sign-in states shown as columns by text(), csv(), markdown() and html() (all by default,
    /// in allAuthStates order whatever the order given); json() always has all three.
    void setStates(const std::vector<AuthState> &states);

    QString text() const; ///< aligned columns, symbols, legend
    QString csv() const; ///< header row, CRLF line ends, quoted where needed
    QString markdown() const; ///< a GitHub-flavoured table and the legend
    QString html() const; ///< a complete, escaped HTML document with a legend
    QString json() const; ///< decisions, deciding statements and the identity
    /// What the user can do before signing in with MFA, one sentence per line.
    QStringList beforeMfaSummary() const;

    /// Terminal columns a string takes (East Asian wide characters count twice).
    static int displayWidth(const QString &text);
    /// One CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
    static QString csvField(const QString &text);

private:
    QStringList headers() const;
    QStringList stateHeaders() const;
    /// The row's cells in the columns shown.
    std::vector<const MatrixCell *> shownCells(const MatrixRow &row) const;
    QString resourceText(const MatrixRow &row, bool withArn) const;
    QString identityLine() const;
    QString legend() const;
    QString cellText(const MatrixCell &cell) const; ///< label, and the deciding policies' marks
    QString policyKey() const; ///< the marks' meaning, one policy a line
    /// The policies a cell's StatementRefs index.
    std::span<const Policy *const> policiesOf(const MatrixCell &cell) const;
    bool marksPolicies() const;

    const DecisionMatrix &m_matrix;
    std::span<const Policy *const> m_policies;
    QString m_title;
    const Principal *m_principal = nullptr;
    std::vector<const Policy *> m_boundaryPolicies;
    std::vector<std::vector<const Policy *>> m_scpPolicies; // per level
    std::vector<const Policy *> m_identityPolicies;
    std::array<bool, 3> m_shown {true, true, true}; ///< indexed like allAuthStates
};

} // namespace mfapolicy
