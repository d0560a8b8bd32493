#pragma once

#include "evaluator.h"
#include "layer.h"
#include "policysource.h"

#include <array>
#include <atomic>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

struct Principal;
struct PrincipalEvaluation;

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

/// What a matrix cell or scenario step shows: IAM's decision, or that it cannot be determined
/// because a statement that could not be evaluated might have decided it. The first three values
/// equal Decision's.
enum class CellDecision { Allow, ExplicitDeny, ImplicitDeny, Undetermined };
const char *cellDecisionId(CellDecision decision); ///< "allow", "explicit-deny", "implicit-deny", "undetermined"
CellDecision cellDecision(Decision decision, bool indeterminate);

/// A deciding statement with the principal policy it belongs to.
struct PrincipalStatementRef {
    PrincipalPolicyRef policy;
    std::size_t statement = 0; ///< index into that policy's Policy::statements
    bool operator==(const PrincipalStatementRef &) const = default;
};

struct MatrixCell {
    /// The decision and the deciding statements of the deciding layer; StatementRef::policy
    /// indexes that layer's policies (Principal::policies for the identity layer, 0 for the
    /// boundary, ScpLevel::policies for an SCP level). The trace of every statement is empty
    /// unless MatrixOptions::traces asked for it: explainCell() gives it for one cell on demand.
    /// `evaluation.decision` is meaningless when `indeterminate` is set: read decision().
    Evaluation evaluation;
    /// The layer that decided a denial; Identity for an Allow.
    Layer layer = Layer::Identity;
    std::size_t scpLevel = 0; ///< for layer Scp: index into Principal::scps
    /// A statement left out because it could not be evaluated might have decided the request.
    bool indeterminate = false;
    /// The deciding statements (the Allow statements of an Allow, the Deny statements of an
    /// explicit deny; none for an implicit deny), each with its principal policy.
    std::vector<PrincipalStatementRef> deciding;

    CellDecision decision() const { return cellDecision(evaluation.decision, indeterminate); }
};

/// The cell of an evaluation of identity-based policies alone (the identity layer, its policies
/// in order).
MatrixCell identityCell(Evaluation evaluation);

struct MatrixRow {
    std::string action; ///< canonical action name
    ResourcePattern pattern = ResourcePattern::Star;
    std::string resource; ///< the ARN (or "*") that was evaluated
    bool mfaAction = true; ///< false for representative unrelated actions
    std::array<MatrixCell, 3> cells; ///< indexed like allAuthStates
    bool differs() const; ///< not all three decisions (CellDecision) equal
};

struct DecisionMatrix {
    SimulationIdentity identity;
    std::vector<MatrixRow> rows;

    /// The row for an action (case-insensitive) and pattern, or nullptr.
    const MatrixRow *find(std::string_view action, ResourcePattern pattern) const;
    /// The decision of one cell; ImplicitDeny when the row does not exist. Meaningless for an
    /// undetermined cell: callers that may meet one read cellDecision().
    Decision decision(std::string_view action, ResourcePattern pattern, AuthState state) const;
    /// What one cell shows; ImplicitDeny when the row does not exist.
    CellDecision cellDecision(std::string_view action, ResourcePattern pattern, AuthState state) const;
    bool hasUndetermined() const; ///< some cell is undetermined
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
    /// A cell the answers above read is undetermined; they count it as not allowed, so an answer
    /// that says "can" stands, one that says "cannot" may be wrong.
    bool undetermined = false;
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

/// Evaluates every row of the matrix for a principal (its identity, every layer and its extra
/// request context), as IAM decides for that user.
DecisionMatrix computeMatrix(const Principal &principal, const MatrixOptions &options = {});
/// Evaluates every row of the matrix for the policies (one user's attached policies, no boundary,
/// no SCPs): the same as the principal of those policies.
DecisionMatrix computeMatrix(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                             const MatrixOptions &options = {});
DecisionMatrix computeMatrix(const Policy &policy, const SimulationIdentity &identity,
                             const MatrixOptions &options = {});
/// The request of one cell: the row's action and resource, signed in the column's state.
Request cellRequest(const SimulationIdentity &identity, const MatrixRow &row, AuthState state);
/// The same for a principal: its identity and its extra request context.
Request cellRequest(const Principal &principal, const MatrixRow &row, AuthState state);
/// One cell of computeMatrix(principal) evaluated again with every layer's full trace.
PrincipalEvaluation explainCell(const Principal &principal, const MatrixRow &row, AuthState state);
/// One cell evaluated again with the full trace, to explain it; its decision and deciding
/// statements are those of the matrix computed from the same policies and identity.
Evaluation explainCell(std::span<const Policy *const> policies, const SimulationIdentity &identity,
                       const MatrixRow &row, AuthState state);

} // namespace mfapolicy
