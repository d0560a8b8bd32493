#pragma once

#include "finding.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// Where one value of the document sits in the text. Nodes are stored in document order (pre-order),
/// so their start offsets ascend, which makes "which value is under the cursor" a binary search.
struct JsonNode {
    std::uint32_t begin = 0; ///< value, [begin, end)
    std::uint32_t end = 0;
    std::uint32_t keyBegin = 0; ///< quoted member name, empty when the value is not an object member
    std::uint32_t keyEnd = 0;
    std::int32_t parent = -1;
    std::uint32_t indexInParent = 0; ///< member or element position in the parent's JSON value
    std::uint32_t firstChild = 0; ///< into JsonReadResult::children
    std::uint32_t childCount = 0;
    bool complete = true; ///< false for a container cut short by a syntax error

    bool hasKey() const { return keyEnd > keyBegin; }
    std::uint32_t spanBegin() const { return hasKey() ? keyBegin : begin; }
};

struct JsonReadResult {
    nlohmann::ordered_json value;
    /// Child i of a container node n is node children[n.firstChild + i], and corresponds to element or
    /// member i of the container's JSON value.
    std::vector<JsonNode> nodes;
    std::vector<std::uint32_t> children;
    std::vector<Finding> diagnostics; ///< ranges filled in, pointers left empty
    bool valid = true; ///< strict JSON: no syntax diagnostic, comment or trailing comma
};

/// A tolerant JSON reader that keeps positions. Comments and trailing commas are reported and skipped;
/// other syntax errors stop the reading, and everything read before stays in the value (containers
/// that were cut short are marked incomplete). Of duplicate member names the first one is kept.
/// Never throws for any input and never recurses deeper than `maxDepth` containers.
class JsonReader final
{
public:
    static JsonReadResult read(std::string_view text, const std::vector<std::size_t> &lineStarts, int maxDepth);
};

} // namespace mfapolicy
