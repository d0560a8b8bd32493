#include "wildcard.h"

#include <algorithm>

namespace mfapolicy::detail {

std::string asciiLowered(std::string_view text)
{
    std::string out(text);
    for (char &c : out)
        c = asciiLower(c);
    return out;
}

std::size_t editDistanceIgnoreCase(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t substitution = diagonal + (asciiLower(a[i - 1]) == asciiLower(b[j - 1]) ? 0 : 1);
            row[j] = std::min({above + 1, row[j - 1] + 1, substitution});
            diagonal = above;
        }
    }
    return row[b.size()];
}

namespace {

class Glob
{
public:
    Glob(std::string_view pattern, const GlobOptions &options) : m_pattern(pattern), m_options(options) { }

    bool isLiteral(std::size_t i) const
    {
        const auto *mask = m_options.literalMask;
        return mask && i < mask->size() && (*mask)[i];
    }
    bool isStar(std::size_t i) const { return m_pattern[i] == '*' && !isLiteral(i); }
    bool isQuestion(std::size_t i) const { return m_pattern[i] == '?' && !isLiteral(i); }
    bool isWildcard(std::size_t i) const { return (m_pattern[i] == '*' || m_pattern[i] == '?') && !isLiteral(i); }

    /// Pattern characters [from, from + count), which hold no wildcard, against text at `at`.
    bool literalEquals(std::size_t from, std::string_view text, std::size_t at, std::size_t count) const
    {
        for (std::size_t i = 0; i < count; ++i) {
            if (!charMatches(from + i, text[at + i]))
                return false;
        }
        return true;
    }

    /// A star may cross colons unless the ARN rule confines it: only a star that ends its
    /// segment (next non-star character is ':' or the end) expands beyond the segment.
    bool starIsFree(std::size_t i) const
    {
        if (m_options.colons == ColonRule::Free)
            return true;
        std::size_t next = i + 1;
        while (next < m_pattern.size() && isStar(next))
            ++next;
        return next == m_pattern.size() || m_pattern[next] == ':';
    }

    bool charMatches(std::size_t i, char c) const
    {
        if (isQuestion(i))
            return m_options.colons == ColonRule::Free || c != ':';
        if (m_options.ignoreCase)
            return asciiLower(m_pattern[i]) == asciiLower(c);
        return m_pattern[i] == c;
    }

    bool hasBoundStar() const
    {
        if (m_options.colons == ColonRule::Free)
            return false;
        for (std::size_t i = 0; i < m_pattern.size(); ++i) {
            if (isStar(i) && !starIsFree(i))
                return true;
        }
        return false;
    }

    // With only unrestricted stars the classic single-backtrack scan is exact: the latest star can
    // absorb anything, so earlier stars never need to be revisited.
    bool matchGreedy(std::string_view text, std::size_t start) const
    {
        const std::size_t m = m_pattern.size();
        std::size_t p = start, t = start;
        std::size_t starP = std::string_view::npos, starT = 0;
        while (t < text.size()) {
            if (p < m && isStar(p)) {
                starP = p++;
                starT = t;
            } else if (p < m && charMatches(p, text[t])) {
                ++p;
                ++t;
            } else if (starP != std::string_view::npos) {
                p = starP + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < m && isStar(p))
            ++p;
        return p == m;
    }

    // Stars confined to a segment break the greedy argument; a row-by-row table is exact.
    bool matchTable(std::string_view text) const
    {
        const std::size_t n = text.size();
        std::vector<char> prev(n + 1, 0), cur(n + 1, 0);
        prev[0] = 1;
        for (std::size_t i = 0; i < m_pattern.size(); ++i) {
            if (isStar(i)) {
                const bool free = starIsFree(i);
                cur[0] = prev[0];
                for (std::size_t j = 1; j <= n; ++j)
                    cur[j] = prev[j] || (cur[j - 1] && (free || text[j - 1] != ':'));
            } else {
                cur[0] = 0;
                for (std::size_t j = 1; j <= n; ++j)
                    cur[j] = prev[j - 1] && charMatches(i, text[j - 1]);
            }
            prev.swap(cur);
        }
        return prev[n] != 0;
    }

private:
    std::string_view m_pattern;
    const GlobOptions &m_options;
};

} // namespace

bool globMatch(std::string_view pattern, std::string_view text, const GlobOptions &options)
{
    if (!options.literalMask && pattern.find('*') == std::string_view::npos
        && pattern.find('?') == std::string_view::npos) {
        // Most action entries and many ARNs hold no wildcard at all.
        return options.ignoreCase ? equalsIgnoreCase(pattern, text) : pattern == text;
    }
    const Glob glob(pattern, options);
    // The literal text before the first wildcard and after the last one must be there as it is.
    // Checking those ends first settles most comparisons (another action, another resource type,
    // another user) before the general match runs.
    std::size_t first = 0;
    while (first < pattern.size() && !glob.isWildcard(first))
        ++first;
    if (first == pattern.size())
        return pattern.size() == text.size() && glob.literalEquals(0, text, 0, first);
    if (text.size() < first || !glob.literalEquals(0, text, 0, first))
        return false;
    std::size_t last = pattern.size();
    while (!glob.isWildcard(last - 1))
        --last;
    const std::size_t suffix = pattern.size() - last;
    if (text.size() - first < suffix || !glob.literalEquals(last, text, text.size() - suffix, suffix))
        return false;
    // The prefix holds no star, so the greedy scan can start after it.
    return glob.hasBoundStar() ? glob.matchTable(text) : glob.matchGreedy(text, first);
}

} // namespace mfapolicy::detail
