#pragma once

#include "finding.h"
#include "jsonreader.h"
#include "policy.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// Turns a JSON value into the policy model and reports what IAM would reject in an identity
/// policy's structure. With a source map (nodes of the text the value was read from), findings get
/// exact ranges and numbers keep their text as written; without one (a value built elsewhere) the
/// same findings come without ranges.
class JsonPolicyBuilder final
{
public:
    JsonPolicyBuilder(const nlohmann::ordered_json &value, std::string_view text, const std::vector<JsonNode> &nodes,
                      const std::vector<std::uint32_t> &children, const std::vector<std::size_t> &lineStarts);

    void build(Policy &policy, std::vector<Finding> &diagnostics);

private:
    struct Cursor {
        const nlohmann::ordered_json *value = nullptr;
        std::int32_t node = -1;
        std::string pointer;
    };

    Cursor child(const Cursor &parent, std::size_t index) const;
    const std::string &memberName(const Cursor &object, std::size_t index) const;
    bool complete(const Cursor &cursor) const;
    SourceRange valueRange(const Cursor &cursor) const;
    SourceRange keyRange(const Cursor &cursor) const;
    SourceRange openingRange(const Cursor &cursor) const;
    std::string scalarText(const Cursor &cursor) const;

    void add(const char *ruleId, Severity severity, const SourceRange &range, const std::string &pointer,
             std::vector<std::string> args);
    void wrongType(const Cursor &cursor, const std::string &element, const char *expected);

    enum class ListRead { Ok, Empty, WrongType };

    /// Marks the statement unusable and records why.
    static void skip(Statement &statement, SkipReason reason, const std::string &pointer);
    void buildStatement(const Cursor &cursor, std::size_t index, Statement &statement);
    ListRead readStringList(const Cursor &cursor, const std::string &element, std::vector<PolicyString> &out);
    void readConditions(const Cursor &cursor, Statement &statement);
    ListRead readConditionValues(const Cursor &cursor, ConditionClause &clause);

    const nlohmann::ordered_json &m_value;
    std::string_view m_text;
    const std::vector<JsonNode> &m_nodes;
    const std::vector<std::uint32_t> &m_children;
    const std::vector<std::size_t> &m_lineStarts;
    std::vector<Finding> *m_diagnostics = nullptr;
};

/// Splits a condition operator name into family, set qualifier and IfExists (all case-sensitive).
void parseConditionOperator(const std::string &text, ConditionOperator &op, SetQualifier &qualifier, bool &ifExists);

/// A name from `known` that `name` was probably meant to be (same letters in another case, or one or
/// two typing mistakes away), or "" when none is close.
std::string closestName(const std::string &name, const std::vector<std::string> &known);

} // namespace mfapolicy
