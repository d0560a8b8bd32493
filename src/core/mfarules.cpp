// The MFA rules' evaluation of requests and their reporting; the rules themselves are in
// mfadevicerules.cpp and mfaexposurerules.cpp.
#include "mfachecker.h"

#include <algorithm>

namespace mfapolicy {

void MfaChecker::run(const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    bool selfService = false;
    bool deviceNameReported = false;
    decided([&] { selfService = grantsSelfService(); });
    if (m_undeterminedRules > 0)
        selfService = false; // whether the rules below apply cannot be told
    decided([&] { deviceNameReported = checkDeviceName(); });
    checkGuardOperators();
    if (selfService && !cancelled()) {
        decided([&] { checkEnrollment(deviceNameReported); });
        decided([&] { checkNotEnforced(); });
    }
    const std::array<void (MfaChecker::*)(), 7> rules {
        &MfaChecker::checkListUsers,           &MfaChecker::checkDeactivate,      &MfaChecker::checkDelete,
        &MfaChecker::checkAccessKeyEnrollment, &MfaChecker::checkGetSessionToken, &MfaChecker::checkUserPath,
        &MfaChecker::checkPasswordChange};
    for (const auto rule : rules) {
        if (cancelled())
            return;
        decided([&] { (this->*rule)(); });
    }
    if (m_undeterminedRules > 0)
        report("MFA_RULES_UNDETERMINED", statementsPointer(), {std::to_string(m_undeterminedRules)});
}

Evaluation MfaChecker::eval(const SimulationIdentity &identity, AuthState state, const std::string &action,
                            const std::string &resource, bool trace) const
{
    Request &request = requestFor(identity, state);
    request.action = action;
    request.resource = resource;
    if (m_principal) {
        Evaluation evaluation = documentEvaluation(*m_principal, m_index, request, trace, m_cache);
        m_undetermined = m_undetermined || evaluation.indeterminate;
        return evaluation;
    }
    Evaluation evaluation = evaluate(m_policies, request, EvaluateOptions {trace});
    m_undetermined = m_undetermined || evaluation.indeterminate;
    if (m_policies.size() > 1) {
        // Decided on every policy of the user; what the rules read of it is this document's.
        const auto other = [](const StatementRef &ref) { return ref.policy != 0; };
        std::erase_if(evaluation.allowedBy, other);
        std::erase_if(evaluation.deniedBy, other);
        std::erase_if(evaluation.trace, [](const StatementTrace &t) { return t.policy != 0; });
        std::erase_if(evaluation.skipped, [&other](const SkippedStatement &s) { return other(s.ref); });
    }
    return evaluation;
}

Evaluation MfaChecker::eval(AuthState state, const std::string &action, const std::string &resource, bool trace) const
{
    return eval(m_identity, state, action, resource, trace);
}

Request &MfaChecker::requestFor(const SimulationIdentity &identity, AuthState state) const
{
    const std::size_t who = &identity == &m_identity ? 0 : (&identity == &m_other ? 1 : 2);
    std::optional<Request> &request = m_requests[who][authStateIndex(state)];
    if (!request) {
        request = makeRequest(identity, state, {}, {});
        if (m_principal) {
            for (const auto &[key, value] : m_principal->context)
                request->context.set(key, value);
        }
    }
    return *request;
}

Decision MfaChecker::decide(AuthState state, const std::string &action, const std::string &resource) const
{
    return eval(state, action, resource).decision;
}

bool MfaChecker::allowedInAnyState(const std::string &action, const std::string &resource) const
{
    return std::any_of(allAuthStates.begin(), allAuthStates.end(),
                       [&](AuthState s) { return decide(s, action, resource) == Decision::Allow; });
}

const StatementTrace *MfaChecker::traceOf(const Evaluation &evaluation, std::size_t index) const
{
    if (index < evaluation.trace.size() && evaluation.trace[index].statement == index)
        return &evaluation.trace[index];
    for (const StatementTrace &trace : evaluation.trace) {
        if (trace.statement == index)
            return &trace;
    }
    return nullptr;
}

std::string MfaChecker::entryPointer(const Evaluation &evaluation, std::size_t index, bool resource) const
{
    const StatementTrace *trace = traceOf(evaluation, index);
    const std::string pointer = trace ? (resource ? trace->resource.pointer : trace->action.pointer) : "";
    return !pointer.empty() && m_source.range(pointer) ? pointer : statement(index).pointer;
}

void MfaChecker::report(const char *ruleId, const std::string &pointer, std::vector<std::string> args,
                        std::vector<QuickFix> fixes)
{
    addFinding(m_out, ruleId, m_source.range(pointer), pointer, std::move(args), std::move(fixes));
}

void MfaChecker::reportAtOperator(const char *ruleId, const ConditionClause &clause, std::vector<std::string> args,
                                  std::vector<QuickFix> fixes)
{
    const std::string pointer = parentPointer(clause.pointer);
    addFinding(m_out, ruleId, m_source.keyRange(pointer), pointer, std::move(args), std::move(fixes));
}

const DocumentStyle &MfaChecker::style()
{
    if (!m_style)
        m_style = detectStyle(m_source);
    return *m_style;
}

std::vector<QuickFix> MfaChecker::migrationFix(const char *changeId, const char *fixId, std::size_t statementIndex)
{
    if (!m_plan) {
        m_plan = planMigration(m_source);
        for (MigrationChange &change : m_plan->changes)
            std::sort(change.edits.begin(), change.edits.end(),
                      [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    }
    const MigrationChange *change = m_plan->find(changeId);
    const auto range = m_source.range(statement(statementIndex).pointer);
    if (!change || !range)
        return {};
    // Edits of one change never overlap, so sorted by begin they are sorted by end too and an
    // edit that reaches into the statement is at most one before the first starting in it.
    auto it = std::lower_bound(change->edits.begin(), change->edits.end(), range->begin,
                               [](const TextEdit &edit, std::size_t offset) { return edit.begin < offset; });
    if (it != change->edits.begin())
        --it;
    QuickFix fix {fixId, {}, {}};
    for (; it != change->edits.end() && it->begin <= range->end; ++it) {
        const bool touches
            = it->begin == it->end ? it->begin >= range->begin : it->begin < range->end && it->end > range->begin;
        if (touches)
            fix.edits.push_back(*it);
    }
    if (fix.edits.empty())
        return {};
    return {std::move(fix)};
}

void checkMfa(const PolicySource &source, const SimulationIdentity &identity, std::vector<Finding> &out,
              const std::atomic<bool> *cancel, std::span<const Policy *const> together)
{
    MfaChecker(source, identity, out, together).run(cancel);
}

void checkMfa(const Principal &principal, std::size_t index, std::vector<Finding> &out, const std::atomic<bool> *cancel,
              PrincipalDecisionCache *cache)
{
    const PrincipalPolicy &policy = principal.policies[index];
    MfaChecker(*policy.source, principal.identity, out, {}, &principal, index, cache).run(cancel);
}

} // namespace mfapolicy
