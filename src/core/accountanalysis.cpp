#include "accountanalysis.h"

#include "accountclasses.h"
#include "scenario.h"

#include <algorithm>
#include <array>

namespace mfapolicy {

namespace {

// Actions outside MFA that stand for "everything else" (the matrix's representative actions).
constexpr std::array<const char *, 2> unrelatedActions {"s3:ListAllMyBuckets", "ec2:DescribeInstances"};

class UserAnalysis final
{
public:
    UserAnalysis(const AccountDump &dump, std::size_t index, const std::string &deviceName)
        : m_user(dump.users[index]), m_principal(principalOfUser(dump, index, deviceName))
    {
        m_answers.user = index;
        m_answers.deviceName = m_principal.identity.deviceName;
    }

    UserAnswers run()
    {
        if (!m_user.complete)
            return m_answers;
        const SimulationIdentity &id = m_principal.identity;
        const std::string self = id.userArn();
        const std::string device = id.deviceArn(id.deviceName);
        const std::string likeUser = id.deviceArn(id.userName);

        const bool list = allowed("iam:ListMFADevices", self, AuthState::NoMfa, true);
        const bool create = allowed("iam:CreateVirtualMFADevice", device, AuthState::NoMfa, true);
        const bool enable = allowed("iam:EnableMFADevice", self, AuthState::NoMfa, true);
        m_answers.canEnrollAnyName = list && create && enable;
        m_answers.canEnrollNamedLikeUser
            = list && enable && allowed("iam:CreateVirtualMFADevice", likeUser, AuthState::NoMfa, false);
        m_answers.mustSignInWithMfa = true;
        for (const char *action : unrelatedActions) {
            m_answers.mustSignInWithMfa = m_answers.mustSignInWithMfa && !allowed(action, "*", AuthState::NoMfa, false);
            m_answers.accessKeysActWithoutMfa
                = m_answers.accessKeysActWithoutMfa || allowed(action, "*", AuthState::AccessKey, false);
        }
        m_answers.accessKeysCanEnroll = allowed("iam:CreateVirtualMFADevice", device, AuthState::AccessKey, false)
            && allowed("iam:EnableMFADevice", self, AuthState::AccessKey, false);
        m_answers.canSeeAllUsers = allowed("iam:ListUsers", "*", AuthState::NoMfa, false);
        m_answers.canDeactivateWithoutMfa = allowed("iam:DeactivateMFADevice", self, AuthState::NoMfa, false);
        m_answers.analysed = !m_answers.indeterminate;
        return m_answers;
    }

private:
    bool allowed(const char *action, const std::string &resource, AuthState state, bool recordRefusal)
    {
        Request request;
        request.principal = m_principal.identity.userArn();
        request.action = action;
        request.resource = resource;
        request.context = principalContext(m_principal, state);
        const PrincipalEvaluation result = evaluatePrincipal(m_principal, request, EvaluateOptions {false});
        if (result.indeterminate) {
            m_answers.indeterminate = true;
            return false;
        }
        if (result.decision == Decision::Allow)
            return true;
        if (recordRefusal) {
            Refusal refusal;
            refusal.action = action;
            refusal.resource = resource;
            refusal.state = state;
            refusal.decision = result.decision;
            refusal.layer = result.decidingLayer;
            refusal.message
                = accessDeniedMessage(request, result.decision, m_principal.identity.account, result.decidingLayer);
            const LayerEvaluation &layer = result.deciding();
            for (const StatementRef &ref : layer.evaluation.deniedBy)
                refusal.policies.push_back(policyName(layer, ref.policy));
            m_answers.enrollmentRefusals.push_back(std::move(refusal));
        }
        return false;
    }

