#pragma once

#include "evaluator.h"
#include "finding.h"
#include "matrix.h"
#include "migration.h"
#include "scenario.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>
#include <string>
#include <vector>

namespace mfapolicy {

/// Human text for the core's structured results, in the current language. Shared by the command
/// line and the studio so both say the same thing in the same words. AWS's own message strings
/// (AccessDenied texts) come from the core and are never passed through here.
class Texts final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::Texts)

public:
    /// "Allow", "ExplicitDeny", "ImplicitDeny": stable ids for machine-readable output.
    static QString decisionId(Decision decision);
    static QString decision(Decision decision);
    /// A symbol per decision so that no output depends on colour alone.
    static QString decisionSymbol(Decision decision);
    /// Symbol and name, e.g. "✔ Allow".
    static QString decisionLabel(Decision decision);
    /// The same for what a matrix cell or scenario step shows: Decision's three, and
    /// "Undetermined" (id), "Undetermined" (name), "?" (symbol) when no decision can be given.
    static QString decisionId(CellDecision decision);
    static QString decision(CellDecision decision);
    static QString decisionSymbol(CellDecision decision);
    static QString decisionLabel(CellDecision decision);
    /// "identity-based policy", "permissions boundary", "service control policy".
    static QString layerName(Layer layer);

    static QString authState(AuthState state); ///< column title
    static QString authStateDescription(AuthState state); ///< one sentence on how such a request is signed
    static QString resourcePattern(ResourcePattern pattern);
    static QString severity(Severity severity);
    /// "managed", "inline-user", "inline-group", "inline-role" as words.
    static QString policyKind(const std::string &kindId);
    static QString flowName(EnrollmentFlow flow);
    static QString scenarioStep(const std::string &stepId);
    /// What happens besides the authorization (e.g. "entity-already-exists"); "" for no outcome.
    static QString scenarioOutcome(const std::string &outcomeId);

    /// Sid, or "Statement[N]" for statements without one; prefixed by the policy name when
    /// several policies are evaluated together.
    static QString statementName(std::span<const Policy *const> policies, const StatementRef &ref);

    /// One sentence on why one statement did or did not apply to the request.
    static QString statementExplanation(std::span<const Policy *const> policies, const StatementTrace &trace,
                                        const Request &request);
    /// The decision, the deciding statements first, then for every other statement why it did
    /// not apply. One line per statement.
    static QStringList evaluationExplanation(std::span<const Policy *const> policies, const Evaluation &evaluation,
                                             const Request &request);
    /// Policies cannot allow or deny sts:GetSessionToken.
    static QString sessionTokenNote();

    /// Stable id of a reason a statement could not be evaluated, e.g. "invalid-effect".
    static QString skipReasonId(SkipReason reason);
    /// That reason in words.
    static QString skipReason(SkipReason reason);
    /// "Statement X was left out: reason; reason" for one statement the engine could not evaluate.
    static QString skippedStatement(std::span<const Policy *const> policies, const SkippedStatement &skipped);
    /// Why there is no decision when Evaluation::indeterminate is set, naming the statements at fault.
    static QString indeterminateEvaluation(std::span<const Policy *const> policies, const Evaluation &evaluation);

    /// Finding title and explanation by rule id; unknown ids fall back to the id itself.
    static QString findingTitle(const std::string &ruleId, const std::vector<std::string> &args);
    static QString findingExplanation(const std::string &ruleId, const std::vector<std::string> &args);
    static QString quickFixTitle(const std::string &fixId, const std::vector<std::string> &args);

    /// Migration change title and why it is proposed; unknown ids fall back to the id.
    static QString migrationTitle(const std::string &changeId, const std::vector<std::string> &args);
    static QString migrationRationale(const std::string &changeId, const std::vector<std::string> &args);
    /// One line per chosen change that was not applied, naming it and saying why.
    static QStringList migrationNotApplied(const MigrationPlan &plan, const std::vector<NotAppliedChange> &notApplied);

    /// Reminders shown next to exports (ids from the exporter).
    static QString exportReminder(const std::string &reminderId);

    /// Replaces %1..%9 by `args` (missing ones by nothing), without Qt's warnings for unused markers.
    static QString fill(const QString &pattern, const std::vector<std::string> &args);
};

} // namespace mfapolicy
