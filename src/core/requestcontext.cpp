#include "evaluator.h"
#include "wildcard.h"

#include <array>

namespace mfapolicy {

void RequestContext::set(const std::string &key, std::string value)
{
    Entry &entry = m_entries[detail::asciiLowered(key)];
    if (entry.key.empty())
        entry.key = key;
    entry.values.assign(1, std::move(value));
    entry.multi = false;
}

void RequestContext::setMulti(const std::string &key, std::vector<std::string> values)
{
    Entry &entry = m_entries[detail::asciiLowered(key)];
    if (entry.key.empty())
        entry.key = key;
    entry.values = std::move(values);
    entry.multi = true;
}

void RequestContext::remove(const std::string &key)
{
    m_entries.erase(detail::asciiLowered(key));
}

// Evaluation looks keys up for every condition of every statement; lower-casing into a stack
// buffer keeps that free of allocations for ordinary key lengths.
const RequestContext::Entry *RequestContext::lookup(std::string_view key) const
{
    std::array<char, 128> buffer;
    std::string heap;
    std::string_view lower;
    if (key.size() <= buffer.size()) {
        for (std::size_t i = 0; i < key.size(); ++i)
            buffer[i] = detail::asciiLower(key[i]);
        lower = std::string_view(buffer.data(), key.size());
    } else {
        heap = detail::asciiLowered(key);
        lower = heap;
    }
    const auto it = m_entries.find(lower);
    return it == m_entries.end() ? nullptr : &it->second;
}

const std::vector<std::string> *RequestContext::find(const std::string &key) const
{
    const Entry *entry = lookup(key);
    return entry ? &entry->values : nullptr;
}

bool RequestContext::isMultiValued(const std::string &key) const
{
    const Entry *entry = lookup(key);
    return entry && entry->multi;
}

const std::string *RequestContext::singleValue(std::string_view key) const
{
    const Entry *entry = lookup(key);
    return entry && !entry->multi && entry->values.size() == 1 ? &entry->values.front() : nullptr;
}

std::vector<std::pair<std::string, std::vector<std::string>>> RequestContext::entries() const
{
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    out.reserve(m_entries.size());
    for (const auto &[lower, entry] : m_entries)
        out.emplace_back(entry.key, entry.values);
    return out;
}

} // namespace mfapolicy
