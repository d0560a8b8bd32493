// Policy text through the parser: never a crash, every diagnostic points into the text, the
// source map answers for every offset, and text called valid JSON is valid JSON.

#include "fuzzcheck.h"
#include "policysource.h"

#include <nlohmann/json.hpp>

#include <cstdint>

using namespace mfapolicy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const PolicySource source = PolicySource::parse(text, "fuzz.json");
    FUZZ_CHECK(source.text() == text);
    fuzz::checkFindings(source.diagnostics(), size);
    // Text called valid JSON is JSON by the grammar. nlohmann refuses numbers beyond a double
    // (1e999), which the grammar allows and IAM reads as text: only its syntax errors count.
    if (source.isValidJson()) {
        try {
            (void)nlohmann::json::parse(text);
        } catch (const nlohmann::json::parse_error &) {
            FUZZ_CHECK(!"valid JSON for PolicySource, a syntax error for nlohmann");
        } catch (const nlohmann::json::out_of_range &) { }
    }

    // The editor asks for the element under the cursor and then for its range.
    const std::size_t step = size / 16 + 1;
    for (std::size_t offset = 0; offset <= size; offset += step) {
        const std::string pointer = source.pointerAt(offset);
        if (!pointer.empty())
            FUZZ_CHECK(source.range(pointer).has_value());
        fuzz::checkRange(source.rangeAt(offset, size), size);
    }
    if (const auto whole = source.range(""))
        fuzz::checkRange(*whole, size);

    // The same document given as a value (the way `simulate` hands policies in).
    const PolicySource again = PolicySource::fromJson(source.json(), "fuzz.json");
    if (source.isValidJson())
        FUZZ_CHECK(again.policy().statements.size() == source.policy().statements.size());
    return 0;
}
