#include "actioncatalog.h"
#include "conditionoperators.h"
#include "conditionvalues.h"
#include "evaluator.h"
#include "rules.h"
#include "rulesutil.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

namespace mfapolicy {

namespace {

bool hasWildcard(std::string_view text)
{
    return text.find_first_of("*?") != std::string_view::npos;
}

// ---- Policy variables -----------------------------------------------------------------------

struct VariableProblem {
    const char *ruleId;
    std::size_t offset;
    std::size_t length;
};

// Syntax problems of `${...}` in one value, and whether it holds any well-formed variable.
std::vector<VariableProblem> scanVariables(const std::string &value, bool &hasVariable)
{
    std::vector<VariableProblem> problems;
    std::size_t pos = 0;
    while ((pos = value.find("${", pos)) != std::string::npos) {
        const std::size_t close = value.find('}', pos + 2);
        if (close == std::string::npos) {
            problems.push_back({"MISSING_BRACE_IN_VARIABLE", pos, value.size() - pos});
            break;
        }
        const std::string content = value.substr(pos + 2, close - pos - 2);
        const std::size_t length = close + 1 - pos;
        const std::size_t comma = content.find(',');
        if (content.find_first_not_of(" \t") == std::string::npos) {
            problems.push_back({"EMPTY_VARIABLE", pos, length});
        } else if (comma != std::string::npos) {
            // ${key, 'default'}: a comma and one space, then the default in single quotes.
            const std::string key = content.substr(0, comma);
            const std::string rest = content.substr(comma + 1);
            const bool ok = !key.empty() && key.find_first_of(" \t'") == std::string::npos && rest.size() >= 3
                && rest[0] == ' ' && rest[1] == '\'' && rest.back() == '\'' && rest.find('\'', 2) == rest.size() - 1;
            if (ok)
                hasVariable = true;
            else
                problems.push_back({"INVALID_VARIABLE_DEFAULT", pos, length});
        } else if (content.find_first_of(" \t") != std::string::npos) {
            problems.push_back({"UNSUPPORTED_SPACE_IN_VARIABLE", pos, length});
        } else if (content != "*" && content != "?" && content != "$") {
            hasVariable = true;
        }
        pos = close + 1;
    }
    return problems;
}

QuickFix versionFix(const PolicySource &source)
{
    QuickFix fix {"set-version-2012-10-17", {}, {}};
    if (source.range("/Version")) {
        if (auto edit = replaceString(source, "/Version", "2012-10-17"))
            fix.edits.push_back(*edit);
        return fix;
    }
    // Insert before the first member, in the document's own layout.
    const auto &json = source.json();
    if (!json.is_object() || json.empty())
        return fix;
    const std::string first = "/" + jsonPointerEscape(json.begin().key());
    const auto key = source.keyRange(first);
    if (!key)
        return fix;
    const DocumentStyle style = detectStyle(source);
    const bool ownLine = lineIndent(source.text(), key->begin).size() + 1 == static_cast<std::size_t>(key->column);
    const std::string separator = ownLine ? "," + style.newline + lineIndent(source.text(), key->begin) : style.comma;
    fix.edits.push_back({key->begin, key->begin, "\"Version\"" + style.colon + "\"2012-10-17\"" + separator});
    return fix;
}

// ---- ARNs -----------------------------------------------------------------------------------

// Splits an ARN at the colons that are not inside ${...}; `offsets` gets each part's start.
std::vector<std::string> splitArn(const std::string &arn, std::vector<std::size_t> &offsets)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    int depth = 0;
    for (std::size_t i = 0; i < arn.size(); ++i) {
        if (arn.compare(i, 2, "${") == 0)
            ++depth;
        else if (arn[i] == '}' && depth > 0)
            --depth;
        else if (arn[i] == ':' && depth == 0 && parts.size() < 5) {
            parts.push_back(arn.substr(start, i - start));
            offsets.push_back(start);
            start = i + 1;
        }
    }
    parts.push_back(arn.substr(start));
    offsets.push_back(start);
    return parts;
}

bool isPartition(const std::string &text)
{
    static const std::set<std::string> partitions
        = {"aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"};
    return partitions.count(text) > 0;
}

bool variableOrWildcard(const std::string &text)
{
    return hasWildcard(text) || text.find("${") != std::string::npos;
}

void checkArn(const PolicySource &source, const PolicyString &entry, std::vector<Finding> &out)
{
    const std::string &value = entry.value;
    if (value == "*" || value.empty())
        return;
    std::vector<std::size_t> offsets;
    const auto parts = splitArn(value, offsets);
    const auto at
        = [&](std::size_t part) { return stringPartRange(source, entry.pointer, offsets[part], parts[part].size()); };
    if (!iequals(parts[0], "arn")) {
        addFinding(out, "INVALID_ARN_PREFIX", at(0), entry.pointer, {value});
        return;
    }
    if (parts.size() < 6) {
        addFinding(out, "MISSING_ARN_FIELD", source.range(entry.pointer), entry.pointer, {value});
        return;
    }
    // Variables are substituted only in the resource part (after the fifth colon).
    bool variableOutside = false;
    static const std::array<const char *, 4> partNames {"partition", "service", "region", "account"};
    for (std::size_t part = 1; part <= 4; ++part) {
        const std::size_t variable = parts[part].find("${");
        if (variable == std::string::npos)
            continue;
        const std::size_t close = parts[part].find('}', variable);
        const std::size_t length = close == std::string::npos ? parts[part].size() - variable : close + 1 - variable;
        addFinding(out, "VARIABLE_OUTSIDE_RESOURCE_PART",
                   stringPartRange(source, entry.pointer, offsets[part] + variable, length), entry.pointer,
                   {value, partNames[part - 1], parts[part].substr(variable, length)});
        variableOutside = true;
    }
    if (variableOutside)
        return;
    const std::string &partition = parts[1];
    const std::string &service = parts[2];
    const bool caseProblem = parts[0] != "arn" || (!isPartition(partition) && isPartition(toLower(partition)))
        || (service != toLower(service) && !variableOrWildcard(service));
    if (caseProblem) {
        const std::string corrected = "arn:" + (isPartition(toLower(partition)) ? toLower(partition) : partition) + ':'
            + toLower(service) + value.substr(offsets[3] - 1);
        QuickFix fix {"fix-arn-case", {corrected}, {}};
        if (auto edit = replaceString(source, entry.pointer, corrected))
            fix.edits.push_back(*edit);
        addFinding(out, "INVALID_ARN_CASE", stringPartRange(source, entry.pointer, 0, offsets[3] - 1), entry.pointer,
                   {value, corrected}, {fix});
        return;
    }
    if (!isPartition(partition) && !variableOrWildcard(partition)) {
        addFinding(out, "INVALID_PARTITION", at(1), entry.pointer, {partition});
        return;
    }
    if (service.empty() || hasWildcard(service)
        || service.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos) {
        addFinding(out, "INVALID_ARN_SERVICE", at(2), entry.pointer, {service});
        return;
    }
    const std::string &account = parts[4];
    const bool accountOk = account.empty() || account == "aws" || variableOrWildcard(account)
        || (account.size() == 12 && std::all_of(account.begin(), account.end(), [](char c) {
                               return std::isdigit(static_cast<unsigned char>(c));
                           }));
    if (!accountOk) {
        addFinding(out, "INVALID_ARN_ACCOUNT", at(4), entry.pointer, {account});
        return;
    }
    // IAM resources are TYPE/PATH/NAME; a wildcard in TYPE is not allowed (reference-arns).
    const std::string &resource = parts[5];
    if (service == "iam" && resource != "*") {
        const std::string type = resource.substr(0, resource.find('/'));
        if (hasWildcard(type))
            addFinding(out, "WILDCARD_IN_RESOURCE_TYPE",
                       stringPartRange(source, entry.pointer, offsets[5], type.size()), entry.pointer, {value, type});
    }
}

// ---- Actions --------------------------------------------------------------------------------

void checkAction(const PolicySource &source, const PolicyString &entry, std::vector<Finding> &out)
{
    const std::string &value = entry.value;
    if (value == "*")
        return;
    if (value.find("${") != std::string::npos) {
        addFinding(out, "VARIABLE_UNSUPPORTED_IN_ELEMENT", source.range(entry.pointer), entry.pointer,
                   {value, "Action"});
        return;
    }
    const auto colon = value.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == value.size()) {
        addFinding(out, "INVALID_ACTION_FORMAT", source.range(entry.pointer), entry.pointer, {value});
        return;
    }
    const ActionCatalog &catalog = ActionCatalog::instance();
    const std::string service = toLower(value.substr(0, colon));
    // Only services the catalog knows completely can tell an unknown action from a new one.
    if (!catalog.knowsService(service))
        return;
    if (hasWildcard(value)) {
        if (!catalog.patternMatchesAny(value))
            addFinding(out, "INVALID_ACTION", source.range(entry.pointer), entry.pointer, {value});
        return;
    }
    if (catalog.isKnownAction(value))
        return;
    std::vector<std::string> args {value};
    std::vector<QuickFix> fixes;
    for (const std::string &suggestion : catalog.suggestions(value)) {
        args.push_back(suggestion);
        QuickFix fix {"replace-action", {suggestion}, {}};
        if (auto edit = replaceString(source, entry.pointer, suggestion))
            fix.edits.push_back(*edit);
        fixes.push_back(std::move(fix));
    }
    addFinding(out, "INVALID_ACTION", source.range(entry.pointer), entry.pointer, std::move(args), std::move(fixes));
}

