#include "rulesutil.h"

#include "wildcard.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mfapolicy {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string elementPointer(const std::string &pointer, std::size_t index)
{
    return pointer + '/' + std::to_string(index);
}

// Whitespace right before `offset`, back to the previous non-whitespace character.
std::string whitespaceBefore(const std::string &text, std::size_t offset)
{
    std::size_t begin = offset;
    while (begin > 0 && isSpace(text[begin - 1]))
        --begin;
    return text.substr(begin, offset - begin);
}

} // namespace

bool iequals(std::string_view a, std::string_view b)
{
    return detail::equalsIgnoreCase(a, b);
}

std::string toLower(std::string_view text)
{
    return detail::asciiLowered(text);
}

std::string jsonQuote(std::string_view text)
{
    return nlohmann::json(std::string(text)).dump();
}

std::string parentPointer(const std::string &pointer)
{
    const auto slash = pointer.rfind('/');
    return slash == std::string::npos ? std::string() : pointer.substr(0, slash);
}

std::string lineIndent(const std::string &text, std::size_t offset)
{
    std::size_t lineStart = text.rfind('\n', offset == 0 ? 0 : offset - 1);
    lineStart = lineStart == std::string::npos ? 0 : lineStart + 1;
    if (offset == 0)
        lineStart = 0;
    std::size_t end = lineStart;
    while (end < text.size() && (text[end] == ' ' || text[end] == '\t'))
        ++end;
    return text.substr(lineStart, end - lineStart);
}

bool isArray(const PolicySource &source, const std::string &pointer)
{
    const auto range = source.range(pointer);
    return range && range->begin < source.text().size() && source.text()[range->begin] == '[';
}

std::size_t arraySize(const PolicySource &source, const std::string &pointer)
{
    if (!isArray(source, pointer))
        return 0;
    // Elements 0..count-1 exist and no other does: search for the first missing index, so that
    // the cost grows with the logarithm of the size (the Statement array can be thousands long).
    const auto exists = [&](std::size_t index) { return source.range(elementPointer(pointer, index)).has_value(); };
    std::size_t high = 1;
    while (exists(high - 1))
        high *= 2;
    std::size_t low = high / 2; // the count is in [low, high - 1]
    while (low + 1 < high) {
        const std::size_t middle = low + (high - low) / 2;
        if (exists(middle - 1))
            low = middle;
        else
            high = middle;
    }
    return low;
}

DocumentStyle detectStyle(const PolicySource &source)
{
    DocumentStyle style;
    const std::string &text = source.text();
    if (text.find("\r\n") != std::string::npos)
        style.newline = "\r\n";

    // The smallest indentation in use is the unit; tabs win when any line starts with one.
    std::size_t smallest = 0;
    bool tabs = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::size_t ws = pos;
        while (ws < end && (text[ws] == ' ' || text[ws] == '\t'))
            ++ws;
        if (ws < end && text[ws] != '\r' && ws > pos) {
            if (text[pos] == '\t')
                tabs = true;
            else if (smallest == 0 || ws - pos < smallest)
                smallest = ws - pos;
        }
        pos = end + 1;
    }
    if (tabs)
        style.indentUnit = "\t";
    else if (smallest > 0)
        style.indentUnit = std::string(smallest, ' ');

    const auto statementRange = source.range("/Statement");
    style.multiline = statementRange && text.find('\n', statementRange->begin) < statementRange->end;

    if (const auto key = source.keyRange("/Version").value_or(source.keyRange("/Statement").value_or(SourceRange {}));
        key.end > key.begin) {
        const std::string pointer = source.keyRange("/Version") ? "/Version" : "/Statement";
        if (const auto value = source.range(pointer); value && value->begin >= key.end)
            style.colon = text.substr(key.end, value->begin - key.end);
    }

    // Arrays: the first array of a statement with two or more values tells how they are laid out.
    bool arrayFound = false;
    for (const Statement &statement : source.policy().statements) {
        for (const char *member : {"/Action", "/NotAction", "/Resource", "/NotResource"}) {
            const std::string pointer = statement.pointer + member;
            if (arraySize(source, pointer) < 2)
                continue;
            const auto first = source.range(elementPointer(pointer, 0));
            const auto second = source.range(elementPointer(pointer, 1));
            const std::string between = text.substr(first->end, second->begin - first->end);
            style.arraysOnePerLine = between.find('\n') != std::string::npos;
            if (!style.arraysOnePerLine)
                style.comma = between;
            arrayFound = true;
            break;
        }
        if (arrayFound)
            break;
    }
    if (!arrayFound)
        style.arraysOnePerLine = style.multiline;
    return style;
}

std::optional<TextEdit> removeArrayElement(const PolicySource &source, const std::string &pointer, std::size_t index)
{
    const std::size_t count = arraySize(source, pointer);
    if (count < 2 || index >= count)
        return std::nullopt;
    const auto element = source.range(elementPointer(pointer, index));
    if (index > 0) {
        const auto previous = source.range(elementPointer(pointer, index - 1));
        return TextEdit {previous->end, element->end, {}};
    }
    const auto next = source.range(elementPointer(pointer, 1));
    return TextEdit {element->begin, next->begin, {}};
}

