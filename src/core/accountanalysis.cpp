#include "accountanalysis.h"

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

AccountAnalysis analyseAccount(const AccountDump &dump, const AccountAnalysisOptions &options)
{
    AccountAnalysis analysis;
    for (std::size_t i = 0; i < dump.users.size(); ++i) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed)) {
            analysis.cancelled = true;
            return analysis;
        }
        analysis.users.push_back(analyseUser(dump, i, options.deviceName));
    }
    for (std::size_t p = 0; p < dump.policies.size(); ++p)
        analysis.policies.push_back(analysePolicy(dump, p, analysis.users));
    return analysis;
}

} // namespace mfapolicy
