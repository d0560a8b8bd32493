#pragma once

#include "checker.h"

#include <optional>
#include <span>
#include <string>
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

} // namespace mfapolicy
