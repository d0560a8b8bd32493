#pragma once

#include "principal.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mfapolicy {

/// An enrollment scenario of a principal in words: the command line's text and JSON, and the
/// Markdown and HTML handouts the studio exports. The studio's step table takes its words from
/// here too, so both say the same thing. AWS's AccessDenied messages stay in English.
class ScenarioFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ScenarioFormatter)

public:
    /// `result` must be runScenario(principal, ...); both must outlive the formatter.
    ScenarioFormatter(const Principal &principal, const ScenarioResult &result);

    QString text() const; ///< for terminals: each step, its decision and what decided it
    QString json() const; ///< the machine-readable steps (see the man page)
    QString markdown() const; ///< a handout: one section per step, every user text escaped
    QString html() const; ///< a complete, escaped HTML page with a table of the steps

    /// The flow's name, e.g. "Console: virtual MFA device (authenticator app)".
    QString title() const;
    /// "User ARN, device name NAME. How the calls are signed."
    QString identityLine() const;
    /// One sentence on the outcome, naming the step that stopped the flow.
    QString outcome() const;

    /// "1. Title of the step"; `index` counts from 0.
    QString stepTitle(std::size_t index) const;
    /// The layer, the policy and the statement that decided a step, in one line. For an implicit
    /// deny, the statements that grant the call on other resources or conditions are named: they
    /// are where the policy needs a change (the stale `mfa/${aws:username}` device resource).
    QString decidedBy(const ScenarioStep &step) const;
    /// The statement to show for a step: the first deciding one, else (implicit deny) the first
    /// Allow of the deciding layer whose action matched. nullopt when there is none.
    std::optional<PrincipalStatementRef> pointedStatement(const ScenarioStep &step) const;
    /// "Not required: the flow goes on." for a denied step the flow does not need; "" otherwise.
    static QString nonBlockingNote(const ScenarioStep &step);
    /// The titles of the step table's columns: step, call, resource, decision, decided by.
    static QStringList columnTitles();

private:
    /// The policies the step's StatementRefs index (its deciding layer's).
    std::vector<const Policy *> policiesOf(const ScenarioStep &step) const;
    /// "Sid (policy, layer)" for one statement of the step's deciding layer.
    QString statementLabel(const ScenarioStep &step, std::size_t policy, std::size_t statement) const;
    /// The Allow statements of the deciding layer that match the call's action but not the request.
    std::vector<StatementRef> nearMisses(const ScenarioStep &step) const;
    /// The deciding layer in words: "identity-based policy", "service control policy (Root)".
    QString layerText(const ScenarioStep &step) const;
    /// The CLI's line naming the policies of a layer other than the identity one that denied.
    QString layerLine(const ScenarioStep &step) const;
    /// The deciding statements in words, as the CLI's text lists them.
    QStringList explanationLines(const ScenarioStep &step) const;

    const Principal &m_principal;
    const ScenarioResult &m_result;
};

} // namespace mfapolicy
