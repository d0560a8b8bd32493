#include "actioncatalog.h"
#include "matrix.h"
#include "migration.h"
#include "rules.h"
#include "rulesutil.h"

#include <algorithm>

namespace mfapolicy {

namespace {

constexpr const char *createAction = "iam:CreateVirtualMFADevice";
constexpr const char *enableAction = "iam:EnableMFADevice";
// Representative actions that have nothing to do with MFA (no resource type: Resource "*").
constexpr std::array<const char *, 2> unrelatedActions {"s3:ListAllMyBuckets", "ec2:DescribeInstances"};
// A name nobody would pick by accident, to tell "any name" from "one name".
constexpr const char *probeDeviceName = "second-device";

bool isMfaPresentKey(const std::string &key)
{
    return iequals(key, "aws:MultiFactorAuthPresent");
}

class MfaChecker final
{
public:
    MfaChecker(const PolicySource &source, const SimulationIdentity &identity, std::vector<Finding> &out,
               std::span<const Policy *const> together, const Principal *principal = nullptr, std::size_t index = 0,
               PrincipalDecisionCache *cache = nullptr)
        : m_source(source)
        , m_policy(source.policy())
        , m_out(out)
        , m_identity(identity)
        , m_other(identity)
        , m_pathIdentity(identity)
        , m_principal(principal)
        , m_index(index)
        , m_cache(cache)
    {
        m_policies.push_back(&m_policy);
        m_policies.insert(m_policies.end(), together.begin(), together.end());
        m_other.userName = m_identity.otherUser;
        m_other.deviceName = m_identity.otherUser;
        m_other.otherUser = m_identity.userName;
        // The same user created with a path; a user who has one already is compared with itself,
        // and the rules on its own ARN report what its path breaks.
        if (m_pathIdentity.userPath == "/")
            m_pathIdentity.userPath = "/engineering/";
    }

    void run(const std::atomic<bool> *cancel)
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

private:
    // Runs one rule. When a request it decided on is undetermined (a statement that could not be
    // evaluated might have decided it), what the rule found rests on a guess: it is taken back
    // and counted, never reported.
    template<typename Rule> void decided(Rule rule)
    {
        const std::size_t before = m_out.size();
        m_undetermined = false;
        rule();
        if (m_undetermined) {
            m_out.erase(m_out.begin() + std::ptrdiff_t(before), m_out.end());
            ++m_undeterminedRules;
        }
    }

    // The rules ask for a few hundred decisions; most need neither the trace nor a fresh request
    // context. Only the evaluations a finding is reported from are traced (entryPointer reads it).
    Evaluation eval(const SimulationIdentity &identity, AuthState state, const std::string &action,
                    const std::string &resource, bool trace = false) const
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
    Evaluation eval(AuthState state, const std::string &action, const std::string &resource, bool trace = false) const
    {
        return eval(m_identity, state, action, resource, trace);
    }
    Request &requestFor(const SimulationIdentity &identity, AuthState state) const
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
    Decision decide(AuthState state, const std::string &action, const std::string &resource) const
    {
        return eval(state, action, resource).decision;
    }
    bool allowedInAnyState(const std::string &action, const std::string &resource) const
    {
        return std::any_of(allAuthStates.begin(), allAuthStates.end(),
                           [&](AuthState s) { return decide(s, action, resource) == Decision::Allow; });
    }

    const Statement &statement(std::size_t index) const { return m_policy.statements[index]; }
    // One policy is evaluated, and its trace lists every statement in order: the statement's
    // trace is at its own index, so that a finding per statement costs no search.
    const StatementTrace *traceOf(const Evaluation &evaluation, std::size_t index) const
    {
        if (index < evaluation.trace.size() && evaluation.trace[index].statement == index)
            return &evaluation.trace[index];
        for (const StatementTrace &trace : evaluation.trace) {
            if (trace.statement == index)
                return &trace;
        }
        return nullptr;
    }
    // The entry that made the statement match, or the statement itself.
    std::string entryPointer(const Evaluation &evaluation, std::size_t index, bool resource) const
    {
        const StatementTrace *trace = traceOf(evaluation, index);
        const std::string pointer = trace ? (resource ? trace->resource.pointer : trace->action.pointer) : "";
        return !pointer.empty() && m_source.range(pointer) ? pointer : statement(index).pointer;
    }
    void report(const char *ruleId, const std::string &pointer, std::vector<std::string> args,
                std::vector<QuickFix> fixes = {})
    {
        addFinding(m_out, ruleId, m_source.range(pointer), pointer, std::move(args), std::move(fixes));
    }
    void reportAtOperator(const char *ruleId, const ConditionClause &clause, std::vector<std::string> args,
                          std::vector<QuickFix> fixes = {})
    {
        const std::string pointer = parentPointer(clause.pointer);
        addFinding(m_out, ruleId, m_source.keyRange(pointer), pointer, std::move(args), std::move(fixes));
    }
    std::string statementsPointer() const { return m_source.range("/Statement") ? "/Statement" : ""; }
    const DocumentStyle &style()
    {
        if (!m_style)
            m_style = detectStyle(m_source);
        return *m_style;
    }
    // The part of a migration change that touches one statement: the edits inside it, an
    // insertion right after it, or its removal with its separator. Each finding of a statement
    // carries the fix of that statement, so that the findings do not each repeat the edits of
    // the whole policy.
    std::vector<QuickFix> migrationFix(const char *changeId, const char *fixId, std::size_t statementIndex)
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

