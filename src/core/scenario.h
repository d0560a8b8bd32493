#pragma once

#include "matrix.h"
#include "principal.h"

#include <functional>
#include <string>
#include <vector>

namespace mfapolicy {

enum class EnrollmentFlow { ConsoleVirtual, SecurityKey, Hardware, Cli, RetryAfterAbandoned };
const char *flowId(EnrollmentFlow flow); ///< "virtual", "security-key", "hardware", "cli", "retry"

struct ScenarioOptions {
    SimulationIdentity identity;
    EnrollmentFlow flow = EnrollmentFlow::ConsoleVirtual;
    AuthState signedInWith = AuthState::NoMfa;
    bool hasExistingDevice = false;
};

struct ScenarioStep {
    std::string stepId; ///< e.g. "get-user", "create-virtual-device", "enable-device"
    AuthState state = AuthState::NoMfa; ///< how this call is signed
    Request request; ///< request.resource is what IAM authorizes against
    /// The deciding layer's evaluation (see MatrixCell::evaluation); `evaluation.decision` is
    /// meaningless when `indeterminate` is set: read decision().
    Evaluation evaluation;
    Layer layer = Layer::Identity; ///< the layer that decided a denial
    std::size_t scpLevel = 0; ///< for layer Scp: index into Principal::scps
    /// A statement that could not be evaluated might have decided this call: no decision, no
    /// message, and the flow's success cannot be told.
    bool indeterminate = false;
    std::vector<PrincipalStatementRef> deciding; ///< as MatrixCell::deciding
    bool required = true; ///< the flow cannot go on when this call is denied
    bool flowContinues = true; ///< false from the first denied required step on
    /// AWS's exact English text for a denial, naming the deciding layer's policy type, else "".
    std::string accessDeniedMessage;
    /// What happens beside the authorization, e.g. "entity-already-exists" when the pending
    /// device of an abandoned enrollment still holds the name; "" otherwise.
    std::string outcomeId;

    CellDecision decision() const { return cellDecision(evaluation.decision, indeterminate); }
};

struct ScenarioResult {
    ScenarioOptions options;
    std::vector<ScenarioStep> steps;
    bool succeeded = false;
    /// A required step is undetermined and no determined step stopped the flow before: whether
    /// the enrollment succeeds cannot be told (`succeeded` is false).
    bool undetermined = false;
};

/// Runs the flow for a principal: every layer decides, with the principal's extra request
/// context. The simulated user is `principal.identity` (options.identity is not used).
ScenarioResult runScenario(const Principal &principal, const ScenarioOptions &options);

/// Runs the flow for one user's identity-based policies alone (options.identity is the user).
ScenarioResult runScenario(std::span<const Policy *const> policies, const ScenarioOptions &options);

ScenarioResult runScenario(const Policy &policy, const ScenarioOptions &options);

/// AWS's AccessDenied text for an identity-based denial (SEMANTICS §8, MFA-FACTS §5).
std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account);
/// The same for a denial decided by `layer` (AWS names the policy type of that layer).
std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account, Layer layer);

} // namespace mfapolicy
