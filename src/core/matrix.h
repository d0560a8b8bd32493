#pragma once

#include "evaluator.h"
#include "policysource.h"

#include <array>
#include <string>
#include <vector>

namespace mfapolicy {

/// Who is simulated: an IAM user in one account, with a device name of their choosing.
struct SimulationIdentity {
    std::string account = "123456789012";
    std::string userName = "alice";
    std::string userPath = "/";          ///< "/" or e.g. "/engineering/"
    std::string deviceName = "alice-phone";
    std::string otherUser = "bob";

    std::string userArn() const;          ///< arn:aws:iam::ACCOUNT:user/PATH/NAME
    std::string userArn(const std::string &name) const;
    std::string deviceArn(const std::string &device) const; ///< arn:aws:iam::ACCOUNT:mfa/DEVICE
};

/// The three ways a request can be signed, as the matrix columns.
enum class AuthState {
    MfaSession,    ///< aws:MultiFactorAuthPresent "true", aws:MultiFactorAuthAge present
    NoMfa,         ///< aws:MultiFactorAuthPresent "false"
    AccessKey,     ///< long-term access key: aws:MultiFactorAuthPresent absent
};
inline constexpr std::array<AuthState, 3> allAuthStates{AuthState::MfaSession, AuthState::NoMfa,
                                                        AuthState::AccessKey};
const char *authStateId(AuthState state); ///< "mfa", "no-mfa", "access-key"

/// The resource a row asks about.
enum class ResourcePattern {
    OwnUser, OtherUser,               ///< user actions
    DeviceNamedLikeUser, DeviceCustomName, OtherUsersDevice, ///< device actions
    Star,                             ///< actions with no resource type
};
const char *resourcePatternId(ResourcePattern pattern);

/// The request context for a state (aws:username, aws:userid, aws:PrincipalType, MFA keys...).
RequestContext contextFor(const SimulationIdentity &identity, AuthState state);

struct MatrixCell {
    Evaluation evaluation;
};

struct MatrixRow {
    std::string action;           ///< canonical action name
    ResourcePattern pattern = ResourcePattern::Star;
    std::string resource;         ///< the ARN (or "*") that was evaluated
    bool mfaAction = true;        ///< false for representative unrelated actions
    std::array<MatrixCell, 3> cells; ///< indexed like allAuthStates
    bool differs() const;         ///< not all three decisions equal
};

struct DecisionMatrix {
    SimulationIdentity identity;
    std::vector<MatrixRow> rows;
};

/// The rows the matrix asks about (actions x resource patterns), without decisions.
std::vector<MatrixRow> matrixRows(const SimulationIdentity &identity);
/// Evaluates every row of the matrix for the policies (one user's attached policies).
DecisionMatrix computeMatrix(std::span<const Policy *const> policies, const SimulationIdentity &identity);

} // namespace mfapolicy
