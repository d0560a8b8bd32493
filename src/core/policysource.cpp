// Diagnostics of PolicySource. Rule ids are stable; `args` are listed in order. Expected/found
// "characters" are rendered by describeCharacter(): printable ASCII as itself, "U+XXXX" for other
// characters, "0xNN" for a byte that is not UTF-8, "" for the end of the text.
//
// Syntax (JSON). Every one except JSON_DUPLICATE_KEY makes isValidJson() false.
//   JSON_SYNTAX_ERROR      error  [expected, found]. Ends the reading unless noted. `expected` is one of
//                                 value, member-or-object-end, member-name, colon, comma-or-object-end,
//                                 value-or-array-end, comma-or-array-end, digit, string-end, comment-end,
//                                 end-of-input; and, reading on afterwards: escape (unknown \x escape),
//                                 hex-digit (\u needs four), surrogate-pair (lone \uD800-\uDFFF),
//                                 string-character (raw control character in a string);
//                                 document-size (text over 4 GB or out of memory: nothing is read).
//   INTERNAL_ERROR         error  [message]. Reading failed for a reason that is neither the input's
//                                 syntax nor its size (a defect of this program): nothing is read.
//   JSON_COMMENT           error  [kind]: "line" (// ...) or "block" (/* ... */). Skipped.
//   JSON_TRAILING_COMMA    error  []. Range is the comma. Skipped.
//   JSON_DUPLICATE_KEY     error  [name, line, column of the first occurrence]. The first value is kept.
//   JSON_NESTING_TOO_DEEP  error  [maximum depth]. The container is skipped (value null).
//   UNSUPPORTED_CHARACTER  error  [first character, number of characters]. One per run of characters
//                                 IAM does not accept (only TAB, LF, CR, U+0020-U+00FF are).
// Structure (identity policy).
//   MISSING_VERSION        warning []. On the document's opening brace.
//   INVALID_VERSION        error  [version]
//   MISSING_STATEMENT      error  []. On the document's opening brace.
//   INVALID_STATEMENT_TYPE error  [found type]: Statement (or one of its items) is not an object.
//   MISSING_EFFECT         error  []. On the statement's opening brace; likewise the next two.
//   MISSING_ACTION         error  []
//   MISSING_RESOURCE       error  []
//   INVALID_EFFECT         error  [effect as written]
//   ACTION_AND_NOTACTION   error  [first element, second element]. On the second one's name.
//   RESOURCE_AND_NOTRESOURCE error [first element, second element]. On the second one's name.
//   INVALID_ELEMENT_TYPE   error  [element, expected, found]. `element` is the member name ("Policy"
//                                 for the document, the condition key for condition values),
//                                 `expected` one of object, string, string-or-array, `found` one of
//                                 object, array, string, number, boolean, null.
//   EMPTY_ARRAY            error  [element]. Statement, Action, NotAction, Resource, NotResource
//                                 (IAM rejects the policy), or a condition key's values.
//   UNSUPPORTED_PRINCIPAL  error  [Principal | NotPrincipal]. On the member name.
//   UNSUPPORTED_ID         error  [Id]. On the member name.
//   INVALID_POLICY_ELEMENT error  [name, "policy" | "statement", suggested name or ""]. On the name.
// MISSING_* diagnostics are left out for an object that a syntax error cut short. A statement that
// cannot be evaluated (no or invalid Effect, Action or Resource problems, bad Condition) has
// usable == false; Principal, Id, unknown elements and a bad Sid leave it usable.

#include "policysource.h"

#include "jsonpolicybuilder.h"
#include "jsontext.h"

#include <algorithm>
#include <exception>
#include <limits>
#include <new>
#include <stdexcept>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;
using Members = std::vector<std::pair<const std::string, Json>>;

// A binary file can hold a run of unsupported characters every few bytes.
constexpr std::size_t maxUnsupportedCharacterFindings = 100;

Finding documentError(const char *expected)
{
    Finding finding;
    finding.ruleId = "JSON_SYNTAX_ERROR";
    finding.args = {expected, {}};
    return finding;
}

