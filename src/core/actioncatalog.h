#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mfapolicy {

enum class AccessLevel { List, Read, Write, PermissionsManagement, Tagging };

/// The resource type an action is authorized against (Service Authorization Reference).
enum class ResourceKind {
    None, ///< no resource type: only "Resource": "*" grants it
    User, ///< arn:aws:iam::ACCOUNT:user/PATH/NAME
    Mfa, ///< arn:aws:iam::ACCOUNT:mfa/PATH/DEVICE
};

struct ActionInfo {
    std::string name; ///< canonical spelling, e.g. "iam:CreateVirtualMFADevice"
    AccessLevel level = AccessLevel::Read;
    ResourceKind resource = ResourceKind::None;
    bool resourceRequired = false; ///< the SAR marks the resource type required (`*`)
    bool mfaRelevant = false; ///< part of MFA self-service (MFA-FACTS §2)
    std::vector<std::string> conditionKeys; ///< action-level condition keys
};

/// The MFA-relevant IAM and STS actions with their details, and every IAM and STS action name
/// for validation. Immutable after construction; safe to share between threads.
class ActionCatalog final
{
public:
    static const ActionCatalog &instance();

    /// Details of an MFA-relevant (or otherwise described) action, case-insensitively.
    const ActionInfo *find(std::string_view action) const;
    /// The described actions, in the order the matrix shows them.
    const std::vector<ActionInfo> &described() const { return m_described; }

    /// True when the service prefix is one this catalog knows completely (iam, sts).
    bool knowsService(std::string_view service) const;
    /// True when `action` (no wildcards) is a real action of a known service, case-insensitively.
    bool isKnownAction(std::string_view action) const;
    /// True when a pattern with wildcards matches at least one known action of its service.
    bool patternMatchesAny(std::string_view pattern) const;
    /// Every known action name of a service ("iam", "sts"), canonical spelling, sorted.
    const std::vector<std::string> &actionsOf(std::string_view service) const;
    /// Up to `count` known action names closest to `action` (for "did you mean").
    std::vector<std::string> suggestions(std::string_view action, std::size_t count = 3) const;
    /// Completion: known actions that start with `prefix`, case-insensitively.
    std::vector<std::string> completions(std::string_view prefix) const;

private:
    ActionCatalog();
    std::vector<ActionInfo> m_described;
    std::vector<std::string> m_iam;
    std::vector<std::string> m_sts;
    std::vector<std::string> m_all; // every known name, sorted
    std::unordered_map<std::string, std::size_t> m_describedIndex; // lower-case name -> index
    std::unordered_set<std::string> m_knownLower; // lower-case known names
};

} // namespace mfapolicy
