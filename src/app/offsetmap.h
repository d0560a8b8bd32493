#pragma once

#include <QString>

#include <cstddef>
#include <vector>

namespace mfapolicy {

/// Converts between byte offsets into the UTF-8 form of a text (what the core reports) and
/// UTF-16 positions in a QTextDocument. Identity for ASCII text, which policies nearly always are.
class OffsetMap final
{
public:
    OffsetMap() = default;
    explicit OffsetMap(const QString &text);

    int toPosition(std::size_t byteOffset) const;
    std::size_t toByteOffset(int position) const;

private:
    bool m_ascii = true;
    int m_length = 0;
    std::vector<std::size_t> m_byteAt; ///< byte offset of each UTF-16 position (+ one past the end)
};

} // namespace mfapolicy
