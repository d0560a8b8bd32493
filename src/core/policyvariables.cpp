#include "policyvariables.h"

#include "evaluator.h"

namespace mfapolicy {

namespace {

struct VariableSyntax {
    std::string_view key;
    std::string_view defaultValue;
    bool hasDefault = false;
    bool valid = false;
};

/// Reads the inside of `${...}`: `key` or `key, 'default'` (comma, one space, single quotes, as
/// the policy-variables page specifies). Anything else is not a variable and stays literal text.
VariableSyntax parseVariable(std::string_view inner)
{
    VariableSyntax result;
    const std::size_t separator = inner.find(", '");
    if (separator != std::string_view::npos) {
        if (inner.size() < separator + 4 || inner.back() != '\'')
            return result;
        result.key = inner.substr(0, separator);
        result.defaultValue = inner.substr(separator + 3, inner.size() - separator - 4);
        result.hasDefault = true;
        if (result.defaultValue.find('\'') != std::string_view::npos)
            return result;
    } else {
        result.key = inner;
    }
    if (result.key.empty())
        return result;
    for (char c : result.key) {
        if (c == ' ' || c == ',' || c == '\'' || c == '$' || c == '{')
            return result;
    }
    result.valid = true;
    return result;
}

void append(Substitution &out, std::string_view text, bool literal)
{
    out.value.append(text);
    out.literalMask.insert(out.literalMask.end(), text.size(), literal);
}

} // namespace

Substitution substituteVariables(std::string_view text, const RequestContext &context, bool enabled)
{
    Substitution out;
    if (!enabled) {
        append(out, text, false);
        return out;
    }
    out.value.reserve(text.size() + 16);
    out.literalMask.reserve(text.size() + 16);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t open = text.find("${", pos);
        if (open == std::string_view::npos)
            break;
        const std::size_t close = text.find('}', open + 2);
        if (close == std::string_view::npos)
            break;
        append(out, text.substr(pos, open - pos), false);
        const std::string_view inner = text.substr(open + 2, close - open - 2);
        pos = close + 1;

        if (inner == "*" || inner == "?" || inner == "$") {
            append(out, inner, true);
            continue;
        }
        const VariableSyntax variable = parseVariable(inner);
        if (!variable.valid) {
            append(out, text.substr(open, close + 1 - open), false);
            continue;
        }
        // Multivalued keys cannot be policy variables: treat them like an absent key.
        const std::string key(variable.key);
        const std::vector<std::string> *values = context.find(key);
        if (values && values->size() == 1 && !context.isMultiValued(key)) {
            // A substituted value is data, never a wildcard.
            append(out, values->front(), true);
        } else if (variable.hasDefault) {
            append(out, variable.defaultValue, true);
        } else if (!out.unresolved) {
            out.unresolved = true;
            out.unresolvedVariable = std::string(text.substr(open, close + 1 - open));
        }
    }
    append(out, text.substr(pos), false);
    return out;
}

} // namespace mfapolicy
