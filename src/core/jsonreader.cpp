#include "jsonreader.h"

#include "jsontext.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>
#include <unordered_set>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;
using Members = std::vector<std::pair<const std::string, Json>>;

// Errors that do not stop the reading (comments, trailing commas, bad escapes, ...) are capped so
// that a binary file or a generated monster cannot produce millions of diagnostics.
constexpr std::size_t maxRecoverableDiagnostics = 200;
// Objects with more members than this look duplicates up in a hash set instead of a linear scan.
constexpr std::size_t linearDuplicateScan = 16;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

constexpr char32_t replacementCharacter = 0xFFFD;

class Reader
{
public:
    Reader(std::string_view text, const std::vector<std::size_t> &lineStarts, int maxDepth, JsonReadResult &out)
        : m_text(text), m_lineStarts(lineStarts), m_maxDepth(maxDepth), m_out(out)
    { }

    void run()
    {
        // A byte order mark is not JSON, but pasted Windows files carry one; the character check
        // reports it, the reader steps over it so the rest is still understood.
        if (m_text.substr(0, 3) == "\xEF\xBB\xBF") {
            m_pos = 3;
        }
        bool ok = false;
        m_out.value = parseValue(-1, 0, 0, 0, true, ok);
        if (m_stopped) {
            return;
        }
        skipSpace();
        if (!m_stopped && m_pos < m_text.size()) {
            syntaxError(m_pos, "end-of-input");
        }
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char current() const { return m_text[m_pos]; }

    /// `recoverable` diagnostics count against the cap; `strict` ones make the text invalid JSON.
    void report(const char *ruleId, std::size_t begin, std::size_t end, std::vector<std::string> args, bool recoverable,
                bool strict = true)
    {
        if (strict) {
            m_out.valid = false;
        }
        if (recoverable && m_recoverable >= maxRecoverableDiagnostics) {
            return;
        }
        if (recoverable) {
            ++m_recoverable;
        }
        Finding finding;
        finding.ruleId = ruleId;
        finding.severity = Severity::Error;
        finding.range = rangeFromOffsets(m_lineStarts, m_text.size(), begin, end);
        finding.args = std::move(args);
        m_out.diagnostics.push_back(std::move(finding));
    }

    std::size_t characterEnd(std::size_t pos) const
    {
        if (pos >= m_text.size()) {
            return pos;
        }
        char32_t cp = 0;
        const std::size_t length = decodeUtf8(m_text, pos, cp);
        return pos + (length == 0 ? 1 : length);
    }

    /// A syntax error that ends the reading: args are what was expected and what was found.
    void syntaxError(std::size_t pos, const char *expected)
    {
        report("JSON_SYNTAX_ERROR", pos, characterEnd(pos), {expected, describeCharacter(m_text, pos)}, false);
        m_stopped = true;
    }

    void recoverableSyntaxError(std::size_t begin, std::size_t end, const char *expected)
    {
        report("JSON_SYNTAX_ERROR", begin, end, {expected, describeCharacter(m_text, begin)}, true);
    }

    void skipSpace()
    {
        const std::size_t size = m_text.size();
        while (m_pos < size) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                ++m_pos;
                continue;
            }
            if (c != '/' || m_pos + 1 >= size) {
                return;
            }
            const std::size_t begin = m_pos;
            if (m_text[m_pos + 1] == '/') {
                std::size_t end = m_text.find_first_of("\r\n", m_pos + 2);
                if (end == std::string_view::npos) {
                    end = size;
                }
                report("JSON_COMMENT", begin, end, {"line"}, true);
                m_pos = end;
            } else if (m_text[m_pos + 1] == '*') {
                const std::size_t close = m_text.find("*/", m_pos + 2);
                if (close == std::string_view::npos) {
                    report("JSON_COMMENT", begin, size, {"block"}, true);
                    m_pos = size;
                    syntaxError(size, "comment-end");
                    return;
                }
                report("JSON_COMMENT", begin, close + 2, {"block"}, true);
                m_pos = close + 2;
            } else {
                return;
            }
        }
    }

    std::int32_t addNode(std::size_t begin, std::int32_t parent, std::uint32_t index, std::size_t keyBegin,
                         std::size_t keyEnd)
    {
        JsonNode node;
        node.begin = static_cast<std::uint32_t>(begin);
        node.end = node.begin;
        node.keyBegin = static_cast<std::uint32_t>(keyBegin);
        node.keyEnd = static_cast<std::uint32_t>(keyEnd);
        node.parent = parent;
        node.indexInParent = index;
        m_out.nodes.push_back(node);
        const auto id = static_cast<std::int32_t>(m_out.nodes.size() - 1);
        m_pending.push_back(static_cast<std::uint32_t>(id));
        return id;
    }

    /// Reads one value. `ok` is false when no value could be read (the reading has stopped then).
    /// Nodes are recorded only when `record` is set (not for the values of duplicate members).
    Json parseValue(std::int32_t parent, std::uint32_t index, std::size_t keyBegin, std::size_t keyEnd, bool record,
                    bool &ok)
    {
        ok = false;
        skipSpace();
        if (m_stopped) {
            return {};
        }
        if (atEnd()) {
            syntaxError(m_pos, "value");
            return {};
        }
        const std::size_t begin = m_pos;
        const char c = current();
        if (c == '{' || c == '[') {
            ok = true;
            const std::int32_t node = record ? addNode(begin, parent, index, keyBegin, keyEnd) : -1;
            if (m_depth >= m_maxDepth) {
                report("JSON_NESTING_TOO_DEEP", begin, begin + 1, {std::to_string(m_maxDepth)}, false);
                const bool closed = skipNested();
                if (node >= 0) {
                    m_out.nodes[static_cast<std::size_t>(node)].end = static_cast<std::uint32_t>(m_pos);
                    m_out.nodes[static_cast<std::size_t>(node)].complete = closed;
                }
                return {};
            }
            ++m_depth;
            Json value = c == '{' ? parseObject(node, record) : parseArray(node, record);
            --m_depth;
            return value;
        }
        Json value;
        if (c == '"') {
            std::string text;
            if (!parseString(text)) {
                return {};
            }
            value = std::move(text);
        } else if (c == '-' || isDigit(c)) {
            if (!parseNumber(value)) {
                return {};
            }
        } else if (m_text.compare(m_pos, 4, "true") == 0) {
            value = true;
            m_pos += 4;
        } else if (m_text.compare(m_pos, 5, "false") == 0) {
            value = false;
            m_pos += 5;
        } else if (m_text.compare(m_pos, 4, "null") == 0) {
            m_pos += 4;
        } else {
            syntaxError(m_pos, "value");
            return {};
        }
        ok = true;
        if (record) {
            const std::int32_t node = addNode(begin, parent, index, keyBegin, keyEnd);
            m_out.nodes[static_cast<std::size_t>(node)].end = static_cast<std::uint32_t>(m_pos);
        }
        return value;
    }

    /// Steps over a container nested too deeply, without recursion. Returns whether it was closed.
    bool skipNested()
    {
        std::size_t depth = 0;
        const std::size_t size = m_text.size();
        while (m_pos < size) {
            const char c = m_text[m_pos++];
            if (c == '"') {
                while (m_pos < size && m_text[m_pos] != '"') {
                    m_pos += m_text[m_pos] == '\\' ? 2 : 1;
                }
                m_pos = std::min(m_pos + 1, size);
            } else if (c == '[' || c == '{') {
                ++depth;
            } else if ((c == ']' || c == '}') && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    void finishContainer(std::int32_t node, std::size_t pendingStart, bool complete)
    {
        if (node < 0) {
            return;
        }
        JsonNode &n = m_out.nodes[static_cast<std::size_t>(node)];
        n.end = static_cast<std::uint32_t>(m_pos);
        n.complete = complete;
        n.firstChild = static_cast<std::uint32_t>(m_out.children.size());
        n.childCount = static_cast<std::uint32_t>(m_pending.size() - pendingStart);
        m_out.children.insert(m_out.children.end(), m_pending.begin() + static_cast<std::ptrdiff_t>(pendingStart),
                              m_pending.end());
        m_pending.resize(pendingStart);
    }

    Json parseObject(std::int32_t node, bool record)
    {
        const std::size_t pendingStart = m_pending.size();
        Json object = Json::object();
        // The ordered map's own insert scans every member; add members directly and look duplicates
        // up here, so that objects with many members stay linear.
        auto &members = static_cast<Members &>(object.get_ref<Json::object_t &>());
        std::unordered_set<std::string> names;
        std::vector<std::size_t> memberKeyBegins;
        ++m_pos; // '{'
        std::size_t comma = std::string_view::npos;
        bool complete = false;
        bool first = true;
        for (;;) {
            skipSpace();
            if (m_stopped) {
                break;
            }
            if (!atEnd() && current() == '}') {
                if (comma != std::string_view::npos) {
                    report("JSON_TRAILING_COMMA", comma, comma + 1, {}, true);
                }
                ++m_pos;
                complete = true;
                break;
            }
            if (!first && comma == std::string_view::npos) {
                syntaxError(m_pos, "comma-or-object-end");
                break;
            }
            if (atEnd() || current() != '"') {
                syntaxError(m_pos, first ? "member-or-object-end" : "member-name");
                break;
            }
            const std::size_t keyBegin = m_pos;
            std::string key;
            if (!parseString(key)) {
                break;
            }
            const std::size_t keyEnd = m_pos;
            skipSpace();
            if (m_stopped) {
                break;
            }
            if (atEnd() || current() != ':') {
                syntaxError(m_pos, "colon");
                break;
            }
            ++m_pos;
            std::size_t firstIndex = members.size();
            if (members.size() <= linearDuplicateScan) {
                for (std::size_t i = 0; i < members.size(); ++i) {
                    if (members[i].first == key) {
                        firstIndex = i;
                        break;
                    }
                }
                if (members.size() == linearDuplicateScan) {
                    for (const auto &member : members) {
                        names.insert(member.first);
                    }
                }
            } else if (names.count(key) != 0) {
                for (std::size_t i = 0; i < members.size(); ++i) {
                    if (members[i].first == key) {
                        firstIndex = i;
                        break;
                    }
                }
            }
            const bool duplicate = firstIndex < members.size();
            if (duplicate) {
                const SourceRange firstRange
                    = rangeFromOffsets(m_lineStarts, m_text.size(), memberKeyBegins[firstIndex], keyEnd);
                // Duplicate names are valid JSON grammar, so the text stays valid JSON; IAM rejects them.
                report("JSON_DUPLICATE_KEY", keyBegin, keyEnd,
                       {key, std::to_string(firstRange.line), std::to_string(firstRange.column)}, true, false);
            }
            bool ok = false;
            Json value = parseValue(node, static_cast<std::uint32_t>(members.size()), keyBegin, keyEnd,
                                    record && !duplicate, ok);
            if (ok && !duplicate) {
                if (members.size() >= linearDuplicateScan) {
                    names.insert(key);
                }
                members.emplace_back(std::move(key), std::move(value));
                memberKeyBegins.push_back(keyBegin);
            }
            if (m_stopped) {
                break;
            }
            first = false;
            comma = std::string_view::npos;
            skipSpace();
            if (m_stopped) {
                break;
            }
            if (!atEnd() && current() == ',') {
                comma = m_pos++;
            }
        }
        finishContainer(node, pendingStart, complete);
        return object;
    }

    Json parseArray(std::int32_t node, bool record)
    {
        const std::size_t pendingStart = m_pending.size();
        Json array = Json::array();
        auto &elements = array.get_ref<Json::array_t &>();
        ++m_pos; // '['
        std::size_t comma = std::string_view::npos;
        bool complete = false;
        bool first = true;
        for (;;) {
            skipSpace();
            if (m_stopped) {
                break;
            }
            if (!atEnd() && current() == ']') {
                if (comma != std::string_view::npos) {
                    report("JSON_TRAILING_COMMA", comma, comma + 1, {}, true);
                }
                ++m_pos;
                complete = true;
                break;
            }
            if (!first && comma == std::string_view::npos) {
                syntaxError(m_pos, "comma-or-array-end");
                break;
            }
            if (atEnd()) {
                syntaxError(m_pos, first ? "value-or-array-end" : "value");
                break;
            }
            bool ok = false;
            Json value = parseValue(node, static_cast<std::uint32_t>(elements.size()), 0, 0, record, ok);
            if (ok) {
                elements.push_back(std::move(value));
            }
            if (m_stopped) {
                break;
            }
            first = false;
            comma = std::string_view::npos;
            skipSpace();
            if (m_stopped) {
                break;
            }
            if (!atEnd() && current() == ',') {
                comma = m_pos++;
            }
        }
        finishContainer(node, pendingStart, complete);
        return array;
    }

    /// Four hex digits at `pos`, or -1 (the position of the first bad one is left in `bad`).
    int readHex4(std::size_t pos, std::size_t &bad) const
    {
        int value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const int digit = pos + i < m_text.size() ? hexValue(m_text[pos + i]) : -1;
            if (digit < 0) {
                bad = pos + i;
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /// Handles the escape whose backslash is at m_pos. Returns false when the string ends there.
    bool parseEscape(std::string &out)
    {
        const std::size_t backslash = m_pos;
        if (m_pos + 1 >= m_text.size()) {
            m_pos = m_text.size();
            syntaxError(m_pos, "string-end");
            return false;
        }
        const char c = m_text[m_pos + 1];
        m_pos += 2;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u':
            break;
        case '\n':
        case '\r':
            m_pos = backslash + 1;
            syntaxError(m_pos, "string-end");
            return false;
        default:
            // Keep the character as written so the rest of the string still reads as intended.
            recoverableSyntaxError(backslash + 1, characterEnd(backslash + 1), "escape");
            m_pos = backslash + 1;
            return true;
        }
        std::size_t bad = 0;
        const int unit = readHex4(m_pos, bad);
        if (unit < 0) {
            recoverableSyntaxError(bad, characterEnd(bad), "hex-digit");
            m_pos = bad;
            return true;
        }
        m_pos += 4;
        char32_t cp = static_cast<char32_t>(unit);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            int low = -1;
            if (m_text.compare(m_pos, 2, "\\u") == 0) {
                low = readHex4(m_pos + 2, bad);
            }
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
                m_pos += 6;
            } else {
                recoverableSyntaxError(backslash, m_pos, "surrogate-pair");
                cp = replacementCharacter;
            }
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            recoverableSyntaxError(backslash, m_pos, "surrogate-pair");
            cp = replacementCharacter;
        }
        appendUtf8(out, cp);
        return true;
    }

    /// Reads the string starting at the quote at m_pos. Returns false when it is not terminated.
    bool parseString(std::string &out)
    {
        ++m_pos; // opening quote
        const std::size_t size = m_text.size();
        for (;;) {
            const std::size_t runBegin = m_pos;
            while (m_pos < size) {
                const auto c = static_cast<unsigned char>(m_text[m_pos]);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) {
                    break;
                }
                ++m_pos;
            }
            out.append(m_text, runBegin, m_pos - runBegin);
            if (m_pos >= size) {
                syntaxError(m_pos, "string-end");
                return false;
            }
            const auto c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                ++m_pos;
                return true;
            }
            if (c == '\\') {
                if (!parseEscape(out)) {
                    return false;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                // Almost always a missing closing quote: reading on would swallow the next lines.
                syntaxError(m_pos, "string-end");
                return false;
            }
            if (c < 0x20) {
                recoverableSyntaxError(m_pos, m_pos + 1, "string-character");
                out += static_cast<char>(c);
                ++m_pos;
                continue;
            }
            char32_t cp = 0;
            const std::size_t length = decodeUtf8(m_text, m_pos, cp);
            if (length == 0) {
                // Not UTF-8: the character check reports it; the value gets U+FFFD so that it can
                // still be serialised.
                m_out.valid = false;
                appendUtf8(out, replacementCharacter);
                ++m_pos;
            } else {
                out.append(m_text, m_pos, length);
                m_pos += length;
            }
        }
    }

    bool parseNumber(Json &value)
    {
        const std::size_t begin = m_pos;
        const std::size_t size = m_text.size();
        bool integral = true;
        if (m_text[m_pos] == '-') {
            ++m_pos;
        }
        if (m_pos >= size || !isDigit(m_text[m_pos])) {
            syntaxError(m_pos, "digit");
            return false;
        }
        if (m_text[m_pos] == '0') {
            ++m_pos;
        } else {
            while (m_pos < size && isDigit(m_text[m_pos])) {
                ++m_pos;
            }
        }
        if (m_pos < size && m_text[m_pos] == '.') {
            integral = false;
            ++m_pos;
            if (m_pos >= size || !isDigit(m_text[m_pos])) {
                syntaxError(m_pos, "digit");
                return false;
            }
            while (m_pos < size && isDigit(m_text[m_pos])) {
                ++m_pos;
            }
        }
        if (m_pos < size && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            integral = false;
            ++m_pos;
            if (m_pos < size && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) {
                ++m_pos;
            }
            if (m_pos >= size || !isDigit(m_text[m_pos])) {
                syntaxError(m_pos, "digit");
                return false;
            }
            while (m_pos < size && isDigit(m_text[m_pos])) {
                ++m_pos;
            }
        }
        const char *first = m_text.data() + begin;
        const char *last = m_text.data() + m_pos;
        if (integral) {
            if (*first == '-') {
                std::int64_t number = 0;
                if (std::from_chars(first, last, number).ec == std::errc()) {
                    value = number;
                    return true;
                }
            } else {
                std::uint64_t number = 0;
                if (std::from_chars(first, last, number).ec == std::errc()) {
                    value = number;
                    return true;
                }
            }
        }
        // from_chars is locale-independent, unlike strtod under a German or French locale.
        double number = 0;
        const auto result = std::from_chars(first, last, number);
        if (result.ec == std::errc::result_out_of_range) {
            number = (*first == '-' ? -1 : 1) * std::numeric_limits<double>::infinity();
        }
        value = number;
        return true;
    }

    std::string_view m_text;
    const std::vector<std::size_t> &m_lineStarts;
    int m_maxDepth;
    JsonReadResult &m_out;
    std::size_t m_pos = 0;
    int m_depth = 0;
    bool m_stopped = false;
    std::size_t m_recoverable = 0;
    std::vector<std::uint32_t> m_pending; // child nodes of the containers being read
};

} // namespace

JsonReadResult JsonReader::read(std::string_view text, const std::vector<std::size_t> &lineStarts, int maxDepth)
{
    JsonReadResult result;
    // Policies hold roughly one value per 16-20 bytes; growing the vectors as we go costs more than
    // the slight over-reservation.
    result.nodes.reserve(text.size() / 16 + 16);
    result.children.reserve(text.size() / 16 + 16);
    Reader reader(text, lineStarts, maxDepth, result);
    reader.run();
    return result;
}

} // namespace mfapolicy