    // Self-service: the policy lets the user create or enable a device in some state.
    bool grantsSelfService() const
    {
        return allowedInAnyState(createAction, m_identity.deviceArn(m_identity.deviceName))
            || allowedInAnyState(createAction, m_identity.deviceArn(m_identity.userName))
            || allowedInAnyState(enableAction, m_identity.userArn());
    }

    // ---- Device name ------------------------------------------------------------------------

    bool checkDeviceName()
    {
        for (AuthState state : {AuthState::NoMfa, AuthState::MfaSession}) {
            const Evaluation own = eval(state, createAction, m_identity.deviceArn(m_identity.userName), true);
            const bool custom
                = decide(state, createAction, m_identity.deviceArn(m_identity.deviceName)) == Decision::Allow;
            const bool probe = decide(state, createAction, m_identity.deviceArn(probeDeviceName)) == Decision::Allow;
            if (own.decision == Decision::Allow && !custom && !probe) {
                // Only the user's own name works. Relative to the user (a variable), or one literal?
                const bool relative = eval(m_other, state, createAction, m_other.deviceArn(m_other.userName)).decision
                    == Decision::Allow;
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

    // ---- Operators of MFA conditions --------------------------------------------------------

    // A request that the statement's Action and Resource match, so that only its conditions
    // decide whether it applies.
    std::optional<std::pair<std::string, std::string>> probeTarget(const Statement &s) const
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

    std::array<bool, 3> appliesByState(const Statement &s, const std::pair<std::string, std::string> &target) const
    {
        std::array<bool, 3> out {};
        for (std::size_t i = 0; i < allAuthStates.size(); ++i)
            out[i]
                = statementApplies(m_policy, s, makeRequest(m_identity, allAuthStates[i], target.first, target.second));
        return out;
    }

    void checkGuardOperators()
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

    // ---- Enrollment -------------------------------------------------------------------------

    void requireWithoutMfa(const char *rule, const std::string &action, const std::string &resource)
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
                } else if (auto edit
                           = wrapInArray(m_source, guard.actions.front().pointer, {jsonQuote(action)}, style())) {
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

    void checkEnrollment(bool deviceNameReported)
    {
        // The console's virtual-device flow (MFA-FACTS §3), signed in without MFA.
        if (!deviceNameReported)
            requireWithoutMfa("ENROLLMENT_ACTION_DENIED", createAction, m_identity.deviceArn(m_identity.deviceName));
        requireWithoutMfa("ENROLLMENT_ACTION_DENIED", enableAction, m_identity.userArn());
        requireWithoutMfa("ENROLLMENT_ACTION_DENIED", "iam:ListMFADevices", m_identity.userArn());
        requireWithoutMfa("CONSOLE_PAGE_ACTION_DENIED", "iam:GetUser", m_identity.userArn());
    }

    void checkNotEnforced()
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

    // ---- Exposure and risky permissions -----------------------------------------------------

    void reportAllowed(const char *rule, AuthState state, const std::string &action, const std::string &resource,
                       bool atResource, const char *changeId = nullptr, const char *fixId = nullptr)
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

    void checkListUsers()
    {
        reportAllowed("LIST_USERS_BEFORE_MFA", AuthState::NoMfa, "iam:ListUsers", "*", false, dropListUsersChange,
                      "drop-list-users");
    }

    void checkDeactivate()
    {
        const std::string self = m_identity.userArn();
        if (decide(AuthState::NoMfa, "iam:DeactivateMFADevice", self) == Decision::Allow)
            reportAllowed("DEACTIVATE_WITHOUT_MFA", AuthState::NoMfa, "iam:DeactivateMFADevice", self, false);
        else
            reportAllowed("DEACTIVATE_WITHOUT_MFA", AuthState::AccessKey, "iam:DeactivateMFADevice", self, false);
    }

    void checkDelete()
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

    void checkAccessKeyEnrollment()
    {
        const Evaluation create = eval(AuthState::AccessKey, createAction, m_identity.deviceArn(m_identity.deviceName));
        const Evaluation createOwn
            = eval(AuthState::AccessKey, createAction, m_identity.deviceArn(m_identity.userName));
        const Evaluation enable = eval(AuthState::AccessKey, enableAction, m_identity.userArn(), true);
        const Evaluation &created = create.decision == Decision::Allow ? create : createOwn;
        if (created.decision != Decision::Allow || enable.decision != Decision::Allow)
            return;
        for (const StatementRef &ref : enable.allowedBy)
            report("ACCESS_KEY_CAN_ENROLL", entryPointer(enable, ref.statement, false), {createAction, enableAction});
    }

    void checkGetSessionToken()
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
                report("GET_SESSION_TOKEN_IN_POLICY", entry.pointer,
                       {entry.value, s.notAction ? "NotAction" : "Action"}, std::move(fixes));
            }
        }
    }

    void checkUserPath()
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

    void checkPasswordChange()
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

    const PolicySource &m_source;
    const Policy &m_policy;
    std::vector<Finding> &m_out;
    std::vector<const Policy *> m_policies; ///< this document first, then the user's other policies
    SimulationIdentity m_identity;
    SimulationIdentity m_other;
    SimulationIdentity m_pathIdentity;
    std::optional<MigrationPlan> m_plan; // edits of each change sorted by position
    std::optional<DocumentStyle> m_style;
    mutable std::array<std::array<std::optional<Request>, 3>, 3> m_requests; // [identity][state]
    const Principal *m_principal; ///< set: requests are decided on the whole principal
    std::size_t m_index; ///< this document's index in Principal::policies
    PrincipalDecisionCache *m_cache; ///< decisions shared with the principal's other policies
    mutable bool m_undetermined = false; ///< the rule running met an undetermined request
    std::size_t m_undeterminedRules = 0;
};

} // namespace

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
