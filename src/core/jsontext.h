#pragma once

#include "finding.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// Byte offsets at which each line starts (LF, CR LF and a lone CR end a line). Never empty.
std::vector<std::size_t> buildLineStarts(std::string_view text);

/// Line and column (1-based, in bytes) of [begin, end), clamped to the text.
SourceRange rangeFromOffsets(const std::vector<std::size_t> &lineStarts, std::size_t textSize, std::size_t begin,
                             std::size_t end);

/// Decodes the UTF-8 sequence at `pos`. Returns its length in bytes, or 0 when the bytes there are not
/// valid UTF-8 (overlong forms, surrogates and code points past U+10FFFF are invalid too).
std::size_t decodeUtf8(std::string_view text, std::size_t pos, char32_t &codePoint);

/// The character at `pos` as a diagnostic argument: printable ASCII as itself, other characters as
/// "U+XXXX", a byte that is not valid UTF-8 as "0xNN", and "" at the end of the text.
std::string describeCharacter(std::string_view text, std::size_t pos);

/// One UNSUPPORTED_CHARACTER finding per run of characters IAM does not accept in a policy document
/// (everything except TAB, LF, CR and U+0020–U+00FF, plus bytes that are not UTF-8). At most `limit`.
std::vector<Finding> findUnsupportedCharacters(std::string_view text, const std::vector<std::size_t> &lineStarts,
                                               std::size_t limit);

} // namespace mfapolicy
