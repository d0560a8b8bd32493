#pragma once

#include "matrix.h"
#include "principal.h"

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
    Evaluation evaluation;
    bool required = true; ///< the flow cannot go on when this call is denied
    bool flowContinues = true; ///< false from the first denied required step on
    std::string accessDeniedMessage; ///< AWS's exact English text for a denial, else ""
    /// What happens beside the authorization, e.g. "entity-already-exists" when the pending
    /// device of an abandoned enrollment still holds the name; "" otherwise.
    std::string outcomeId;
};

struct ScenarioResult {
    ScenarioOptions options;
    std::vector<ScenarioStep> steps;
    bool succeeded = false;
};

ScenarioResult runScenario(std::span<const Policy *const> policies, const ScenarioOptions &options);

ScenarioResult runScenario(const Policy &policy, const ScenarioOptions &options);

/// AWS's AccessDenied text for an identity-based denial (SEMANTICS §8, MFA-FACTS §5).
std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account);
/// The same for a denial decided by `layer` (AWS names the policy type of that layer).
std::string accessDeniedMessage(const Request &request, Decision decision, const std::string &account, Layer layer);

} // namespace mfapolicy
