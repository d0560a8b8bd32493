#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace mfapolicy {

/// A span of the policy text. Offsets are bytes into the UTF-8 text, [begin, end).
/// Lines and columns are 1-based; columns count bytes, which equals characters for the
/// Latin-1 range IAM accepts.
struct SourceRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    int line = 1;
    int column = 1;
    int endLine = 1;
    int endColumn = 1;

    bool operator==(const SourceRange &) const = default;
};

/// A replacement of [begin, end) of the text by `replacement`. Edits of one fix never overlap.
struct TextEdit {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string replacement;

    bool operator==(const TextEdit &) const = default;
};

/// Applies non-overlapping edits (in any order) to text.
std::string applyEdits(const std::string &text, std::vector<TextEdit> edits);

} // namespace mfapolicy
