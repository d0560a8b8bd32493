#pragma once

#include "policysource.h"

#include <string>
#include <vector>

namespace mfapolicy {

/// One proposed change of the migration plan.
struct MigrationChange {
    std::string id;            ///< stable, e.g. "create-device-any-name"; titles come from the front ends
    std::vector<std::string> args;
    bool onByDefault = false;
    std::vector<TextEdit> edits; ///< minimal edits against the original text
};

struct MigrationPlan {
    std::vector<MigrationChange> changes;
};

/// The plan for a policy: default changes restore enrollment with any device name without
/// widening anything else; optional ones align with the current AWS examples.
MigrationPlan planMigration(const PolicySource &source);
/// The text after applying the chosen changes (by id); an empty list applies the defaults.
std::string applyMigration(const PolicySource &source, const MigrationPlan &plan,
                           const std::vector<std::string> &changeIds = {});

} // namespace mfapolicy
