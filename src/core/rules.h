#pragma once

#include "checker.h"
#include "principal.h"
#include "principalevaluator.h"

#include <functional>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

// The checker's rule families, one file each. Internal to the core.
namespace mfapolicy {

/// Appends a finding of `ruleId` with the rule's severity; nothing when `range` is unknown.
void addFinding(std::vector<Finding> &out, const char *ruleId, const std::optional<SourceRange> &range,
                std::string pointer, std::vector<std::string> args = {}, std::vector<QuickFix> fixes = {});

/// Version, actions, ARNs, variables, condition operators, Sids, redundant actions.
void checkValidity(const PolicySource &source, std::vector<Finding> &out);
/// The MFA rules, decided by evaluating requests of the simulated user through the engine.
/// `cancel` (may be null) is checked between rules.
/// `together`: the user's other policies, evaluated with this one (see CheckOptions::together).
void checkMfa(const PolicySource &source, const SimulationIdentity &identity, std::vector<Finding> &out,
              const std::atomic<bool> *cancel = nullptr, std::span<const Policy *const> together = {});

/// checkPolicy() with other MFA rules (none when `mfaRules` is empty): diagnostics, validity,
/// `mfaRules` for a document that is valid JSON, the size quota of `kind` (none: not measured),
/// sorted by position. `options.kind` is not used.
std::vector<Finding> checkDocument(const PolicySource &source, const CheckOptions &options,
                                   const std::function<void(std::vector<Finding> &)> &mfaRules,
                                   std::optional<PolicyKind> kind);
/// checkMfa() for identity-based policy `index` of a principal: requests are decided on the whole
/// principal (every layer, its extra context), findings are about that policy's statements.
/// Untraced decisions of one principal, shared by the MFA rules of its policies (they ask the same
/// requests): keyed by caller, action, resource and MFA state, the rest of the context being the
/// principal's.
struct PrincipalDecisionCache {
    explicit PrincipalDecisionCache(const Principal &principal) : evaluator(principal) { }
    PrincipalEvaluator evaluator; ///< the principal's policies indexed by action
    std::unordered_map<std::string, PrincipalEvaluation> decisions;
};
void checkMfa(const Principal &principal, std::size_t index, std::vector<Finding> &out,
              const std::atomic<bool> *cancel = nullptr, PrincipalDecisionCache *cache = nullptr);
/// IAM's decision of `request` for the principal, as the MFA rules of identity-based policy
/// `index` read it: the statements named are that policy's (as policy 0), and a denial decided
/// by another layer (boundary, SCP) reads as an explicit deny naming none of them — it is that
/// layer's finding, not this policy's.
Evaluation documentEvaluation(const Principal &principal, std::size_t index, const Request &request, bool trace,
                              PrincipalDecisionCache *cache = nullptr);
/// The findings about the boundary and SCP layers of a principal: a layer that refuses an
/// enrollment call the identity-based policies allow without MFA.
/// `evaluator` (may be null) decides the requests faster; it must be the principal's.
void checkLayers(const Principal &principal, std::vector<Finding> &out, const PrincipalEvaluator *evaluator = nullptr);

} // namespace mfapolicy
