#include "statementrefs.h"

#include "texts.h"

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

void appendString(std::string &out, const std::string &text)
{
    // Names and Sids come from user files: invalid UTF-8 is replaced rather than thrown on.
    out += Json(text).dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

void appendStatementRefs(std::string &out, const std::vector<StatementRef> &refs,
                         std::span<const Policy *const> policies)
{
    out += '[';
    bool first = true;
    for (const StatementRef &ref : refs) {
        if (ref.policy >= policies.size() || !policies[ref.policy]
            || ref.statement >= policies[ref.policy]->statements.size())
            continue;
        const Policy &policy = *policies[ref.policy];
        const Statement &statement = policy.statements[ref.statement];
        if (!first)
            out += ',';
        first = false;
        out += "{\"policy\":";
        appendString(out, policy.name);
        out += ",\"index\":";
        out += std::to_string(statement.index);
        out += ",\"sid\":";
        if (statement.sid)
            appendString(out, *statement.sid);
        else
            out += "null";
        out += '}';
    }
    out += ']';
}

nlohmann::ordered_json statementRefsJson(const std::vector<StatementRef> &refs, std::span<const Policy *const> policies)
{
    std::string text;
    appendStatementRefs(text, refs, policies);
    return Json::parse(text);
}

void addDecisionJson(nlohmann::ordered_json &object, CellDecision decision, Layer layer, std::size_t scpLevel,
                     const Evaluation &evaluation, std::span<const Policy *const> policies)
{
    object["decision"] = Texts::decisionId(decision).toStdString();
    if (decision == CellDecision::ExplicitDeny || decision == CellDecision::ImplicitDeny) {
        object["layer"] = layerId(layer);
        if (layer == Layer::Scp)
            object["scpLevel"] = scpLevel;
    }
    const bool decided = decision != CellDecision::Undetermined;
    object["allowedBy"] = statementRefsJson(decided ? evaluation.allowedBy : std::vector<StatementRef> {}, policies);
    object["deniedBy"] = statementRefsJson(decided ? evaluation.deniedBy : std::vector<StatementRef> {}, policies);
}

} // namespace mfapolicy
