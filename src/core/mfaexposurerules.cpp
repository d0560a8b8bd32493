// The MFA rules about what a user can do without MFA that puts the account at risk: listing
// users, deactivating or deleting devices, enrolling with access keys, GetSessionToken in a
// policy, the user's path and the first sign-in's password change.
#include "actioncatalog.h"
#include "mfachecker.h"

#include <algorithm>

namespace mfapolicy {

void MfaChecker::reportAllowed(const char *rule, AuthState state, const std::string &action,
                               const std::string &resource, bool atResource, const char *changeId, const char *fixId)
{
    const Evaluation e = eval(state, action, resource, true);
    if (e.decision != Decision::Allow)
        return;
    for (const StatementRef &ref : e.allowedBy) {
        std::vector<QuickFix> fixes;
        if (changeId)
            fixes = migrationFix(changeId, fixId, ref.statement);
        report(rule, entryPointer(e, ref.statement, atResource), {action, authStateId(state)}, std::move(fixes));
    }
}

void MfaChecker::checkListUsers()
{
    reportAllowed("LIST_USERS_BEFORE_MFA", AuthState::NoMfa, "iam:ListUsers", "*", false, dropListUsersChange,
                  "drop-list-users");
}

void MfaChecker::checkDeactivate()
{
    const std::string self = m_identity.userArn();
    if (decide(AuthState::NoMfa, "iam:DeactivateMFADevice", self) == Decision::Allow)
        reportAllowed("DEACTIVATE_WITHOUT_MFA", AuthState::NoMfa, "iam:DeactivateMFADevice", self, false);
    else
        reportAllowed("DEACTIVATE_WITHOUT_MFA", AuthState::AccessKey, "iam:DeactivateMFADevice", self, false);
}

void MfaChecker::checkDelete()
{
    const std::string action = "iam:DeleteVirtualMFADevice";
    const std::string ownDevice = m_identity.deviceArn(m_identity.deviceName);
    // Exempted: the guard denies unrelated calls without MFA but lets this one through.
    const Evaluation unrelated = eval(AuthState::NoMfa, unrelatedActions[0], "*");
    const Evaluation del = eval(AuthState::NoMfa, action, ownDevice, true);
    if (unrelated.decision == Decision::ExplicitDeny && del.decision != Decision::ExplicitDeny) {
        for (const StatementRef &ref : unrelated.deniedBy) {
            const StatementTrace *trace = traceOf(del, ref.statement);
            if (!trace || trace->action.reason != MatchReason::ActionExcluded)
                continue;
            const std::string pointer = entryPointer(del, ref.statement, false);
            std::vector<QuickFix> fixes;
            const std::string array = parentPointer(pointer);
            if (pointer != statement(ref.statement).pointer && isArray(m_source, array)) {
                QuickFix fix {"remove-entry", {action}, {}};
                const std::size_t index = std::stoul(pointer.substr(pointer.rfind('/') + 1));
                if (auto edit = removeArrayElement(m_source, array, index))
                    fix.edits.push_back(*edit);
                if (!fix.edits.empty())
                    fixes.push_back(std::move(fix));
            }
            report("DELETE_DEVICE_EXEMPTED", pointer, {action}, std::move(fixes));
        }
    }
    // Allowed on every device, another user's included.
    for (AuthState state : {AuthState::MfaSession, AuthState::NoMfa, AuthState::AccessKey}) {
        if (decide(state, action, m_identity.deviceArn(m_identity.otherUser)) != Decision::Allow)
            continue;
        const Evaluation other = eval(state, action, m_identity.deviceArn(m_identity.otherUser), true);
        for (const StatementRef &ref : other.allowedBy)
            report("DELETE_ANY_DEVICE", entryPointer(other, ref.statement, true), {action, authStateId(state)});
        break;
    }
}

void MfaChecker::checkAccessKeyEnrollment()
{
    const Evaluation create = eval(AuthState::AccessKey, createAction, m_identity.deviceArn(m_identity.deviceName));
    const Evaluation createOwn = eval(AuthState::AccessKey, createAction, m_identity.deviceArn(m_identity.userName));
    const Evaluation enable = eval(AuthState::AccessKey, enableAction, m_identity.userArn(), true);
    const Evaluation &created = create.decision == Decision::Allow ? create : createOwn;
    if (created.decision != Decision::Allow || enable.decision != Decision::Allow)
        return;
    for (const StatementRef &ref : enable.allowedBy)
        report("ACCESS_KEY_CAN_ENROLL", entryPointer(enable, ref.statement, false), {createAction, enableAction});
}

void MfaChecker::checkGetSessionToken()
{
    std::optional<bool> notControlled;
    for (const Statement &s : m_policy.statements) {
        for (std::size_t i = 0; i < s.actions.size(); ++i) {
            const PolicyString &entry = s.actions[i];
            if (!iequals(entry.value, "sts:GetSessionToken"))
                continue;
            // The engine treats it as not policy-controlled; confirm (once) before saying so.
            if (!notControlled)
                notControlled = eval(AuthState::NoMfa, "sts:GetSessionToken", "*").notPolicyControlled;
            if (!*notControlled)
                return;
            std::vector<QuickFix> fixes;
            const std::string array = parentPointer(entry.pointer);
            if (isArray(m_source, array)) {
                QuickFix fix {"remove-entry", {entry.value}, {}};
                if (auto edit = removeArrayElement(m_source, array, i))
                    fix.edits.push_back(*edit);
                if (!fix.edits.empty())
                    fixes.push_back(std::move(fix));
            }
            report("GET_SESSION_TOKEN_IN_POLICY", entry.pointer, {entry.value, s.notAction ? "NotAction" : "Action"},
                   std::move(fixes));
        }
    }
}

void MfaChecker::checkUserPath()
{
    // Calls on the user's own ARN: allowed for a user without a path, but not for the same
    // user created with a path (aws:username never contains the path).
    std::vector<bool> reported(m_policy.statements.size(), false);
    std::vector<bool> appliesWithPath(m_policy.statements.size(), false);
    for (const ActionInfo &info : ActionCatalog::instance().described()) {
        if (info.resource != ResourceKind::User)
            continue;
        for (AuthState state : allAuthStates) {
            const Evaluation plain = eval(state, info.name, m_identity.userArn());
            if (plain.decision != Decision::Allow)
                continue;
            const Evaluation withPath = eval(m_pathIdentity, state, info.name, m_pathIdentity.userArn());
            if (withPath.decision == Decision::Allow)
                continue;
            for (const StatementRef &ref : withPath.allowedBy)
                appliesWithPath[ref.statement] = true;
            std::optional<Evaluation> traced;
            for (const StatementRef &ref : plain.allowedBy) {
                if (appliesWithPath[ref.statement] || reported[ref.statement])
                    continue;
                reported[ref.statement] = true;
                if (!traced)
                    traced = eval(state, info.name, m_identity.userArn(), true);
                report("USER_PATH_NOT_MATCHED", entryPointer(*traced, ref.statement, true),
                       {info.name, m_pathIdentity.userArn()},
                       migrationFix(userWithPathChange, "add-user-with-path", ref.statement));
            }
            for (const StatementRef &ref : withPath.allowedBy)
                appliesWithPath[ref.statement] = false;
        }
    }
}

void MfaChecker::checkPasswordChange()
{
    const std::string self = m_identity.userArn();
    const Evaluation noMfa = eval(AuthState::NoMfa, "iam:ChangePassword", self);
    if (noMfa.decision != Decision::ExplicitDeny
        || decide(AuthState::MfaSession, "iam:ChangePassword", self) != Decision::Allow)
        return;
    for (const StatementRef &ref : noMfa.deniedBy) {
        const Statement &guard = statement(ref.statement);
        const std::string key = guard.pointer + (guard.notAction ? "/NotAction" : "/Action");
        addFinding(m_out, "FIRST_SIGN_IN_PASSWORD_BLOCKED",
                   m_source.keyRange(key) ? m_source.keyRange(key) : m_source.range(guard.pointer), key,
                   {"iam:ChangePassword"});
    }
}

} // namespace mfapolicy
