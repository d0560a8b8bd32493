#include "arnmatcher.h"

#include "evaluator.h"
#include "wildcard.h"

#include <algorithm>
#include <array>

namespace mfapolicy::detail {

namespace {

constexpr std::size_t arnComponents = 6;

/// Start offsets of the six components, or false when the text has fewer than six.
bool splitArn(std::string_view text, std::array<std::size_t, arnComponents + 1> &starts)
{
    starts[0] = 0;
    std::size_t from = 0;
    for (std::size_t i = 1; i < arnComponents; ++i) {
        const std::size_t colon = text.find(':', from);
        if (colon == std::string_view::npos)
            return false;
        starts[i] = colon + 1;
        from = colon + 1;
    }
    starts[arnComponents] = text.size() + 1; // as if a colon followed the last component
    return true;
}

} // namespace

bool matchResourceEntry(std::string_view pattern, const std::vector<bool> *literalMask, std::string_view resource)
{
    const bool starIsLiteral = literalMask && !literalMask->empty() && (*literalMask)[0];
    if (pattern == "*" && !starIsLiteral)
        return true;
    if (resource == "*")
        return false;
    GlobOptions options;
    options.colons = ColonRule::ArnSegments;
    options.literalMask = literalMask;
    return globMatch(pattern, resource, options);
}

bool matchArnCondition(std::string_view pattern, const std::vector<bool> *literalMask, std::string_view value)
{
    std::array<std::size_t, arnComponents + 1> p {}, v {};
    if (!splitArn(pattern, p)) {
        // A value with fewer than six components cannot match component by component; only a
        // pattern without any colon (such as "*") is compared with the whole value.
        if (pattern.find(':') != std::string_view::npos)
            return false;
        GlobOptions options;
        options.literalMask = literalMask;
        return globMatch(pattern, value, options);
    }
    if (!splitArn(value, v))
        return false;
    for (std::size_t i = 0; i < arnComponents; ++i) {
        const std::size_t pBegin = p[i], pLen = p[i + 1] - 1 - p[i];
        const std::size_t vBegin = v[i], vLen = v[i + 1] - 1 - v[i];
        std::vector<bool> mask;
        GlobOptions options;
        if (literalMask && !literalMask->empty()) {
            const std::size_t maskEnd = std::min(literalMask->size(), pBegin + pLen);
            if (pBegin < maskEnd)
                mask.assign(literalMask->begin() + static_cast<std::ptrdiff_t>(pBegin),
                            literalMask->begin() + static_cast<std::ptrdiff_t>(maskEnd));
            options.literalMask = &mask;
        }
        if (!globMatch(pattern.substr(pBegin, pLen), value.substr(vBegin, vLen), options))
            return false;
    }
    return true;
}

} // namespace mfapolicy::detail

namespace mfapolicy {

bool resourceMatches(std::string_view pattern, std::string_view resource)
{
    return detail::matchResourceEntry(pattern, nullptr, resource);
}

bool actionMatches(std::string_view pattern, std::string_view action)
{
    detail::GlobOptions options;
    options.ignoreCase = true;
    return detail::globMatch(pattern, action, options);
}

} // namespace mfapolicy
