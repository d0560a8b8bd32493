#pragma once

#include "evaluator.h"
#include "policysource.h"

#include <array>
#include <atomic>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// Who is simulated: an IAM user in one account, with a device name of their choosing.
struct SimulationIdentity {
    std::string account = "123456789012";
    std::string userName = "alice";
    std::string userPath = "/"; ///< "/" or e.g. "/engineering/"
    std::string deviceName = "alice-phone";
    std::string otherUser = "bob";
    /// aws:userid of an IAM user is its unique ID; this is the example ID of the AWS docs.
    std::string userId = "AIDACKCEVSQ6C2EXAMPLE";

    std::string userArn() const; ///< arn:aws:iam::ACCOUNT:user/PATH/NAME
    std::string userArn(const std::string &name) const; ///< another user with the same path
    std::string deviceArn(const std::string &device) const; ///< arn:aws:iam::ACCOUNT:mfa/DEVICE
};

/// The three ways a request can be signed, as the matrix columns.
enum class AuthState {
    MfaSession, ///< aws:MultiFactorAuthPresent "true", aws:MultiFactorAuthAge present
    NoMfa, ///< aws:MultiFactorAuthPresent "false"
    AccessKey, ///< long-term access key: aws:MultiFactorAuthPresent absent
};
inline constexpr std::array<AuthState, 3> allAuthStates {AuthState::MfaSession, AuthState::NoMfa, AuthState::AccessKey};
const char *authStateId(AuthState state); ///< "mfa", "no-mfa", "access-key"

/// The resource a row asks about.
enum class ResourcePattern {
    OwnUser,
    OtherUser, ///< user actions
    DeviceNamedLikeUser,
    DeviceCustomName,
    OtherUsersDevice, ///< device actions
    Star, ///< actions with no resource type
};
const char *resourcePatternId(ResourcePattern pattern);

/// The request context for a state (aws:username, aws:userid, aws:PrincipalType, MFA keys...).
RequestContext contextFor(const SimulationIdentity &identity, AuthState state);

struct MatrixCell {
    /// The decision and the deciding statements. The trace of every statement is empty unless
    /// MatrixOptions::traces asked for it: explainCell() gives it for one cell on demand.
    Evaluation evaluation;
};

struct MatrixRow {
    std::string action; ///< canonical action name
    ResourcePattern pattern = ResourcePattern::Star;
    std::string resource; ///< the ARN (or "*") that was evaluated
    bool mfaAction = true; ///< false for representative unrelated actions
    std::array<MatrixCell, 3> cells; ///< indexed like allAuthStates
    bool differs() const; ///< not all three decisions equal
};

struct DecisionMatrix {
    SimulationIdentity identity;
    std::vector<MatrixRow> rows;

    /// The row for an action (case-insensitive) and pattern, or nullptr.
    const MatrixRow *find(std::string_view action, ResourcePattern pattern) const;
    /// The decision of one cell; ImplicitDeny when the row does not exist.
    Decision decision(std::string_view action, ResourcePattern pattern, AuthState state) const;
};

inline std::size_t authStateIndex(AuthState state)
{
    return static_cast<std::size_t>(state);
}

/// One (action, resource pattern) pair of the matrix.
struct RowKey {
    std::string action;
    ResourcePattern pattern = ResourcePattern::Star;
    bool operator==(const RowKey &) const = default;
};

/// What a user can do before setting up MFA, read from a matrix.
struct PreMfaSummary {
    bool canCreateDeviceNamedLikeUser = false; ///< CreateVirtualMFADevice on mfa/<user name>, no MFA
    bool canCreateDeviceWithCustomName = false; ///< CreateVirtualMFADevice on mfa/<device name>, no MFA
    bool canEnableDevice = false; ///< EnableMFADevice on the own user, no MFA
    bool canEnrollVirtualWithCustomName = false; ///< both of the custom-name create and enable
    bool canEnrollVirtualNamedLikeUser = false; ///< both of the user-name create and enable
    bool canEnrollSecurityKey = false; ///< security keys and hardware tokens need only enable
    bool canSeeAllUsers = false; ///< iam:ListUsers without MFA
    bool accessKeysCanEnroll = false; ///< create (any name) and enable with long-term keys
    std::vector<RowKey> allowedWithoutMfa; ///< every allowed cell of the no-MFA column
};
PreMfaSummary summarizeBeforeMfa(const DecisionMatrix &matrix);

/// The rows the matrix asks about (actions x resource patterns), without decisions.
std::vector<MatrixRow> matrixRows(const SimulationIdentity &identity);

struct MatrixOptions {
    /// Keep every cell's trace of every statement. Off, the matrix holds per cell only the
    /// decision and the deciding statements, so its size grows with the rows and the deciding
    /// statements, not with rows x statements; explainCell() traces the one cell that is shown.
    bool traces = false;
    /// Checked between rows: once it is true the computation stops and the matrix is incomplete
    /// (its caller discards it).
    const std::atomic<bool> *cancel = nullptr;
};

/// Evaluates every row of the matrix for the policies (one user's attached policies).
DecisionMatrix computeMatrix(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                             const MatrixOptions &options = {});
DecisionMatrix computeMatrix(const Policy &policy, const SimulationIdentity &identity,
                             const MatrixOptions &options = {});
/// The request of one cell: the row's action and resource, signed in the column's state.
Request cellRequest(const SimulationIdentity &identity, const MatrixRow &row, AuthState state);
/// One cell evaluated again with the full trace, to explain it; its decision and deciding
/// statements are those of the matrix computed from the same policies and identity.
Evaluation explainCell(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                       const MatrixRow &row, AuthState state);

} // namespace mfapolicy
