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

    // Stars confined to a segment break the greedy argument; a row-by-row table over the pattern's
    // tokens is exact. A run of wildcards is one token: the stars and `?`s up to the run's last `?`
    // match "q characters or more (exactly q without a star)", and the stars after it match "any
    // run"; so `*?*?*?...` costs one pass over the text, not one per pattern character.
    bool matchTable(std::string_view text) const
    {
        const std::size_t n = text.size();
        // lastColon[j]: one past the position of the last ':' in text[0, j) (0 when none).
        std::vector<std::size_t> lastColon(n + 1, 0);
        for (std::size_t j = 1; j <= n; ++j)
            lastColon[j] = text[j - 1] == ':' ? j : lastColon[j - 1];
        std::vector<char> prev(n + 1, 0), cur(n + 1, 0);
        prev[0] = 1;
        const std::size_t m = m_pattern.size();
        for (std::size_t i = 0; i < m;) {
            if (!isWildcard(i)) {
                cur[0] = 0;
                for (std::size_t j = 1; j <= n; ++j)
                    cur[j] = prev[j - 1] && charMatches(i, text[j - 1]);
                prev.swap(cur);
                ++i;
                continue;
            }
            std::size_t end = i;
            std::size_t lastQuestion = std::string_view::npos;
            while (end < m && isWildcard(end)) {
                if (isQuestion(end))
                    lastQuestion = end;
                ++end;
            }
            if (lastQuestion != std::string_view::npos) {
                std::size_t questions = 0;
                bool star = false;
                for (std::size_t k = i; k <= lastQuestion; ++k) {
                    if (isQuestion(k))
                        ++questions;
                    else
                        star = true;
                }
                // A `?` never matches ':' under the ARN rule, and a star followed by a `?` is bound.
                advanceRun(prev, cur, lastColon, questions, star, m_options.colons == ColonRule::Free);
                prev.swap(cur);
            }
            if (lastQuestion == std::string_view::npos || lastQuestion + 1 < end) {
                const std::size_t star = lastQuestion == std::string_view::npos ? i : lastQuestion + 1;
                advanceRun(prev, cur, lastColon, 0, true, starIsFree(star));
                prev.swap(cur);
            }
            i = end;
        }
        return prev[n] != 0;
    }

    /// One row of the table for a wildcard run: text[a, j) matches when it is `questions`
    /// characters long (or longer, with a star) and, unless colons are free, holds no ':'.
    static void advanceRun(const std::vector<char> &prev, std::vector<char> &cur,
                           const std::vector<std::size_t> &lastColon, std::size_t questions, bool star, bool colonsFree)
    {
        const std::size_t n = prev.size() - 1;
        constexpr std::size_t none = std::string_view::npos;
        std::size_t latest = none; // the largest a <= j - questions with prev[a]
        for (std::size_t j = 0; j <= n; ++j) {
            cur[j] = 0;
            if (j < questions)
                continue;
            const std::size_t a = j - questions;
            if (prev[a])
                latest = a;
            const std::size_t from = star ? latest : (prev[a] ? a : none);
            cur[j] = from != none && (colonsFree || from >= lastColon[j]);
        }
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
    // Every character but a star takes one character of the text: a pattern such as `*a*a*a...`
    // longer than the text is settled without matching.
    std::size_t required = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i)
        required += glob.isStar(i) ? 0 : 1;
    if (required > text.size())
        return false;
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
    // The prefix holds no star, so the greedy scan can start after it. With stars bound to their
    // segment, the greedy scan (which lets every star cross colons) matches a superset: when it
    // fails, so does the exact table, and it settles most texts in one pass.
    if (!glob.matchGreedy(text, first))
        return false;
    return !glob.hasBoundStar() || glob.matchTable(text);
}

} // namespace mfapolicy::detail
