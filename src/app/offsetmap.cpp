#include "offsetmap.h"

#include <algorithm>

namespace mfapolicy {

OffsetMap::OffsetMap(const QString &text) : m_length(int(text.size()))
{
    m_ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (m_ascii)
        return;
    m_byteAt.reserve(std::size_t(text.size()) + 1);
    std::size_t bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        m_byteAt.push_back(bytes);
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            // A surrogate pair is one 4-byte sequence; its second half maps to the same start.
            m_byteAt.push_back(bytes);
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    m_byteAt.push_back(bytes);
}

int OffsetMap::toPosition(std::size_t byteOffset) const
{
    if (m_ascii)
        return int(std::min<std::size_t>(byteOffset, std::size_t(m_length)));
    // First position whose byte offset is not before the given one: an offset inside a
    // multi-byte sequence lands on the character that contains it.
    auto it = std::lower_bound(m_byteAt.begin(), m_byteAt.end(), byteOffset);
    if (it == m_byteAt.end())
        return m_length;
    return int(it - m_byteAt.begin());
}

std::size_t OffsetMap::toByteOffset(int position) const
{
    position = std::clamp(position, 0, m_length);
    if (m_ascii)
        return std::size_t(position);
    return m_byteAt[std::size_t(position)];
}

} // namespace mfapolicy
