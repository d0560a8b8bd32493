#pragma once

#include "evaluator.h"
#include "layer.h"
#include "matrix.h"
#include "policysource.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// How a policy reaches an IAM user.
enum class PolicyOrigin {
    Inline, ///< embedded in the user or in one of its groups
    CustomerManaged, ///< a managed policy of the account (has an ARN and versions)
    AwsManaged, ///< a managed policy of AWS (cannot be changed; taken from the bundled data)
};
const char *policyOriginId(PolicyOrigin origin); ///< "inline", "customer-managed", "aws-managed"

/// One policy of a principal, as it is attached.
struct PrincipalPolicy {
    std::string name; ///< policy name, or the file name for a policy given as a file
    PolicyOrigin origin = PolicyOrigin::Inline;
    std::string group; ///< the group it is attached to; empty when attached to the user itself
    std::string arn; ///< managed policies
    std::string versionId; ///< the version in force, where known
    std::string file; ///< the file it was read from, where it came from a file
    /// Left out of evaluation without being removed, as in AWS's policy simulator.
    bool excluded = false;
    std::shared_ptr<const PolicySource> source;
};

/// The policies attached at one level of the organization (root, an OU, the account).
struct ScpLevel {
    std::string name; ///< e.g. "Root", "ou-engineering", "account"
    std::vector<PrincipalPolicy> policies;
};

/// An IAM user with everything that decides its requests: its own and its groups' inline and
/// managed policies, its permissions boundary and the SCPs of every organization level above its
/// account (root first). No SCP levels means the account is not in an organization (or is its
/// management account), so SCPs decide nothing.
struct Principal {
    SimulationIdentity identity;
    std::vector<PrincipalPolicy> policies;
    std::optional<PrincipalPolicy> boundary;
    std::vector<ScpLevel> scps;
    /// Extra request context for every simulated request (aws:SourceIp, aws:RequestedRegion...),
    /// on top of what the sign-in state sets. Keys as written; values single.
    std::vector<std::pair<std::string, std::string>> context;

    /// The identity-based policies that are not excluded, in order.
    std::vector<const Policy *> includedPolicies() const;
};

/// One layer's own evaluation. Trace policy indexes are indexes into `policies`.
struct LayerEvaluation {
    Layer layer = Layer::Identity;
    std::size_t scpLevel = 0; ///< for SCP layers: index into Principal::scps
    /// The evaluated policies of the layer: indexes into Principal::policies (identity), {0} for
    /// the boundary, indexes into ScpLevel::policies (SCP). Excluded policies are not evaluated.
    std::vector<std::size_t> policies;
    Evaluation evaluation;
};

/// IAM's decision for a request of a principal, with each layer's evaluation.
struct PrincipalEvaluation {
    Decision decision = Decision::ImplicitDeny;
    /// For a denial: the layer that decided (see docs/evaluation.md for which one is named when
    /// several deny), and the SCP level where that layer is an SCP one.
    Layer decidingLayer = Layer::Identity;
    std::size_t decidingScpLevel = 0;
    std::vector<LayerEvaluation> layers; ///< SCP levels (root first), identity, boundary when set
    bool notPolicyControlled = false;
    /// Some layer left out a statement that might have decided the request (Evaluation::
    /// indeterminate): the decision is not IAM's and must be reported instead.
    bool indeterminate = false;

    /// The layer evaluation that decided; for Allow, the identity layer.
    const LayerEvaluation &deciding() const;
    /// The principal policy of a statement of `layer`'s evaluation (StatementRef::policy).
    PrincipalPolicyRef policyOf(const LayerEvaluation &layer, std::size_t evaluatedPolicy) const;
};

/// Decides a request for an IAM user the way AWS does: an explicit deny in any layer wins; else
/// every SCP level must allow, an identity-based policy must allow, and the permissions boundary,
/// when set, must allow. Requests that policies cannot control (sts:GetSessionToken) are allowed.
/// Stateless and thread-safe.
PrincipalEvaluation evaluatePrincipal(const Principal &principal, const Request &request,
                                      const EvaluateOptions &options = {});

/// Combines layer evaluations that were made separately (SCP levels root first, identity, boundary)
/// into IAM's decision, as evaluatePrincipal does. `indeterminate` is set when any layer's is.
PrincipalEvaluation combineLayers(std::vector<LayerEvaluation> layers, const Request &request);

/// The request context of a principal in a sign-in state: contextFor() plus Principal::context.
RequestContext principalContext(const Principal &principal, AuthState state);

/// SCPs AWS defines by name: FullAWSAccess, which AWS attaches at every level of an organization
/// unless someone removes it. nullptr for other names.
std::shared_ptr<const PolicySource> knownServiceControlPolicy(std::string_view name);

/// A matrix cell (or scenario step) from IAM's decision: the deciding layer's evaluation with its
/// statement references turned into indexes of that layer's policies, and each deciding statement
/// with its principal policy.
MatrixCell principalCell(PrincipalEvaluation result);

/// Every policy of one layer as the evaluator sees them, in principal order so that the
/// StatementRef::policy of a MatrixCell or ScenarioStep of that layer indexes it: identity-based
/// policies, the boundary, or the SCPs of level `scpLevel`. Excluded policies are included (they
/// are never referenced); nullptr where a policy has no source.
std::vector<const Policy *> layerPolicies(const Principal &principal, Layer layer, std::size_t scpLevel = 0);

/// The name of a principal policy ("" when the reference does not exist).
std::string principalPolicyName(const Principal &principal, const PrincipalPolicyRef &ref);
const PrincipalPolicy *principalPolicy(const Principal &principal, const PrincipalPolicyRef &ref);

/// A principal of one user whose only identity-based policies are `sources` (named by their file
/// or document names), attached to the user itself, with no boundary and no SCPs.
Principal principalOf(const std::vector<std::shared_ptr<const PolicySource>> &sources,
                      const SimulationIdentity &identity = {});

} // namespace mfapolicy