std::vector<TextEdit> removeArrayElements(const PolicySource &source, const std::string &pointer,
                                          std::vector<std::size_t> indices)
{
    std::sort(indices.begin(), indices.end());
    indices.erase(std::unique(indices.begin(), indices.end()), indices.end());
    const std::size_t count = arraySize(source, pointer);
    if (indices.empty() || indices.size() >= count || indices.back() >= count)
        return {};
    // Each element takes the comma before it, except a run from the first element, which takes the
    // commas after it: removing elements 0 and 1 one by one would delete the comma between them twice.
    std::size_t leading = 0;
    while (leading < indices.size() && indices[leading] == leading)
        ++leading;
    std::vector<TextEdit> edits;
    if (leading > 0)
        edits.push_back({source.range(elementPointer(pointer, 0))->begin,
                         source.range(elementPointer(pointer, leading))->begin,
                         {}});
    for (std::size_t k = leading; k < indices.size(); ++k)
        edits.push_back({source.range(elementPointer(pointer, indices[k] - 1))->end,
                         source.range(elementPointer(pointer, indices[k]))->end,
                         {}});
    return edits;
}

std::optional<TextEdit> insertArrayElement(const PolicySource &source, const std::string &pointer, std::size_t after,
                                           const std::string &valueText, const DocumentStyle &style)
{
    const std::size_t count = arraySize(source, pointer);
    if (after >= count)
        return std::nullopt;
    const auto element = source.range(elementPointer(pointer, after));
    std::string separator = whitespaceBefore(source.text(), element->begin);
    if (count > 1) {
        // Reuse what the array puts after its commas: ", ", "," or a newline and indentation.
        const std::size_t left = after + 1 < count ? after : after - 1;
        const auto first = source.range(elementPointer(pointer, left));
        const auto second = source.range(elementPointer(pointer, left + 1));
        const std::string between = source.text().substr(first->end, second->begin - first->end);
        const auto comma = between.find(',');
        if (comma != std::string::npos)
            separator = between.substr(comma + 1);
    } else if (separator.empty()) {
        separator = style.comma.substr(1);
    }
    return TextEdit {element->end, element->end, "," + separator + valueText};
}

std::optional<TextEdit> wrapInArray(const PolicySource &source, const std::string &pointer,
                                    const std::vector<std::string> &moreValues, const DocumentStyle &style)
{
    const auto range = source.range(pointer);
    if (!range)
        return std::nullopt;
    const std::string original = source.text().substr(range->begin, range->end - range->begin);
    std::string out = "[";
    if (style.arraysOnePerLine && style.multiline) {
        const std::string indent = lineIndent(source.text(), range->begin);
        const std::string inner = style.newline + indent + style.indentUnit;
        out += inner + original;
        for (const std::string &value : moreValues)
            out += "," + inner + value;
        out += style.newline + indent + "]";
    } else {
        out += original;
        for (const std::string &value : moreValues)
            out += style.comma + value;
        out += "]";
    }
    return TextEdit {range->begin, range->end, out};
}

std::optional<TextEdit> replaceString(const PolicySource &source, const std::string &pointer,
                                      const std::string &newValue)
{
    const auto range = source.range(pointer);
    if (!range || range->end - range->begin < 2 || source.text()[range->begin] != '"')
        return std::nullopt;
    const std::string quoted = jsonQuote(newValue);
    return TextEdit {range->begin + 1, range->end - 1, quoted.substr(1, quoted.size() - 2)};
}

std::optional<TextEdit> replaceKey(const PolicySource &source, const std::string &pointer, const std::string &newKey)
{
    const auto range = source.keyRange(pointer);
    if (!range || range->end - range->begin < 2 || source.text()[range->begin] != '"')
        return std::nullopt;
    const std::string quoted = jsonQuote(newKey);
    return TextEdit {range->begin + 1, range->end - 1, quoted.substr(1, quoted.size() - 2)};
}

std::optional<SourceRange> stringPartRange(const PolicySource &source, const std::string &pointer, std::size_t offset,
                                           std::size_t length)
{
    const auto range = source.range(pointer);
    if (!range)
        return std::nullopt;
    const std::string &text = source.text();
    if (range->end - range->begin >= 2 && text[range->begin] == '"'
        && text.find('\\', range->begin) >= range->end - 1) {
        const std::size_t begin = std::min(range->begin + 1 + offset, range->end - 1);
        const std::size_t end = std::min(begin + length, range->end - 1);
        return source.rangeAt(begin, end);
    }
    return range;
}

Request makeRequest(const SimulationIdentity &identity, AuthState state, std::string action, std::string resource)
{
    Request request;
    request.principal = identity.userArn();
    request.action = std::move(action);
    request.resource = std::move(resource);
    request.context = contextFor(identity, state);
    return request;
}

bool statementApplies(const Policy &policy, const Statement &statement, const Request &request)
{
    Policy single;
    single.name = policy.name;
    single.version = policy.version;
    single.statements.push_back(statement);
    const Evaluation evaluation = evaluate(single, request);
    return !evaluation.trace.empty() && evaluation.trace.front().applies;
}

} // namespace mfapolicy
