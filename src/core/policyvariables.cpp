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

/// Builds the substituted value; the literal mask only when asked to or when it matters.
class Substituter
{
public:
    Substituter(Substitution &out, bool fullMask) : m_out(out), m_maskKept(fullMask)
    {
        m_out.value.clear();
        m_out.literalMask.clear();
        m_out.unresolved = false;
        m_out.unresolvedVariable.clear();
    }

    void append(std::string_view text, bool literal)
    {
        if (!m_maskKept && literal && text.find_first_of("*?") != std::string_view::npos) {
            m_maskKept = true;
            m_out.literalMask.assign(m_out.value.size(), false);
        }
        m_out.value.append(text);
        if (m_maskKept)
            m_out.literalMask.insert(m_out.literalMask.end(), text.size(), literal);
    }

    void run(std::string_view text, const RequestContext &context)
    {
        std::size_t pos = 0;
        while (pos < text.size()) {
            const std::size_t open = text.find("${", pos);
            if (open == std::string_view::npos)
                break;
            const std::size_t close = text.find('}', open + 2);
            if (close == std::string_view::npos)
                break;
            append(text.substr(pos, open - pos), false);
            const std::string_view inner = text.substr(open + 2, close - open - 2);
            pos = close + 1;

            if (inner == "*" || inner == "?" || inner == "$") {
                append(inner, true);
                continue;
            }
            const VariableSyntax variable = parseVariable(inner);
            if (!variable.valid) {
                append(text.substr(open, close + 1 - open), false);
                continue;
            }
            // Multivalued keys cannot be policy variables: treat them like an absent key.
            if (const std::string *value = context.singleValue(variable.key)) {
                // A substituted value is data, never a wildcard.
                append(*value, true);
            } else if (variable.hasDefault) {
                append(variable.defaultValue, true);
            } else if (!m_out.unresolved) {
                m_out.unresolved = true;
                m_out.unresolvedVariable = std::string(text.substr(open, close + 1 - open));
            }
        }
        append(text.substr(pos), false);
    }

private:
    Substitution &m_out;
    bool m_maskKept;
};

} // namespace

Substitution substituteVariables(std::string_view text, const RequestContext &context, bool enabled)
{
    Substitution out;
    Substituter substituter(out, true);
    if (!enabled) {
        substituter.append(text, false);
        return out;
    }
    out.value.reserve(text.size() + 16);
    out.literalMask.reserve(text.size() + 16);
    substituter.run(text, context);
    return out;
}

namespace detail {

bool variableBeforeResourcePart(std::string_view entry)
{
    const std::size_t variable = entry.find("${");
    if (variable == std::string_view::npos)
        return false;
    std::size_t colons = 0;
    for (std::size_t i = 0; i < variable; ++i)
        colons += entry[i] == ':' ? 1 : 0;
    return colons < 5;
}

void substituteInto(std::string_view text, const RequestContext &context, Substitution &out)
{
    Substituter(out, false).run(text, context);
}

} // namespace detail

} // namespace mfapolicy