    std::string policyName(const LayerEvaluation &layer, std::size_t index) const
    {
        if (index >= layer.policies.size())
            return {};
        const std::size_t at = layer.policies[index];
        switch (layer.layer) {
        case Layer::Identity:
            return m_principal.policies[at].name;
        case Layer::PermissionsBoundary:
            return m_principal.boundary ? m_principal.boundary->name : std::string();
        case Layer::Scp:
            return m_principal.scps[layer.scpLevel].policies[at].name;
        }
        return {};
    }

    const AccountUser &m_user;
    Principal m_principal;
    UserAnswers m_answers;
};

/// Allows CreateVirtualMFADevice on a device named like the user but not on another name: the
/// pre-November-2022 resource, judged on the policy alone.
bool isStale(const AccountPolicy &policy)
{
    if (!policy.source)
        return false;
    SimulationIdentity id;
    Request request;
    request.principal = id.userArn();
    request.action = "iam:CreateVirtualMFADevice";
    const auto allows = [&](const std::string &device) {
        for (AuthState state : {AuthState::NoMfa, AuthState::MfaSession}) {
            request.resource = id.deviceArn(device);
            request.context = contextFor(id, state);
            const Evaluation e = evaluate(policy.source->policy(), request, EvaluateOptions {false});
            if (!e.allowedBy.empty())
                return true;
        }
        return false;
    };
    return allows(id.userName) && !allows(id.deviceName);
}

} // namespace

Principal principalOfUser(const AccountDump &dump, std::size_t user, const std::string &deviceName)
{
    Principal principal = dump.users[user].principal;
    principal.identity.deviceName = deviceName.empty() ? dump.users[user].name + "-phone" : deviceName;
    return principal;
}

UserAnswers analyseUser(const AccountDump &dump, std::size_t user, const std::string &deviceName)
{
    return UserAnalysis(dump, user, deviceName).run();
}

PolicyAnswers analysePolicy(const AccountDump &dump, std::size_t p, const std::vector<UserAnswers> &users)
{
    PolicyAnswers answers;
    answers.policy = p;
    answers.users = dump.policies[p].users;
    answers.stale = isStale(dump.policies[p]);
    for (std::size_t user : answers.users) {
        const UserAnswers &u = users[user];
        if (!u.analysed || u.canEnrollAnyName)
            continue;
        const bool blocks
            = std::any_of(u.enrollmentRefusals.begin(), u.enrollmentRefusals.end(), [&](const Refusal &r) {
                  const AccountPolicy &policy = dump.policies[p];
                  if (std::find(r.policies.begin(), r.policies.end(), policy.name) != r.policies.end())
                      return true;
                  // The user's boundary refuses what it does not list.
                  if (r.layer == Layer::PermissionsBoundary && policy.asBoundary && dump.users[user].principal.boundary
                      && dump.users[user].principal.boundary->arn == policy.arn)
                      return true;
                  // An implicit refusal: a stale policy is the one to fix.
                  return r.decision == Decision::ImplicitDeny && r.layer == Layer::Identity && answers.stale
                      && r.action == "iam:CreateVirtualMFADevice";
              });
        if (blocks)
            answers.blocksEnrollment.push_back(user);
    }
    return answers;
}

namespace {

/// The device name the enrollment questions use for `user`.
std::string deviceOf(const AccountUser &user, const std::string &deviceName)
{
    return deviceName.empty() ? user.name + "-phone" : deviceName;
}

/// The answers of `user` from those of `first`, a user of the same class (userClasses()): the same
/// decisions, with the user's own ARNs in its refusals and their messages.
UserAnswers sharedAnswers(const AccountDump &dump, std::size_t user, const UserAnswers &first,
                          const std::string &deviceName)
{
    UserAnswers out = first;
    out.user = user;
    out.deviceName = deviceOf(dump.users[user], deviceName);
    const SimulationIdentity &was = dump.users[first.user].principal.identity;
    const SimulationIdentity &id = dump.users[user].principal.identity;
    const std::array<std::pair<std::string, std::string>, 3> resources {{
        {was.userArn(), id.userArn()},
        {was.deviceArn(first.deviceName), id.deviceArn(out.deviceName)},
        {was.deviceArn(was.userName), id.deviceArn(id.userName)},
    }};
    Request request;
    request.principal = id.userArn();
    for (Refusal &refusal : out.enrollmentRefusals) {
        for (const auto &[before, mine] : resources) {
            if (refusal.resource == before) {
                refusal.resource = mine;
                break;
            }
        }
        request.action = refusal.action;
        request.resource = refusal.resource;
        refusal.message = accessDeniedMessage(request, refusal.decision, id.account, refusal.layer);
    }
    return out;
}

/// Every user analysed again, each class once; false when cancelled.
bool answerUsers(const AccountDump &dump, const std::vector<std::size_t> &users, std::vector<UserAnswers> &answers,
                 const AccountAnalysisOptions &options)
{
    std::size_t done = 0;
    for (std::size_t user : users) {
        if (!dump.users[user].complete) {
            answers[user] = analyseUser(dump, user, options.deviceName);
            ++done;
        }
    }
    for (const std::vector<std::size_t> &members : userClasses(dump, users, options.deviceName)) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return false;
        if (options.progress)
            options.progress(done, users.size());
        const UserAnswers first = analyseUser(dump, members.front(), options.deviceName);
        for (std::size_t i = 1; i < members.size(); ++i)
            answers[members[i]] = sharedAnswers(dump, members[i], first, options.deviceName);
        answers[members.front()] = first;
        done += members.size();
    }
    return true;
}

/// Whether the principal policy `attached` of `user` is policy `policy` of the dump.
bool isPolicy(const AccountPolicy &policy, const AccountUser &user, const PrincipalPolicy &attached)
{
    if (!policy.arn.empty())
        return attached.arn == policy.arn;
    return attached.arn.empty() && attached.name == policy.name
        && policy.owner == (attached.group.empty() ? "user/" + user.name : "group/" + attached.group);
}

} // namespace

