#include "wildcard.h"

#include <string>

namespace mfapolicy::detail {

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (asciiLower(a[i]) != asciiLower(b[i]))
            return false;
    }
    return true;
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
    bool matchGreedy(std::string_view text) const
    {
        const std::size_t m = m_pattern.size();
        std::size_t p = 0, t = 0;
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
    const Glob glob(pattern, options);
    return glob.hasBoundStar() ? glob.matchTable(text) : glob.matchGreedy(text);
}

} // namespace mfapolicy::detail