/// The document-wide diagnostic that replaces everything read when reading throws.
Finding failureDiagnostic()
{
    try {
        throw;
    } catch (const std::bad_alloc &) {
        return documentError("document-size");
    } catch (const std::length_error &) {
        return documentError("document-size");
    } catch (const std::exception &e) {
        Finding finding;
        finding.ruleId = "INTERNAL_ERROR";
        finding.args = {e.what()};
        return finding;
    } catch (...) {
        Finding finding;
        finding.ruleId = "INTERNAL_ERROR";
        finding.args = {{}};
        return finding;
    }
}

void sortByPosition(std::vector<Finding> &findings)
{
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.range.begin < b.range.begin; });
}

} // namespace

PolicySource PolicySource::parse(std::string text, std::string name)
{
    PolicySource source;
    source.m_text = std::move(text);
    source.m_name = std::move(name);
    source.m_policy.name = source.m_name;
    try {
        source.m_lineStarts = buildLineStarts(source.m_text);
        if (source.m_text.size() >= std::numeric_limits<std::uint32_t>::max()) {
            // Node offsets are 32-bit; a 4 GB policy is not a policy.
            source.m_diagnostics.push_back(documentError("document-size"));
            return source;
        }
        JsonReadResult read = JsonReader::read(source.m_text, source.m_lineStarts, maxDepth);
        source.m_json = std::move(read.value);
        source.m_nodes = std::move(read.nodes);
        source.m_children = std::move(read.children);
        source.m_validJson = read.valid;
        source.m_diagnostics = std::move(read.diagnostics);
        for (Finding &finding : source.m_diagnostics) {
            finding.pointer = source.pointerAt(finding.range.begin);
        }
        std::vector<Finding> characters
            = findUnsupportedCharacters(source.m_text, source.m_lineStarts, maxUnsupportedCharacterFindings);
        for (Finding &finding : characters) {
            finding.pointer = source.pointerAt(finding.range.begin);
            source.m_diagnostics.push_back(std::move(finding));
        }
        // Nothing read at all (empty text, garbage): the syntax error says everything.
        if (!source.m_nodes.empty()) {
            JsonPolicyBuilder builder(source.m_json, source.m_text, source.m_nodes, source.m_children,
                                      source.m_lineStarts);
            builder.build(source.m_policy, source.m_diagnostics);
        }
        sortByPosition(source.m_diagnostics);
    } catch (...) {
        // Report it rather than take the application down: out of memory as the document's size,
        // anything else as what it is.
        source.m_json = Json();
        source.m_nodes.clear();
        source.m_children.clear();
        source.m_policy = Policy {source.m_name, {}, {}};
        source.m_validJson = false;
        source.m_diagnostics.clear();
        source.m_diagnostics.push_back(detail::parserFailureDiagnostic(std::current_exception()));
    }
    return source;
}

PolicySource PolicySource::fromJson(const Json &value, std::string name)
{
    PolicySource source;
    source.m_name = std::move(name);
    source.m_policy.name = source.m_name;
    source.m_json = value;
    source.m_validJson = true;
    source.m_lineStarts = buildLineStarts({});
    try {
        JsonPolicyBuilder builder(source.m_json, {}, source.m_nodes, source.m_children, source.m_lineStarts);
        builder.build(source.m_policy, source.m_diagnostics);
    } catch (...) {
        source.m_policy = Policy {source.m_name, {}, {}};
        source.m_diagnostics.push_back(detail::parserFailureDiagnostic(std::current_exception()));
    }
    return source;
}

