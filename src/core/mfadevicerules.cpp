// The MFA rules about enrolling: self-service, the device name, the operators of MFA conditions,
// the calls of enrollment and whether MFA is enforced at all.
#include "actioncatalog.h"
#include "mfachecker.h"

#include <algorithm>

namespace mfapolicy {

namespace {

bool isMfaPresentKey(const std::string &key)
{
    return iequals(key, "aws:MultiFactorAuthPresent");
}

} // namespace

bool MfaChecker::grantsSelfService() const
{
    return allowedInAnyState(createAction, m_identity.deviceArn(m_identity.deviceName))
        || allowedInAnyState(createAction, m_identity.deviceArn(m_identity.userName))
        || allowedInAnyState(enableAction, m_identity.userArn());
}

bool MfaChecker::checkDeviceName()
{
    for (AuthState state : {AuthState::NoMfa, AuthState::MfaSession}) {
        const Evaluation own = eval(state, createAction, m_identity.deviceArn(m_identity.userName), true);
        const bool custom = decide(state, createAction, m_identity.deviceArn(m_identity.deviceName)) == Decision::Allow;
        const bool probe = decide(state, createAction, m_identity.deviceArn(probeDeviceName)) == Decision::Allow;
        if (own.decision == Decision::Allow && !custom && !probe) {
            // Only the user's own name works. Relative to the user (a variable), or one literal?
            const bool relative
                = eval(m_other, state, createAction, m_other.deviceArn(m_other.userName)).decision == Decision::Allow;
            const char *rule = relative ? "STALE_MFA_DEVICE_RESOURCE" : "DEVICE_NAME_PINNED";
            for (const StatementRef &ref : own.allowedBy) {
                std::vector<QuickFix> fixes;
                if (relative)
                    fixes = migrationFix(createDeviceAnyNameChange, "migrate-device-resource", ref.statement);
                report(rule, entryPointer(own, ref.statement, true),
                       {m_identity.deviceName, m_identity.userName, authStateId(state)}, std::move(fixes));
            }
            return true;
        }
        if (custom && own.decision != Decision::Allow && !probe) {
            // Only one literal device name works, and it is not the user's name.
            const Evaluation e = eval(state, createAction, m_identity.deviceArn(m_identity.deviceName), true);
            for (const StatementRef &ref : e.allowedBy)
                report("DEVICE_NAME_PINNED", entryPointer(e, ref.statement, true),
                       {m_identity.deviceName, m_identity.userName, authStateId(state)});
            return true;
        }
    }
    return false;
}

std::optional<std::pair<std::string, std::string>> MfaChecker::probeTarget(const Statement &s) const
{
    std::string action;
    if (s.notAction) {
        for (const char *candidate : {"s3:ListAllMyBuckets", "ec2:DescribeInstances", "iam:ListUsers"}) {
            if (std::none_of(s.actions.begin(), s.actions.end(),
                             [&](const PolicyString &a) { return actionMatches(a.value, candidate); })) {
                action = candidate;
                break;
            }
        }
    } else if (!s.actions.empty()) {
        action = s.actions.front().value;
        if (action == "*") {
            action = "s3:ListAllMyBuckets";
        } else if (action.find_first_of("*?") != std::string::npos) {
            const std::string service = toLower(action.substr(0, action.find(':')));
            std::string concrete;
            if (ActionCatalog::instance().knowsService(service)) {
                for (const std::string &known : ActionCatalog::instance().actionsOf(service)) {
                    if (actionMatches(action, known)) {
                        concrete = known;
                        break;
                    }
                }
            }
            if (concrete.empty()) {
                for (char &c : action) {
                    if (c == '*' || c == '?')
                        c = 'X';
                }
                concrete = action;
            }
            action = concrete;
        }
    }
    if (action.empty())
        return std::nullopt;
    std::string resource = "*";
    if (!s.notResource && !s.resources.empty() && s.resources.front().value != "*") {
        const RequestContext context = contextFor(m_identity, AuthState::MfaSession);
        resource = substituteVariables(s.resources.front().value, context, m_policy.variablesEnabled()).value;
        for (char &c : resource) {
            if (c == '*' || c == '?')
                c = 'x';
        }
    }
    // Checked through the engine: the probe must pass the action and resource parts.
    const Request request = makeRequest(m_identity, AuthState::MfaSession, action, resource);
    Policy single;
    single.version = m_policy.version;
    single.statements.push_back(s);
    const Evaluation e = evaluate(single, request);
    if (e.trace.empty() || !e.trace.front().action.matched || !e.trace.front().resource.matched)
        return std::nullopt;
    return std::make_pair(action, resource);
}

std::array<bool, 3> MfaChecker::appliesByState(const Statement &s,
                                               const std::pair<std::string, std::string> &target) const
{
    std::array<bool, 3> out {};
    for (std::size_t i = 0; i < allAuthStates.size(); ++i)
        out[i] = statementApplies(m_policy, s, makeRequest(m_identity, allAuthStates[i], target.first, target.second));
    return out;
}

void MfaChecker::checkGuardOperators()
{
    for (const Statement &s : m_policy.statements) {
        if (!s.usable)
            continue;
        const auto mfaClause = std::find_if(s.conditions.begin(), s.conditions.end(),
                                            [](const ConditionClause &c) { return isMfaPresentKey(c.key); });
        if (mfaClause == s.conditions.end())
            continue;
        const auto target = probeTarget(s);
        if (!target)
            continue;
        const auto applies = appliesByState(s, *target);
        const bool mfa = applies[authStateIndex(AuthState::MfaSession)];
        const bool noMfa = applies[authStateIndex(AuthState::NoMfa)];
        const bool key = applies[authStateIndex(AuthState::AccessKey)];
        for (const ConditionClause &clause : s.conditions) {
            if (!isMfaPresentKey(clause.key))
                continue;
            if (clause.op == ConditionOperator::Null) {
                std::vector<std::string> args {s.effect == Effect::Deny ? "deny" : "allow"};
                for (std::size_t i = 0; i < applies.size(); ++i) {
                    if (applies[i])
                        args.push_back(authStateId(allAuthStates[i]));
                }
                reportAtOperator("NULL_FOR_MFA", clause, std::move(args));
                continue;
            }
            if (clause.op != ConditionOperator::Bool)
                continue;
            const bool aloneInBlock
                = std::count_if(s.conditions.begin(), s.conditions.end(),
                                [&](const ConditionClause &c) {
                                    return parentPointer(c.pointer) == parentPointer(clause.pointer);
                                })
                == 1;
            if (s.effect == Effect::Deny && !clause.ifExists && noMfa && !key) {
                // Denies console sessions without MFA but not long-term access keys.
                std::vector<QuickFix> fixes;
                if (aloneInBlock) {
                    QuickFix fix {"replace-operator", {clause.operatorText + "IfExists"}, {}};
                    if (auto edit = replaceKey(m_source, parentPointer(clause.pointer), fix.args.front()))
                        fix.edits.push_back(*edit);
                    fixes.push_back(std::move(fix));
                }
                reportAtOperator("MFA_GUARD_BOOL_NOT_IF_EXISTS", clause, {clause.operatorText, target->first},
                                 std::move(fixes));
            } else if (s.effect == Effect::Allow && clause.ifExists && mfa && key && !noMfa) {
                // Meant as "MFA required", but long-term keys (key absent) pass as well.
                std::vector<QuickFix> fixes;
                if (aloneInBlock) {
                    std::string plain = clause.operatorText.substr(0, clause.operatorText.size() - 8);
                    QuickFix fix {"replace-operator", {plain}, {}};
                    if (auto edit = replaceKey(m_source, parentPointer(clause.pointer), plain))
                        fix.edits.push_back(*edit);
                    fixes.push_back(std::move(fix));
                }
                reportAtOperator("ALLOW_BOOL_IF_EXISTS_MFA", clause, {clause.operatorText, target->first},
                                 std::move(fixes));
            }
        }
    }
}

void MfaChecker::requireWithoutMfa(const char *rule, const std::string &action, const std::string &resource)
{
    const Evaluation e = eval(AuthState::NoMfa, action, resource);
    if (e.decision == Decision::Allow)
        return;
    if (e.decision == Decision::ImplicitDeny) {
        report(rule, statementsPointer(), {action, "implicit"});
        return;
    }
    for (const StatementRef &ref : e.deniedBy) {
        const Statement &guard = statement(ref.statement);
        std::vector<QuickFix> fixes;
        // The guard's NotAction list is where enrollment actions are exempted.
        if (guard.notAction && !guard.actions.empty()) {
            const std::string array = parentPointer(guard.actions.back().pointer);
            const std::size_t count = arraySize(m_source, array);
            QuickFix fix {"exempt-action", {action}, {}};
            if (count > 0) {
                if (auto edit = insertArrayElement(m_source, array, count - 1, jsonQuote(action), style()))
                    fix.edits.push_back(*edit);
            } else if (auto edit = wrapInArray(m_source, guard.actions.front().pointer, {jsonQuote(action)}, style())) {
                fix.edits.push_back(*edit);
            }
            if (!fix.edits.empty())
                fixes.push_back(std::move(fix));
        }
        const std::string key = guard.pointer + (guard.notAction ? "/NotAction" : "/Action");
        const std::string at = m_source.keyRange(key) ? key : guard.pointer;
        addFinding(m_out, rule, m_source.keyRange(key) ? m_source.keyRange(key) : m_source.range(guard.pointer), at,
                   {action, "explicit"}, std::move(fixes));
    }
}

void MfaChecker::checkEnrollment(bool deviceNameReported)
{
    // The console's virtual-device flow (MFA-FACTS §3), signed in without MFA.
    if (!deviceNameReported)
        requireWithoutMfa("ENROLLMENT_ACTION_DENIED", createAction, m_identity.deviceArn(m_identity.deviceName));
    requireWithoutMfa("ENROLLMENT_ACTION_DENIED", enableAction, m_identity.userArn());
    requireWithoutMfa("ENROLLMENT_ACTION_DENIED", "iam:ListMFADevices", m_identity.userArn());
    requireWithoutMfa("CONSOLE_PAGE_ACTION_DENIED", "iam:GetUser", m_identity.userArn());
}

void MfaChecker::checkNotEnforced()
{
    for (const char *action : unrelatedActions) {
        const Evaluation e = eval(AuthState::NoMfa, action, "*", true);
        if (e.decision == Decision::ExplicitDeny)
            continue;
        if (e.decision == Decision::Allow) {
            for (const StatementRef &ref : e.allowedBy)
                report("MFA_NOT_ENFORCED", entryPointer(e, ref.statement, false), {action, "allow"});
        } else {
            report("MFA_NOT_ENFORCED", statementsPointer(), {action, "implicit"});
        }
        return;
    }
}

} // namespace mfapolicy
