#include "jsontext.h"

#include <algorithm>
#include <cstdio>

namespace mfapolicy {

std::vector<std::size_t> buildLineStarts(std::string_view text)
{
    std::vector<std::size_t> starts;
    starts.reserve(text.size() / 32 + 1);
    starts.push_back(0);
    const std::size_t size = text.size();
    for (std::size_t i = 0; i < size; ++i) {
        const char c = text[i];
        if (c == '\n') {
            starts.push_back(i + 1);
        } else if (c == '\r' && (i + 1 >= size || text[i + 1] != '\n')) {
            starts.push_back(i + 1);
        }
    }
    return starts;
}

namespace {

void lineAndColumn(const std::vector<std::size_t> &lineStarts, std::size_t offset, int &line, int &column)
{
    // The last line start at or before the offset.
    const auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    const auto index = static_cast<std::size_t>(it - lineStarts.begin()) - 1;
    line = static_cast<int>(index + 1);
    column = static_cast<int>(offset - lineStarts[index] + 1);
}

} // namespace

SourceRange rangeFromOffsets(const std::vector<std::size_t> &lineStarts, std::size_t textSize, std::size_t begin,
                             std::size_t end)
{
    SourceRange range;
    range.begin = std::min(begin, textSize);
    range.end = std::clamp(end, range.begin, textSize);
    if (lineStarts.empty()) {
        return range;
    }
    lineAndColumn(lineStarts, range.begin, range.line, range.column);
    lineAndColumn(lineStarts, range.end, range.endLine, range.endColumn);
    return range;
}

std::size_t decodeUtf8(std::string_view text, std::size_t pos, char32_t &codePoint)
{
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const std::size_t size = text.size();
    if (pos >= size) {
        return 0;
    }
    const unsigned char lead = byte(pos);
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (pos + length > size) {
        return 0;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const unsigned char c = byte(pos + i);
        if ((c & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    codePoint = cp;
    return length;
}

std::string describeCharacter(std::string_view text, std::size_t pos)
{
    if (pos >= text.size()) {
        return {};
    }
    char buffer[16];
    char32_t cp = 0;
    if (decodeUtf8(text, pos, cp) == 0) {
        std::snprintf(buffer, sizeof buffer, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[pos])));
        return buffer;
    }
    if (cp > 0x20 && cp < 0x7F) {
        return std::string(1, static_cast<char>(cp));
    }
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

namespace {

bool isAccepted(char32_t cp)
{
    return cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0xFF);
}

} // namespace

std::vector<Finding> findUnsupportedCharacters(std::string_view text, const std::vector<std::size_t> &lineStarts,
                                               std::size_t limit)
{
    std::vector<Finding> findings;
    const std::size_t size = text.size();
    std::size_t pos = 0;
    while (pos < size && findings.size() < limit) {
        const auto c = static_cast<unsigned char>(text[pos]);
        // Fast path: printable ASCII and the three accepted control characters.
        if ((c >= 0x20 && c < 0x80) || c == '\n' || c == '\r' || c == '\t') {
            ++pos;
            continue;
        }
        char32_t cp = 0;
        std::size_t length = decodeUtf8(text, pos, cp);
        if (length != 0 && isAccepted(cp)) {
            pos += length;
            continue;
        }
        const std::size_t begin = pos;
        std::size_t count = 0;
        while (pos < size) {
            length = decodeUtf8(text, pos, cp);
            if (length != 0 && isAccepted(cp)) {
                break;
            }
            pos += length == 0 ? 1 : length;
            ++count;
        }
        Finding finding;
        finding.ruleId = "UNSUPPORTED_CHARACTER";
        finding.severity = Severity::Error;
        finding.range = rangeFromOffsets(lineStarts, size, begin, pos);
        finding.args = {describeCharacter(text, begin), std::to_string(count)};
        findings.push_back(std::move(finding));
    }
    return findings;
}

} // namespace mfapolicy