bool reanalyseUsers(const AccountDump &dump, const std::vector<std::size_t> &users, std::vector<UserAnswers> &answers,
                    std::vector<PolicyAnswers> &policies, const AccountAnalysisOptions &options)
{
    answers.resize(dump.users.size());
    policies.resize(dump.policies.size());
    if (!answerUsers(dump, users, answers, options))
        return false;
    std::vector<bool> changed(dump.users.size(), false);
    for (std::size_t user : users)
        changed[user] = true;
    for (std::size_t p = 0; p < dump.policies.size(); ++p) {
        const std::vector<std::size_t> &reached = dump.policies[p].users;
        if (users.size() == dump.users.size()
            || std::any_of(reached.begin(), reached.end(), [&](std::size_t user) { return changed[user]; }))
            policies[p] = analysePolicy(dump, p, answers);
    }
    return true;
}

void replacePolicySource(AccountDump &dump, std::size_t policy, std::shared_ptr<const PolicySource> source)
{
    AccountPolicy &changed = dump.policies[policy];
    changed.source = std::move(source);
    for (std::size_t user : changed.users) {
        AccountUser &u = dump.users[user];
        for (PrincipalPolicy &attached : u.principal.policies)
            if (isPolicy(changed, u, attached))
                attached.source = changed.source;
        if (u.principal.boundary && isPolicy(changed, u, *u.principal.boundary))
            u.principal.boundary->source = changed.source;
    }
}

AccountAnalysis analyseAccount(const AccountDump &dump, const AccountAnalysisOptions &options)
{
    AccountAnalysis analysis;
    std::vector<std::size_t> users(dump.users.size());
    for (std::size_t i = 0; i < users.size(); ++i)
        users[i] = i;
    if (!reanalyseUsers(dump, users, analysis.users, analysis.policies, options)) {
        analysis.users.clear();
        analysis.policies.clear();
        analysis.cancelled = true;
    }
    return analysis;
}

} // namespace mfapolicy