std::int32_t PolicySource::findNode(const std::string &pointer) const
{
    if (m_nodes.empty()) {
        return -1;
    }
    if (pointer.empty()) {
        return 0;
    }
    if (pointer.front() != '/') {
        return -1;
    }
    std::int32_t node = 0;
    const Json *value = &m_json;
    std::size_t pos = 1;
    for (;;) {
        std::size_t slash = pointer.find('/', pos);
        if (slash == std::string::npos) {
            slash = pointer.size();
        }
        std::string token;
        for (std::size_t i = pos; i < slash; ++i) {
            if (pointer[i] == '~' && i + 1 < slash && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
                token += pointer[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                token += pointer[i];
            }
        }
        std::size_t index = std::numeric_limits<std::size_t>::max();
        if (value->is_array()) {
            const bool digits = !token.empty() && token.size() < 10
                && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })
                && (token.size() == 1 || token.front() != '0');
            if (digits) {
                index = std::stoul(token);
            }
            if (index >= value->size()) {
                return -1;
            }
            value = &(*value)[index];
        } else if (value->is_object()) {
            const auto &members = static_cast<const Members &>(value->get_ref<const Json::object_t &>());
            for (std::size_t i = 0; i < members.size(); ++i) {
                if (members[i].first == token) {
                    index = i;
                    break;
                }
            }
            if (index >= members.size()) {
                return -1;
            }
            value = &members[index].second;
        } else {
            return -1;
        }
        const JsonNode &n = m_nodes[static_cast<std::size_t>(node)];
        if (index >= n.childCount) {
            return -1;
        }
        node = static_cast<std::int32_t>(m_children[n.firstChild + index]);
        if (slash == pointer.size()) {
            return node;
        }
        pos = slash + 1;
    }
}

std::string PolicySource::pointerOf(std::int32_t node) const
{
    std::vector<std::uint32_t> path; // indexInParent from the node up to the root's child
    for (std::int32_t n = node; n > 0; n = m_nodes[static_cast<std::size_t>(n)].parent) {
        path.push_back(m_nodes[static_cast<std::size_t>(n)].indexInParent);
    }
    std::string pointer;
    const Json *value = &m_json;
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        pointer += '/';
        if (value->is_array()) {
            pointer += std::to_string(*it);
            value = &(*value)[*it];
        } else {
            const auto &member = static_cast<const Members &>(value->get_ref<const Json::object_t &>())[*it];
            pointer += jsonPointerEscape(member.first);
            value = &member.second;
        }
    }
    return pointer;
}

std::optional<SourceRange> PolicySource::range(const std::string &pointer) const
{
    const std::int32_t node = findNode(pointer);
    if (node < 0) {
        return std::nullopt;
    }
    const JsonNode &n = m_nodes[static_cast<std::size_t>(node)];
    return rangeAt(n.begin, n.end);
}

std::optional<SourceRange> PolicySource::keyRange(const std::string &pointer) const
{
    const std::int32_t node = findNode(pointer);
    if (node < 0 || !m_nodes[static_cast<std::size_t>(node)].hasKey()) {
        return std::nullopt;
    }
    const JsonNode &n = m_nodes[static_cast<std::size_t>(node)];
    return rangeAt(n.keyBegin, n.keyEnd);
}

SourceRange PolicySource::rangeAt(std::size_t begin, std::size_t end) const
{
    return rangeFromOffsets(m_lineStarts, m_text.size(), begin, end);
}

std::string PolicySource::pointerAt(std::size_t offset) const
{
    // Nodes are in document order, so the last one starting at or before the offset is either the
    // innermost value containing it or a descendant of a value that does; walk up to the first
    // one that contains it.
    const auto it = std::upper_bound(m_nodes.begin(), m_nodes.end(), offset,
                                     [](std::size_t value, const JsonNode &node) { return value < node.spanBegin(); });
    if (it == m_nodes.begin()) {
        return {};
    }
    auto node = static_cast<std::int32_t>(it - m_nodes.begin()) - 1;
    while (node >= 0) {
        const JsonNode &n = m_nodes[static_cast<std::size_t>(node)];
        if (offset >= n.spanBegin() && offset < n.end) {
            return pointerOf(node);
        }
        node = n.parent;
    }
    return {};
}

namespace detail {

Finding parserFailureDiagnostic(std::exception_ptr failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (...) {
        return failureDiagnostic();
    }
}

} // namespace detail

std::string jsonPointerEscape(const std::string &token)
{
    std::string out;
    out.reserve(token.size());
    for (const char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace mfapolicy