void checkRedundantActions(const PolicySource &source, const Statement &statement, std::vector<Finding> &out)
{
    const auto &entries = statement.actions;
    for (std::size_t j = 0; j < entries.size(); ++j) {
        if (hasWildcard(entries[j].value))
            continue;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (i == j)
                continue;
            const bool covers = hasWildcard(entries[i].value) ? actionMatches(entries[i].value, entries[j].value)
                                                              : (i < j && iequals(entries[i].value, entries[j].value));
            if (!covers)
                continue;
            std::vector<QuickFix> fixes;
            const std::string array = parentPointer(entries[j].pointer);
            if (isArray(source, array)) {
                QuickFix fix {"remove-entry", {entries[j].value}, {}};
                if (auto edit = removeArrayElement(source, array, j))
                    fix.edits.push_back(*edit);
                fixes.push_back(std::move(fix));
            }
            addFinding(out, "REDUNDANT_ACTION", source.range(entries[j].pointer), entries[j].pointer,
                       {entries[j].value, entries[i].value}, std::move(fixes));
            break;
        }
    }
}

// ---- Condition operators --------------------------------------------------------------------

// The correctly spelled operator for a wrongly cased one ("boolifexists" -> "BoolIfExists").
std::string correctedOperator(const std::string &text)
{
    std::string rest = text;
    std::string prefix;
    for (const char *qualifier : {"ForAnyValue:", "ForAllValues:"}) {
        const std::string q = qualifier;
        if (rest.size() > q.size() && iequals(rest.substr(0, q.size()), q)) {
            prefix = q;
            rest = rest.substr(q.size());
        }
    }
    std::string suffix;
    if (rest.size() > 8 && iequals(rest.substr(rest.size() - 8), "IfExists")) {
        suffix = "IfExists";
        rest = rest.substr(0, rest.size() - 8);
    }
    for (const ConditionOperatorInfo &info : conditionOperators()) {
        if (iequals(info.name, rest)) {
            if (!info.ifExistsAllowed && !suffix.empty())
                return {};
            return prefix + std::string(info.name) + suffix;
        }
    }
    return {};
}

