#pragma once

#include "policysource.h"

#include <string>
#include <vector>

namespace mfapolicy {

/// One proposed change of the migration plan.
struct MigrationChange {
    std::string id; ///< stable, e.g. "create-device-any-name"; titles come from the front ends
    std::vector<std::string> args;
    bool onByDefault = false;
    std::vector<TextEdit> edits; ///< minimal edits against the original text
    std::vector<std::string> pointers; ///< JSON pointers of the statements or entries it changes
};

struct MigrationPlan {
    std::vector<MigrationChange> changes;
    const MigrationChange *find(const std::string &id) const;
};

/// The plan for a policy: default changes restore enrollment with any device name without
/// widening anything else; optional ones align with the current AWS examples.
MigrationPlan planMigration(const PolicySource &source);
/// The text after applying the chosen changes (by id); an empty list applies the defaults.
/// Overlapping deletions of several changes are merged; an edit that conflicts with an earlier
/// chosen change's edit is left out.
std::string applyMigration(const PolicySource &source, const MigrationPlan &plan,
                           const std::vector<std::string> &changeIds = {});
/// The combined, non-overlapping edits of the chosen changes (same choice rules as above).
std::vector<TextEdit> migrationEdits(const MigrationPlan &plan, const std::vector<std::string> &changeIds = {});

/// Change ids, in plan order.
inline constexpr const char *createDeviceAnyNameChange = "create-device-any-name"; ///< default
inline constexpr const char *dropDeleteFromGuardChange = "drop-delete-from-guard";
inline constexpr const char *dropListUsersChange = "drop-list-users";
inline constexpr const char *userWithPathChange = "user-with-path";
inline constexpr const char *boolIfExistsChange = "bool-if-exists";

} // namespace mfapolicy
