#include "jsonpolicybuilder.h"

#include "conditionoperators.h"
#include "conditionvalues.h"
#include "jsontext.h"
#include "policysource.h"
#include "wildcard.h"

#include <algorithm>
#include <utility>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;
using Members = std::vector<std::pair<const std::string, Json>>;

const Members &membersOf(const Json &object)
{
    return static_cast<const Members &>(object.get_ref<const Json::object_t &>());
}

/// The JSON type as a diagnostic argument.
const char *typeName(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::object:
        return "object";
    case Json::value_t::array:
        return "array";
    case Json::value_t::string:
        return "string";
    case Json::value_t::boolean:
        return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
        return "number";
    default:
        return "null";
    }
}

const std::vector<std::string> &policyElements()
{
    static const std::vector<std::string> names {"Version", "Id", "Statement"};
    return names;
}

const std::vector<std::string> &statementElements()
{
    static const std::vector<std::string> names {"Sid",         "Effect",    "Action",    "NotAction",   "Resource",
                                                 "NotResource", "Condition", "Principal", "NotPrincipal"};
    return names;
}

} // namespace

std::string closestName(const std::string &name, const std::vector<std::string> &known)
{
    // Element names are short; anything much longer cannot be a misspelling of one.
    if (name.size() > 32) {
        return {};
    }
    std::string best;
    std::size_t bestDistance = 3;
    for (const std::string &candidate : known) {
        const std::size_t distance = detail::editDistanceIgnoreCase(name, candidate);
        if (distance < bestDistance && distance < candidate.size() / 2 + 1) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

void parseConditionOperator(const std::string &text, ConditionOperator &op, SetQualifier &qualifier, bool &ifExists)
{
    std::string_view name = text;
    qualifier = SetQualifier::None;
    ifExists = false;
    op = ConditionOperator::Invalid;
    constexpr std::string_view anyValue = "ForAnyValue:";
    constexpr std::string_view allValues = "ForAllValues:";
    constexpr std::string_view ifExistsSuffix = "IfExists";
    if (name.starts_with(anyValue)) {
        qualifier = SetQualifier::ForAnyValue;
        name.remove_prefix(anyValue.size());
    } else if (name.starts_with(allValues)) {
        qualifier = SetQualifier::ForAllValues;
        name.remove_prefix(allValues.size());
    }
    if (name.ends_with(ifExistsSuffix)) {
        ifExists = true;
        name.remove_suffix(ifExistsSuffix.size());
    }
    if (name.empty()) {
        return;
    }
    // The documentation is explicit that Null has no IfExists form.
    if (const ConditionOperatorInfo *info = findConditionOperator(name); info && (info->ifExistsAllowed || !ifExists)) {
        op = info->op;
    }
}

JsonPolicyBuilder::JsonPolicyBuilder(const Json &value, std::string_view text, const std::vector<JsonNode> &nodes,
                                     const std::vector<std::uint32_t> &children,
                                     const std::vector<std::size_t> &lineStarts)
    : m_value(value), m_text(text), m_nodes(nodes), m_children(children), m_lineStarts(lineStarts)
{ }

JsonPolicyBuilder::Cursor JsonPolicyBuilder::child(const Cursor &parent, std::size_t index) const
{
    Cursor cursor;
    if (parent.node >= 0) {
        const JsonNode &node = m_nodes[static_cast<std::size_t>(parent.node)];
        if (index < node.childCount) {
            cursor.node = static_cast<std::int32_t>(m_children[node.firstChild + index]);
        }
    }
    if (parent.value->is_array()) {
        cursor.value = &(*parent.value)[index];
        cursor.pointer = parent.pointer + '/' + std::to_string(index);
    } else {
        const auto &member = membersOf(*parent.value)[index];
        cursor.value = &member.second;
        cursor.pointer = parent.pointer + '/' + jsonPointerEscape(member.first);
    }
    return cursor;
}

const std::string &JsonPolicyBuilder::memberName(const Cursor &object, std::size_t index) const
{
    return membersOf(*object.value)[index].first;
}

bool JsonPolicyBuilder::complete(const Cursor &cursor) const
{
    return cursor.node < 0 || m_nodes[static_cast<std::size_t>(cursor.node)].complete;
}

SourceRange JsonPolicyBuilder::valueRange(const Cursor &cursor) const
{
    if (cursor.node < 0) {
        return {};
    }
    const JsonNode &node = m_nodes[static_cast<std::size_t>(cursor.node)];
    return rangeFromOffsets(m_lineStarts, m_text.size(), node.begin, node.end);
}

SourceRange JsonPolicyBuilder::keyRange(const Cursor &cursor) const
{
    if (cursor.node < 0) {
        return {};
    }
    const JsonNode &node = m_nodes[static_cast<std::size_t>(cursor.node)];
    if (!node.hasKey()) {
        return valueRange(cursor);
    }
    return rangeFromOffsets(m_lineStarts, m_text.size(), node.keyBegin, node.keyEnd);
}

SourceRange JsonPolicyBuilder::openingRange(const Cursor &cursor) const
{
    // Missing elements are reported on the opening brace: underlining a whole statement would
    // bury the editor in red.
    if (cursor.node < 0) {
        return {};
    }
    const JsonNode &node = m_nodes[static_cast<std::size_t>(cursor.node)];
    return rangeFromOffsets(m_lineStarts, m_text.size(), node.begin, node.begin + 1);
}

std::string JsonPolicyBuilder::scalarText(const Cursor &cursor) const
{
    const Json &value = *cursor.value;
    if (value.is_string()) {
        return value.get_ref<const std::string &>();
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? "true" : "false";
    }
    // Numbers as written ("3600", "1.50"), not as re-serialised by the JSON library.
    if (cursor.node >= 0) {
        const JsonNode &node = m_nodes[static_cast<std::size_t>(cursor.node)];
        return std::string(m_text.substr(node.begin, node.end - node.begin));
    }
    return value.dump();
}

void JsonPolicyBuilder::add(const char *ruleId, Severity severity, const SourceRange &range, const std::string &pointer,
                            std::vector<std::string> args)
{
    Finding finding;
    finding.ruleId = ruleId;
    finding.severity = severity;
    finding.range = range;
    finding.pointer = pointer;
    finding.args = std::move(args);
    m_diagnostics->push_back(std::move(finding));
}

void JsonPolicyBuilder::wrongType(const Cursor &cursor, const std::string &element, const char *expected)
{
    add("INVALID_ELEMENT_TYPE", Severity::Error, valueRange(cursor), cursor.pointer,
        {element, expected, typeName(*cursor.value)});
}

void JsonPolicyBuilder::build(Policy &policy, std::vector<Finding> &diagnostics)
{
    m_diagnostics = &diagnostics;
    Cursor root {&m_value, m_nodes.empty() ? -1 : 0, {}};
    if (!m_value.is_object()) {
        wrongType(root, "Policy", "object");
        return;
    }
    const Members &members = membersOf(m_value);
    bool hasVersion = false;
    bool hasStatement = false;
    for (std::size_t i = 0; i < members.size(); ++i) {
        const Cursor element = child(root, i);
        const std::string &name = memberName(root, i);
        if (name == "Version") {
            hasVersion = true;
            if (!element.value->is_string()) {
                wrongType(element, name, "string");
                continue;
            }
            const auto &version = element.value->get_ref<const std::string &>();
            policy.version = version;
            if (version != "2012-10-17" && version != "2008-10-17") {
                add("INVALID_VERSION", Severity::Error, valueRange(element), element.pointer, {version});
            }
        } else if (name == "Statement") {
            hasStatement = true;
            if (element.value->is_object()) {
                Statement statement;
                buildStatement(element, 0, statement);
                policy.statements.push_back(std::move(statement));
            } else if (element.value->is_array()) {
                if (element.value->empty()) {
                    add("EMPTY_ARRAY", Severity::Error, valueRange(element), element.pointer, {name});
                }
                policy.statements.reserve(element.value->size());
                for (std::size_t s = 0; s < element.value->size(); ++s) {
                    Statement statement;
                    buildStatement(child(element, s), s, statement);
                    policy.statements.push_back(std::move(statement));
                }
            } else {
                add("INVALID_STATEMENT_TYPE", Severity::Error, valueRange(element), element.pointer,
                    {typeName(*element.value)});
            }
        } else if (name == "Id") {
            add("UNSUPPORTED_ID", Severity::Error, keyRange(element), element.pointer, {name});
        } else {
            add("INVALID_POLICY_ELEMENT", Severity::Error, keyRange(element), element.pointer,
                {name, "policy", closestName(name, policyElements())});
        }
    }
    // A document cut short by a syntax error may simply not have reached these elements yet.
    if (complete(root)) {
        if (!hasStatement) {
            add("MISSING_STATEMENT", Severity::Error, openingRange(root), {}, {});
        }
        if (!hasVersion) {
            add("MISSING_VERSION", Severity::Warning, openingRange(root), {}, {});
        }
    }
}

void JsonPolicyBuilder::buildStatement(const Cursor &cursor, std::size_t index, Statement &statement)
{
    statement.index = index;
    statement.pointer = cursor.pointer;
    if (!cursor.value->is_object()) {
        add("INVALID_STATEMENT_TYPE", Severity::Error, valueRange(cursor), cursor.pointer, {typeName(*cursor.value)});
        skip(statement, SkipReason::NotAnObject, cursor.pointer);
        return;
    }
    const Members &members = membersOf(*cursor.value);
    bool hasEffect = false;
    const char *action = nullptr; // the first of Action/NotAction seen
    const char *resource = nullptr; // the first of Resource/NotResource seen
    for (std::size_t i = 0; i < members.size(); ++i) {
        const Cursor element = child(cursor, i);
        const std::string &name = memberName(cursor, i);
        if (name == "Sid") {
            if (element.value->is_string()) {
                statement.sid = element.value->get_ref<const std::string &>();
            } else {
                wrongType(element, name, "string");
            }
        } else if (name == "Effect") {
            hasEffect = true;
            if (!element.value->is_string()) {
                wrongType(element, name, "string");
                skip(statement, SkipReason::InvalidEffect, element.pointer);
                continue;
            }
            const auto &effect = element.value->get_ref<const std::string &>();
            if (effect == "Allow") {
                statement.effect = Effect::Allow;
            } else if (effect == "Deny") {
                statement.effect = Effect::Deny;
            } else {
                add("INVALID_EFFECT", Severity::Error, valueRange(element), element.pointer, {effect});
                skip(statement, SkipReason::InvalidEffect, element.pointer);
            }
        } else if (name == "Action" || name == "NotAction") {
            if (action) {
                add("ACTION_AND_NOTACTION", Severity::Error, keyRange(element), element.pointer, {action, name});
                skip(statement, SkipReason::ActionAndNotAction, element.pointer);
                continue;
            }
            action = name == "Action" ? "Action" : "NotAction";
            statement.notAction = name == "NotAction";
            if (const ListRead read = readStringList(element, name, statement.actions); read != ListRead::Ok) {
                skip(statement, read == ListRead::Empty ? SkipReason::EmptyAction : SkipReason::InvalidAction,
                     element.pointer);
            }
        } else if (name == "Resource" || name == "NotResource") {
            if (resource) {
                add("RESOURCE_AND_NOTRESOURCE", Severity::Error, keyRange(element), element.pointer, {resource, name});
                skip(statement, SkipReason::ResourceAndNotResource, element.pointer);
                continue;
            }
            resource = name == "Resource" ? "Resource" : "NotResource";
            statement.notResource = name == "NotResource";
            if (const ListRead read = readStringList(element, name, statement.resources); read != ListRead::Ok) {
                skip(statement, read == ListRead::Empty ? SkipReason::EmptyResource : SkipReason::InvalidResource,
                     element.pointer);
            }
        } else if (name == "Condition") {
            readConditions(element, statement);
        } else if (name == "Principal" || name == "NotPrincipal") {
            // IAM rejects the policy, but the statement's meaning for this user is still clear.
            add("UNSUPPORTED_PRINCIPAL", Severity::Error, keyRange(element), element.pointer, {name});
        } else {
            add("INVALID_POLICY_ELEMENT", Severity::Error, keyRange(element), element.pointer,
                {name, "statement", closestName(name, statementElements())});
        }
    }
    const bool reported = complete(cursor);
    if (!hasEffect) {
        skip(statement, SkipReason::MissingEffect, cursor.pointer);
        if (reported) {
            add("MISSING_EFFECT", Severity::Error, openingRange(cursor), cursor.pointer, {});
        }
    }
    if (!action) {
        skip(statement, SkipReason::MissingAction, cursor.pointer);
        if (reported) {
            add("MISSING_ACTION", Severity::Error, openingRange(cursor), cursor.pointer, {});
        }
    }
    if (!resource) {
        skip(statement, SkipReason::MissingResource, cursor.pointer);
        if (reported) {
            add("MISSING_RESOURCE", Severity::Error, openingRange(cursor), cursor.pointer, {});
        }
    }
}

void JsonPolicyBuilder::skip(Statement &statement, SkipReason reason, const std::string &pointer)
{
    statement.usable = false;
    statement.problems.push_back({reason, pointer});
}

JsonPolicyBuilder::ListRead JsonPolicyBuilder::readStringList(const Cursor &cursor, const std::string &element,
                                                              std::vector<PolicyString> &out)
{
    const Json &value = *cursor.value;
    if (value.is_string()) {
        out.push_back({value.get_ref<const std::string &>(), cursor.pointer});
        return ListRead::Ok;
    }
    if (!value.is_array()) {
        wrongType(cursor, element, "string-or-array");
        return ListRead::WrongType;
    }
    if (value.empty()) {
        // IAM rejects an empty Action or Resource list when the policy is saved (MalformedPolicyDocument).
        add("EMPTY_ARRAY", Severity::Error, valueRange(cursor), cursor.pointer, {element});
        return ListRead::Empty;
    }
    bool ok = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Cursor item = child(cursor, i);
        if (item.value->is_string()) {
            out.push_back({item.value->get_ref<const std::string &>(), item.pointer});
        } else {
            wrongType(item, element, "string");
            ok = false;
        }
    }
    return ok ? ListRead::Ok : ListRead::WrongType;
}

void JsonPolicyBuilder::readConditions(const Cursor &cursor, Statement &statement)
{
    if (!cursor.value->is_object()) {
        wrongType(cursor, "Condition", "object");
        skip(statement, SkipReason::InvalidCondition, cursor.pointer);
        return;
    }
    std::vector<ConditionClause> &out = statement.conditions;
    const Members &operators = membersOf(*cursor.value);
    for (std::size_t i = 0; i < operators.size(); ++i) {
        const Cursor block = child(cursor, i);
        const std::string &operatorText = memberName(cursor, i);
        if (!block.value->is_object()) {
            wrongType(block, operatorText, "object");
            skip(statement, SkipReason::InvalidCondition, block.pointer);
            continue;
        }
        ConditionOperator op = ConditionOperator::Invalid;
        SetQualifier qualifier = SetQualifier::None;
        bool ifExists = false;
        parseConditionOperator(operatorText, op, qualifier, ifExists);
        if (op == ConditionOperator::Invalid) {
            // IAM rejects the policy; the statement stays usable for the checker, but the engine
            // cannot decide this condition (see Statement::problems).
            statement.problems.push_back({SkipReason::InvalidConditionOperator, block.pointer});
        }
        const Members &keys = membersOf(*block.value);
        for (std::size_t k = 0; k < keys.size(); ++k) {
            const Cursor values = child(block, k);
            ConditionClause clause;
            clause.operatorText = operatorText;
            clause.op = op;
            clause.qualifier = qualifier;
            clause.ifExists = ifExists;
            clause.key = memberName(block, k);
            clause.pointer = values.pointer;
            if (const ListRead read = readConditionValues(values, clause); read != ListRead::Ok) {
                clause.usable = false;
                skip(statement,
                     read == ListRead::Empty ? SkipReason::EmptyConditionValues : SkipReason::InvalidConditionValue,
                     values.pointer);
            } else if (op != ConditionOperator::Invalid) {
                // A value the operator cannot read makes the condition undecidable: inside a Deny
                // it must not switch the Deny off (the checker reports it as a finding).
                const ConditionValueKind kind = conditionOperatorInfo(op).kind;
                for (const PolicyString &value : clause.values) {
                    if (!detail::readableConditionValue(kind, value.value)) {
                        statement.problems.push_back({SkipReason::UnreadableConditionValue, value.pointer});
                        clause.usable = false;
                        break;
                    }
                }
            }
            out.push_back(std::move(clause));
        }
    }
}

JsonPolicyBuilder::ListRead JsonPolicyBuilder::readConditionValues(const Cursor &cursor, ConditionClause &clause)
{
    const auto scalar = [](const Json &value) { return value.is_string() || value.is_boolean() || value.is_number(); };
    const Json &value = *cursor.value;
    if (scalar(value)) {
        clause.values.push_back({scalarText(cursor), cursor.pointer});
        return ListRead::Ok;
    }
    if (!value.is_array()) {
        wrongType(cursor, clause.key, "string-or-array");
        return ListRead::WrongType;
    }
    if (value.empty()) {
        // What an empty list of values means is not documented: an error, and the engine does not
        // guess (the statement is one it cannot evaluate).
        add("EMPTY_ARRAY", Severity::Error, valueRange(cursor), cursor.pointer, {clause.key});
        return ListRead::Empty;
    }
    bool ok = true;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const Cursor item = child(cursor, i);
        if (scalar(*item.value)) {
            clause.values.push_back({scalarText(item), item.pointer});
        } else {
            wrongType(item, clause.key, "string");
            ok = false;
        }
    }
    return ok ? ListRead::Ok : ListRead::WrongType;
}

} // namespace mfapolicy