bool isBooleanText(const std::string &value)
{
    return iequals(value, "true") || iequals(value, "false");
}

void checkConditions(const PolicySource &source, const Statement &statement, std::vector<Finding> &out)
{
    std::set<std::string> reportedOperators;
    for (const ConditionClause &clause : statement.conditions) {
        const std::string operatorPointer = parentPointer(clause.pointer);
        if (clause.op == ConditionOperator::Invalid) {
            if (!reportedOperators.insert(operatorPointer).second)
                continue;
            const auto range = source.keyRange(operatorPointer);
            const bool nullIfExists = clause.operatorText.size() > 8
                && iequals(clause.operatorText.substr(clause.operatorText.size() - 8), "IfExists")
                && iequals(clause.operatorText.substr(0, clause.operatorText.size() - 8), "Null");
            if (nullIfExists) {
                QuickFix fix {"replace-operator", {"Null"}, {}};
                if (auto edit = replaceKey(source, operatorPointer, "Null"))
                    fix.edits.push_back(*edit);
                addFinding(out, "NULL_WITH_IF_EXISTS", range, operatorPointer, {clause.operatorText}, {fix});
                continue;
            }
            const std::string corrected = correctedOperator(clause.operatorText);
            std::vector<QuickFix> fixes;
            std::vector<std::string> args {clause.operatorText};
            if (!corrected.empty()) {
                args.push_back(corrected);
                QuickFix fix {"replace-operator", {corrected}, {}};
                if (auto edit = replaceKey(source, operatorPointer, corrected))
                    fix.edits.push_back(*edit);
                fixes.push_back(std::move(fix));
            }
            addFinding(out, "INVALID_CONDITION_OPERATOR", range, operatorPointer, std::move(args), std::move(fixes));
            continue;
        }
        const ConditionValueKind kind = conditionOperatorInfo(clause.op).kind;
        if (kind != ConditionValueKind::Boolean && kind != ConditionValueKind::String
            && kind != ConditionValueKind::Arn) {
            // Bool values have their own findings below; Null takes "true" or "false" too.
            for (const PolicyString &value : clause.values) {
                if (!detail::readableConditionValue(kind, value.value)) {
                    addFinding(out, "INVALID_CONDITION_VALUE", source.range(value.pointer), value.pointer,
                               {clause.operatorText, value.value, clause.key});
                }
            }
        }
        if (clause.op == ConditionOperator::Bool) {
            for (const PolicyString &value : clause.values) {
                if (value.value.find("${") != std::string::npos)
                    addFinding(out, "VARIABLE_IN_BOOLEAN_VALUE", source.range(value.pointer), value.pointer,
                               {clause.key, value.value});
                else if (!isBooleanText(value.value))
                    addFinding(out, "TYPE_MISMATCH_BOOLEAN", source.range(value.pointer), value.pointer,
                               {clause.key, value.value});
            }
        }
    }
}

