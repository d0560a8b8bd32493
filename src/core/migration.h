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

/// Why a chosen change was not applied.
enum class NotAppliedReason {
    /// One of its edits overlaps an edit of a change applied before it (`otherChange`), other
    /// than two deletions, which are merged.
    ConflictsWithChange,
    /// One of its edits lies outside the text (the plan was made for another text).
    OutsideText,
};

struct NotAppliedChange {
    std::string id;
    NotAppliedReason reason = NotAppliedReason::ConflictsWithChange;
    std::string otherChange; ///< for ConflictsWithChange
    bool operator==(const NotAppliedChange &) const = default;
};

/// The outcome of a migration: each chosen change is applied whole or not at all.
struct MigrationResult {
    std::string text;
    std::vector<TextEdit> edits; ///< the combined, non-overlapping edits, sorted by position
    std::vector<std::string> applied; ///< ids, in plan order
    std::vector<NotAppliedChange> notApplied; ///< in plan order
};

/// The plan for a policy: default changes restore enrollment with any device name (and with it any
/// name, such as another user's, as AWS's current example does); optional ones align with the
/// current AWS examples.
MigrationPlan planMigration(const PolicySource &source);
/// Applies the chosen changes (by id, taken in plan order); an empty list applies the defaults.
/// Overlapping deletions (of one change or several) are merged, with the separator of the array
/// elements they remove, insertions at one place are
/// joined in plan order; a change with an edit that conflicts with an already applied change is
/// left out entirely and listed in `notApplied`. Cost: O(E log E) for E edits.
MigrationResult migrate(const PolicySource &source, const MigrationPlan &plan,
                        const std::vector<std::string> &changeIds = {});
/// migrate(...).text
std::string applyMigration(const PolicySource &source, const MigrationPlan &plan,
                           const std::vector<std::string> &changeIds = {});

/// Change ids, in plan order.
inline constexpr const char *createDeviceAnyNameChange = "create-device-any-name"; ///< default
inline constexpr const char *dropDeleteFromGuardChange = "drop-delete-from-guard";
inline constexpr const char *dropListUsersChange = "drop-list-users";
inline constexpr const char *userWithPathChange = "user-with-path";
inline constexpr const char *boolIfExistsChange = "bool-if-exists";

} // namespace mfapolicy
