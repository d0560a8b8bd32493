#pragma once

#include "finding.h"
#include "jsonreader.h"
#include "policy.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace mfapolicy {

/// Policy text parsed once: the JSON value (key order kept), a source map from JSON pointer to
/// byte range, the policy model, and syntax/structure diagnostics at exact positions.
///
/// The parser is tolerant: comments and trailing commas are reported (IAM rejects them) and
/// skipped; after other syntax errors, what was read before the error is still modelled.
/// Never throws on any input; nesting deeper than `maxDepth` is reported, not recursed into.
class PolicySource final
{
public:
    static constexpr int maxDepth = 256;

    PolicySource() = default;
    static PolicySource parse(std::string text, std::string name = {});
    /// A policy given as an already parsed value (e.g. from a `simulate` request line).
    static PolicySource fromJson(const nlohmann::ordered_json &value, std::string name = {});

    const std::string &text() const { return m_text; }
    const std::string &name() const { return m_name; }
    const nlohmann::ordered_json &json() const { return m_json; }
    const Policy &policy() const { return m_policy; }

    /// Syntax and structural problems (rule ids as in findings, severity Error or Warning).
    const std::vector<Finding> &diagnostics() const { return m_diagnostics; }
    /// True when the text is valid JSON (no syntax diagnostics at all, comments included).
    bool isValidJson() const { return m_validJson; }

    /// Range of the value at `pointer` ("" = whole document), if it exists in the text. Strings include
    /// their quotes, containers their brackets.
    std::optional<SourceRange> range(const std::string &pointer) const;
    /// Range of the member name (the quoted key) of the value at `pointer`.
    std::optional<SourceRange> keyRange(const std::string &pointer) const;
    /// Line and column of a byte offset (1-based).
    SourceRange rangeAt(std::size_t begin, std::size_t end) const;
    /// The innermost JSON pointer whose value contains `offset`, or "" when none. A member's name
    /// counts as part of the member, so the cursor on `"Effect"` gives ".../Effect".
    std::string pointerAt(std::size_t offset) const;

private:
    friend class PolicySourceBuilder;
    std::int32_t findNode(const std::string &pointer) const;
    std::string pointerOf(std::int32_t node) const;

    std::string m_text;
    std::string m_name;
    nlohmann::ordered_json m_json;
    Policy m_policy;
    std::vector<Finding> m_diagnostics;
    // The source map: one node per value read from the text, in document order (see JsonNode).
    std::vector<JsonNode> m_nodes;
    std::vector<std::uint32_t> m_children;
    std::vector<std::size_t> m_lineStarts;
    bool m_validJson = false;
};

namespace detail {
/// The diagnostic that stands for the whole document when reading it threw `failure`:
/// JSON_SYNTAX_ERROR [document-size, ""] for std::bad_alloc and std::length_error (the text is too
/// large for memory), INTERNAL_ERROR [what()] for anything else.
Finding parserFailureDiagnostic(std::exception_ptr failure);
} // namespace detail

/// Escapes one reference token of a JSON pointer (~ → ~0, / → ~1).
std::string jsonPointerEscape(const std::string &token);

} // namespace mfapolicy
