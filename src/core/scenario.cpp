#include "scenario.h"

#include "rulesutil.h"

namespace mfapolicy {

namespace {

// Builds the steps of one flow, evaluating as it goes because a step can change how the next
// calls are signed (GetSessionToken with MFA) or whether they can succeed (pending device).
class ScenarioRunner final
{
public:
    using Decide = std::function<MatrixCell(const Request &)>;
    using Context = std::function<RequestContext(AuthState)>;

    ScenarioRunner(const ScenarioOptions &options, Decide decide, Context context)
        : m_options(options), m_decide(std::move(decide)), m_context(std::move(context)), m_state(options.signedInWith)
    { }

    ScenarioResult run()
    {
        const SimulationIdentity &id = m_options.identity;
        const std::string device = id.deviceArn(id.deviceName);
        switch (m_options.flow) {
        case EnrollmentFlow::ConsoleVirtual:
            loadSecurityCredentialsPage();
            step("create-virtual-device", "iam:CreateVirtualMFADevice", device, true);
            step("enable-device", "iam:EnableMFADevice", id.userArn(), true);
            break;
        case EnrollmentFlow::SecurityKey:
        case EnrollmentFlow::Hardware:
            // No device is created: the key or token is registered directly on the user.
            loadSecurityCredentialsPage();
            step("enable-device", "iam:EnableMFADevice", id.userArn(), true);
            break;
        case EnrollmentFlow::Cli:
            if (m_options.hasExistingDevice) {
                // A user with a device must get an MFA session before enabling another one.
                step("get-session-token-with-mfa", "sts:GetSessionToken", "*", true);
                m_state = AuthState::MfaSession;
            }
            step("create-virtual-device", "iam:CreateVirtualMFADevice", device, true);
            step("enable-device", "iam:EnableMFADevice", id.userArn(), true);
            step("get-session-token", "sts:GetSessionToken", "*", true);
            break;
        case EnrollmentFlow::RetryAfterAbandoned: {
            loadSecurityCredentialsPage();
            // The pending device keeps its name until someone deletes it.
            // A copy: the next step() may move the steps, so no reference outlives it.
            const CellDecision cleanup
                = step("delete-pending-device", "iam:DeleteVirtualMFADevice", device, false).decision();
            const bool pendingRemoved = cleanup == CellDecision::Allow;
            ScenarioStep &create = step("create-virtual-device", "iam:CreateVirtualMFADevice", device, true);
            if (cleanup != CellDecision::Undetermined && !pendingRemoved && create.decision() == CellDecision::Allow) {
                create.outcomeId = "entity-already-exists";
                create.flowContinues = false;
                m_continues = false;
            }
            step("enable-device", "iam:EnableMFADevice", id.userArn(), true);
            break;
        }
        }
        m_result.options = m_options;
        m_result.undetermined = m_continues && m_undetermined;
        m_result.succeeded = m_continues && !m_undetermined;
        return std::move(m_result);
    }

private:
    void loadSecurityCredentialsPage()
    {
        // MFA-FACTS §3: the MFA panel needs ListMFADevices; GetUser fills in most of the page
        // and ListVirtualMFADevices the virtual device details, so without them it shows less
        // but enrollment still works (AWS's self-manage example grants neither before MFA).
        const SimulationIdentity &id = m_options.identity;
        step("get-user", "iam:GetUser", id.userArn(), false);
        step("list-mfa-devices", "iam:ListMFADevices", id.userArn(), true);
        step("list-virtual-mfa-devices", "iam:ListVirtualMFADevices", "*", false);
    }

    ScenarioStep &step(std::string id, std::string action, std::string resource, bool required)
    {
        ScenarioStep s;
        s.stepId = std::move(id);
        s.state = m_state;
        s.required = required;
        s.request.principal = m_options.identity.userArn();
        s.request.action = std::move(action);
        s.request.resource = std::move(resource);
        s.request.context = m_context(m_state);
        MatrixCell cell = m_decide(s.request);
        s.evaluation = std::move(cell.evaluation);
        s.layer = cell.layer;
        s.scpLevel = cell.scpLevel;
        s.indeterminate = cell.indeterminate;
        s.deciding = std::move(cell.deciding);
        if (s.indeterminate) {
            // Never a guess: neither a denial message nor an Allow the flow could build on.
            m_undetermined = m_undetermined || required;
        } else if (s.evaluation.decision != Decision::Allow) {
            s.accessDeniedMessage
                = accessDeniedMessage(s.request, s.evaluation.decision, m_options.identity.account, s.layer);
            if (required)
                m_continues = false;
        }
        s.flowContinues = m_continues;
        m_result.steps.push_back(std::move(s));
        return m_result.steps.back();
    }

    const ScenarioOptions &m_options;
    Decide m_decide;
    Context m_context;
    AuthState m_state;
    bool m_continues = true;
    bool m_undetermined = false;
    ScenarioResult m_result;
};

} // namespace

const char *flowId(EnrollmentFlow flow)
{
    switch (flow) {
    case EnrollmentFlow::ConsoleVirtual:
        return "virtual";
    case EnrollmentFlow::SecurityKey:
        return "security-key";
    case EnrollmentFlow::Hardware:
        return "hardware";
    case EnrollmentFlow::Cli:
        return "cli";
    case EnrollmentFlow::RetryAfterAbandoned:
        return "retry";
    }
    return "virtual";
}

ScenarioResult runScenario(const Principal &principal, const ScenarioOptions &options)
{
    ScenarioOptions withIdentity = options;
    withIdentity.identity = principal.identity;
    return ScenarioRunner(
               withIdentity,
               [&principal](const Request &request) { return principalCell(evaluatePrincipal(principal, request)); },
               [&principal](AuthState state) { return principalContext(principal, state); })
        .run();
}

ScenarioResult runScenario(std::span<const Policy *const> policies, const ScenarioOptions &options)
{
    return ScenarioRunner(
               options, [policies](const Request &request) { return identityCell(evaluate(policies, request)); },
               [&options](AuthState state) { return contextFor(options.identity, state); })
        .run();
}

ScenarioResult runScenario(const Policy &policy, const ScenarioOptions &options)
{
    const Policy *policies[] = {&policy};
    return runScenario(policies, options);
}

std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account)
{
    return accessDeniedMessage(request, decision, account, Layer::Identity);
}

std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account, Layer layer)
{
    if (decision == Decision::Allow)
        return {};
    std::string message = "User: " + request.principal + " is not authorized to perform: " + request.action;
    // Calls with no resource type name no resource, except ListVirtualMFADevices, whose console
    // messages show the account's device prefix (SEMANTICS §10).
    std::string resource = request.resource;
    if (iequals(request.action, "iam:ListVirtualMFADevices") && resource == "*")
        resource = "arn:aws:iam::" + account + ":mfa/";
    if (!resource.empty() && resource != "*")
        message += " on resource: " + resource;
    // AWS's own wording per layer (troubleshoot_access-denied): "a permissions boundary" and
    // "a service control policy" for explicit denies, the bare type name for implicit ones.
    const char *type = "identity-based policy";
    const char *article = "an";
    switch (layer) {
    case Layer::Identity:
        break;
    case Layer::PermissionsBoundary:
        type = "permissions boundary";
        article = "a";
        break;
    case Layer::Scp:
        type = "service control policy";
        article = "a";
        break;
    }
    if (decision == Decision::ExplicitDeny)
        message += std::string(" with an explicit deny in ") + article + ' ' + type;
    else
        message += std::string(" because no ") + type + " allows the " + request.action + " action";
    return message;
}

} // namespace mfapolicy
