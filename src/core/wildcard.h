#pragma once

#include <string>
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
    /// and substituted variable values). At most as long as the pattern; missing flags are false.
    const std::vector<bool> *literalMask = nullptr;
};

/// Glob match of the whole text: `*` any run (also empty), `?` exactly one character.
bool globMatch(std::string_view pattern, std::string_view text, const GlobOptions &options = {});

// IAM names, keys and ARNs are compared as ASCII: these helpers never consult the locale.
inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

inline bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
}

std::string asciiLowered(std::string_view text);

/// Levenshtein distance, ignoring ASCII case (for "did you mean" suggestions).
std::size_t editDistanceIgnoreCase(std::string_view a, std::string_view b);

} // namespace mfapolicy::detail