// ---- Sids -----------------------------------------------------------------------------------

void checkSids(const PolicySource &source, std::vector<Finding> &out)
{
    std::map<std::string, std::size_t> seen;
    for (const Statement &statement : source.policy().statements) {
        if (!statement.sid)
            continue;
        const std::string pointer = statement.pointer + "/Sid";
        const std::string &sid = *statement.sid;
        const bool valid = std::all_of(sid.begin(), sid.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 128;
        });
        if (!valid) {
            std::string cleaned;
            std::copy_if(sid.begin(), sid.end(), std::back_inserter(cleaned), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) && static_cast<unsigned char>(c) < 128;
            });
            std::vector<QuickFix> fixes;
            if (!cleaned.empty()) {
                QuickFix fix {"replace-sid", {cleaned}, {}};
                if (auto edit = replaceString(source, pointer, cleaned))
                    fix.edits.push_back(*edit);
                fixes.push_back(std::move(fix));
            }
            addFinding(out, "INVALID_SID", source.range(pointer), pointer, {sid}, std::move(fixes));
        }
        const auto [it, inserted] = seen.emplace(sid, statement.index);
        if (!inserted)
            addFinding(out, "DUPLICATE_SID", source.range(pointer), pointer, {sid, std::to_string(it->second)});
    }
}

} // namespace

void checkValidity(const PolicySource &source, std::vector<Finding> &out)
{
    const Policy &policy = source.policy();
    std::optional<QuickFix> fixVersion;
    for (const Statement &statement : policy.statements) {
        for (const PolicyString &action : statement.actions)
            checkAction(source, action, out);
        if (!statement.notAction)
            checkRedundantActions(source, statement, out);

        // Variables: syntax everywhere they may appear, and whether the Version enables them.
        std::vector<const PolicyString *> variableValues;
        for (const PolicyString &resource : statement.resources)
            variableValues.push_back(&resource);
        for (const ConditionClause &clause : statement.conditions) {
            if (conditionOperatorInfo(clause.op).takesVariables)
                for (const PolicyString &value : clause.values)
                    variableValues.push_back(&value);
        }
        for (const PolicyString *value : variableValues) {
            bool hasVariable = false;
            for (const VariableProblem &problem : scanVariables(value->value, hasVariable))
                addFinding(out, problem.ruleId, stringPartRange(source, value->pointer, problem.offset, problem.length),
                           value->pointer, {value->value.substr(problem.offset, problem.length)});
            if (hasVariable && !policy.variablesEnabled()) {
                if (!fixVersion)
                    fixVersion = versionFix(source);
                addFinding(out, "VARIABLE_UNSUPPORTED_IN_VERSION", source.range(value->pointer), value->pointer,
                           {value->value, policy.version.value_or("")}, {*fixVersion});
            }
        }
        for (const PolicyString &resource : statement.resources)
            checkArn(source, resource, out);
        checkConditions(source, statement, out);
    }
    checkSids(source, out);
}

} // namespace mfapolicy
