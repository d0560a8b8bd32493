// Policy text through the migration: every plan applies without a crash, and for text that is
// valid JSON the migrated text is valid JSON too, changed only inside the plan's edits.

#include "fuzzcheck.h"
#include "migration.h"
#include "policysource.h"

#include <nlohmann/json.hpp>

#include <cstdint>

using namespace mfapolicy;

namespace {

/// The text after the edits, spliced here independently of the engine's applyEdits: the migrated
/// text must equal it, which means every byte outside the edits is the original's.
std::string splice(const std::string &text, std::vector<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    std::string out;
    std::size_t pos = 0;
    for (const TextEdit &edit : edits) {
        out += text.substr(pos, edit.begin - pos);
        out += edit.replacement;
        pos = edit.end;
    }
    out += text.substr(pos);
    return out;
}

void checkChoice(const PolicySource &source, const MigrationPlan &plan, const std::vector<std::string> &ids)
{
    const std::string &text = source.text();
    // The edits migrate() applied: merged removals of array entries take their separator.
    const MigrationResult result = migrate(source, plan, ids);
    fuzz::checkEdits(result.edits, text.size());
    const std::string &migrated = result.text;
    FUZZ_CHECK(migrated == splice(text, result.edits));
    FUZZ_CHECK(migrated == applyMigration(source, plan, ids));
    // Valid stays valid, by either judge of validity.
    if (source.isValidJson())
        FUZZ_CHECK(PolicySource::parse(migrated).isValidJson());
    if (nlohmann::json::accept(text))
        FUZZ_CHECK(nlohmann::json::accept(migrated));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const PolicySource source = PolicySource::parse(std::string(reinterpret_cast<const char *>(data), size));
    const MigrationPlan plan = planMigration(source);
    std::vector<std::string> all;
    for (const MigrationChange &change : plan.changes) {
        FUZZ_CHECK(!change.id.empty());
        fuzz::checkEdits(change.edits, size);
        checkChoice(source, plan, {change.id});
        all.push_back(change.id);
    }
    checkChoice(source, plan, {}); // the defaults
    if (all.size() > 1)
        checkChoice(source, plan, all);
    return 0;
}
