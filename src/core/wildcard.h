#pragma once

#include <string_view>
#include <vector>

namespace mfapolicy::detail {

/// How `*` and `?` of a glob may treat the colon that separates ARN segments.
enum class ColonRule {
    Free, ///< wildcards match any character (actions, StringLike, one ARN component)
    ArnSegments, ///< `?` and `*` stay inside a segment, except a `*` that ends a segment
};

struct GlobOptions {
    bool ignoreCase = false;
    ColonRule colons = ColonRule::Free;
    /// When set, pattern characters whose flag is true match only themselves (from `${*}`, `${?}`
    /// and substituted variable values). Same length as the pattern.
    const std::vector<bool> *literalMask = nullptr;
};

/// Glob match of the whole text: `*` any run (also empty), `?` exactly one character.
bool globMatch(std::string_view pattern, std::string_view text, const GlobOptions &options = {});

/// ASCII case-insensitive equality (IAM names are ASCII).
bool equalsIgnoreCase(std::string_view a, std::string_view b);
char asciiLower(char c);

} // namespace mfapolicy::detail
