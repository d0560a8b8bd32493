#include "actioncatalog.h"

#include "evaluator.h"
#include "wildcard.h"

#include <algorithm>
#include <array>

namespace mfapolicy {

namespace detail {
std::vector<ActionInfo> describedActionData();
std::vector<std::string> iamActionData();
std::vector<std::string> stsActionData();
} // namespace detail

namespace {

std::string_view servicePart(std::string_view action)
{
    const std::size_t colon = action.find(':');
    return colon == std::string_view::npos ? std::string_view() : action.substr(0, colon);
}

bool lessIgnoreCase(const std::string &a, const std::string &b)
{
    return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(),
                                        [](char x, char y) { return detail::asciiLower(x) < detail::asciiLower(y); });
}

/// A lower bound of the edit distance that costs one pass over each string: the characters one
/// string has more of than the other (case ignored). Each insertion, deletion or substitution
/// changes that count by at most one.
class CharacterCounts
{
public:
    explicit CharacterCounts(std::string_view text)
    {
        for (const char c : text)
            ++m_counts[static_cast<unsigned char>(detail::asciiLower(c))];
    }
    std::size_t lowerBound(std::string_view other) const
    {
        std::array<int, 256> counts = m_counts;
        for (const char c : other)
            --counts[static_cast<unsigned char>(detail::asciiLower(c))];
        std::size_t more = 0;
        std::size_t fewer = 0;
        for (const int count : counts)
            (count > 0 ? more : fewer) += static_cast<std::size_t>(count > 0 ? count : -count);
        return std::max(more, fewer);
    }

private:
    std::array<int, 256> m_counts {};
};

} // namespace

ActionCatalog::ActionCatalog() : m_described(detail::describedActionData())
{
    for (const std::string &name : detail::iamActionData())
        m_iam.push_back("iam:" + name);
    for (const std::string &name : detail::stsActionData())
        m_sts.push_back("sts:" + name);
    std::sort(m_iam.begin(), m_iam.end());
    std::sort(m_sts.begin(), m_sts.end());

    m_all = m_iam;
    m_all.insert(m_all.end(), m_sts.begin(), m_sts.end());
    for (std::size_t i = 0; i < m_described.size(); ++i) {
        const std::string lower = detail::asciiLowered(m_described[i].name);
        m_describedIndex.emplace(lower, i);
        if (!knowsService(servicePart(m_described[i].name)))
            m_all.push_back(m_described[i].name); // representative actions of other services
    }
    std::sort(m_all.begin(), m_all.end(), lessIgnoreCase);
    for (const std::string &name : m_all)
        m_knownLower.insert(detail::asciiLowered(name));
}

const ActionCatalog &ActionCatalog::instance()
{
    static const ActionCatalog catalog;
    return catalog;
}

const ActionInfo *ActionCatalog::find(std::string_view action) const
{
    const auto it = m_describedIndex.find(detail::asciiLowered(action));
    return it == m_describedIndex.end() ? nullptr : &m_described[it->second];
}

bool ActionCatalog::knowsService(std::string_view service) const
{
    return detail::equalsIgnoreCase(service, "iam") || detail::equalsIgnoreCase(service, "sts");
}

bool ActionCatalog::isKnownAction(std::string_view action) const
{
    return m_knownLower.contains(detail::asciiLowered(action));
}

bool ActionCatalog::patternMatchesAny(std::string_view pattern) const
{
    const std::string_view service = servicePart(pattern);
    // Patterns of other services (or with a wildcard in the service) cannot be judged here.
    if (service.find_first_of("*?") != std::string_view::npos || !knowsService(service))
        return true;
    return std::any_of(m_all.begin(), m_all.end(),
                       [&](const std::string &name) { return actionMatches(pattern, name); });
}

const std::vector<std::string> &ActionCatalog::actionsOf(std::string_view service) const
{
    static const std::vector<std::string> none;
    if (detail::equalsIgnoreCase(service, "iam"))
        return m_iam;
    if (detail::equalsIgnoreCase(service, "sts"))
        return m_sts;
    return none;
}

std::vector<std::string> ActionCatalog::suggestions(std::string_view action, std::size_t count) const
{
    // Only names close enough to be a plausible typo; otherwise "did you mean" would be noise.
    const std::size_t limit = std::max<std::size_t>(3, action.size() / 4);
    std::vector<std::pair<std::size_t, const std::string *>> scored;
    // The full distance to every catalog name made 6,144 characters of unknown actions the slowest
    // policy found (50 ms, a second under sanitizers); the bound rules out nearly every name at once.
    const CharacterCounts counts(action);
    for (const std::string &name : m_all) {
        if (counts.lowerBound(name) > limit)
            continue;
        const std::size_t distance = detail::editDistanceIgnoreCase(action, name);
        if (distance <= limit && distance > 0)
            scored.emplace_back(distance, &name);
        else if (distance == 0 && name != action)
            scored.emplace_back(0, &name); // differs only in case: offer the canonical spelling
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::string> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i)
        out.push_back(*scored[i].second);
    return out;
}

std::vector<std::string> ActionCatalog::completions(std::string_view prefix) const
{
    std::vector<std::string> out;
    for (const std::string &name : m_all) {
        if (name.size() >= prefix.size()
            && detail::equalsIgnoreCase(std::string_view(name).substr(0, prefix.size()), prefix))
            out.push_back(name);
    }
    return out;
}

} // namespace mfapolicy
