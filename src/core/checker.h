#pragma once

#include "finding.h"
#include "matrix.h"
#include "policysize.h"
#include "policysource.h"
#include "principal.h"

#include <atomic>
#include <vector>

namespace mfapolicy {

/// Which quota a policy's size is measured against.
enum class PolicyKind { Managed, InlineUser, InlineGroup, InlineRole };
int sizeQuota(PolicyKind kind); ///< 6144, 2048, 5120, 10240 non-whitespace characters
const char *policyKindId(PolicyKind kind); ///< "managed", "inline-user", "inline-group", "inline-role"

struct CheckOptions {
    PolicyKind kind = PolicyKind::Managed;
    /// Checked between the rule families: once it is true checkPolicy returns early with an
    /// incomplete list (its caller discards it).
    const std::atomic<bool> *cancel = nullptr;
    /// The user the MFA rules simulate; findings name its user, device and ARNs.
    SimulationIdentity identity;
    /// The other policies that apply to the same user (its other attached policies, its groups'):
    /// the MFA rules decide requests on all of them together, as IAM does, and report only what
    /// this document's statements cause — no "MFA not enforced" when the guard is in another one.
    std::vector<const Policy *> together;
};

/// Every finding for one policy: the source's diagnostics plus validity rules plus MFA rules
/// (which evaluate requests through the engine). Sorted by position.
/// POLICY_SIZE_EXCEEDS_QUOTA args: size, quota, policyKindId.
std::vector<Finding> checkPolicy(const PolicySource &source, const CheckOptions &options = {});

/// Every finding for a principal, each saying which of its policies it concerns (Finding::
/// policy): per identity-based policy its diagnostics, validity and MFA rules, the MFA rules
/// deciding every request on the whole principal (so a guard in another policy counts, and a
/// boundary or SCP decides too); per boundary and SCP its diagnostics and validity, and the
/// enrollment calls it refuses (ENROLLMENT_BLOCKED_BY_BOUNDARY, ENROLLMENT_BLOCKED_BY_SCP).
/// AWS managed policies get no findings of their own (nobody can change them); they decide
/// with the rest. `options.identity` and `options.together` are not used: the principal has them.
std::vector<Finding> checkPrincipal(const Principal &principal, const CheckOptions &options = {});

/// Static description of a rule, for listings, SARIF and links.
struct RuleInfo {
    std::string id;
    Severity severity;
    std::string learnMoreUrl;
};
const std::vector<RuleInfo> &allRules();
const RuleInfo *findRule(const std::string &id);

} // namespace mfapolicy
