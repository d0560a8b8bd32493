#include "requeststream.h"

#include "evaluator.h"
#include "principal.h"
#include "statementrefs.h"
#include "texts.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

struct RequestTexts {
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::RequestStream)
};

std::string text(const QString &message)
{
    return message.toStdString();
}

/// Context values as IAM sees them: JSON true/false/numbers become their text.
bool scalarText(const Json &value, std::string &out)
{
    if (value.is_string()) {
        out = value.get<std::string>();
        return true;
    }
    if (value.is_boolean() || value.is_number()) {
        out = value.dump();
        return true;
    }
    return false;
}

bool readContext(const Json &context, RequestContext &out, std::string &error)
{
    if (!context.is_object()) {
        error = text(RequestTexts::tr("\"context\" must be an object of keys and values"));
        return false;
    }
    for (const auto &[key, value] : context.items()) {
        std::string single;
        if (scalarText(value, single)) {
            out.set(key, std::move(single));
            continue;
        }
        if (value.is_array()) {
            std::vector<std::string> values;
            values.reserve(value.size());
            for (const Json &element : value) {
                if (!scalarText(element, single)) {
                    error = text(RequestTexts::tr("context key \"%1\": array values must be strings, numbers or "
                                                  "booleans")
                                     .arg(QString::fromStdString(key)));
                    return false;
                }
                values.push_back(std::move(single));
            }
            out.setMulti(key, std::move(values));
            continue;
        }
        // null is not "absent": an absent key is one that is left out.
        error = text(RequestTexts::tr("context key \"%1\" must be a string, number, boolean or array; leave a key "
                                      "out to make it absent")
                         .arg(QString::fromStdString(key)));
        return false;
    }
    return true;
}

std::string dumped(const Json &value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

/// `,"warnings":[...]`; nothing when no statement was left out.
void appendWarnings(std::string &out, const Evaluation &evaluation, std::span<const Policy *const> policies)
{
    if (evaluation.skipped.empty())
        return;
    out += ",\"warnings\":";
    out += dumped(warningsJson(policies, evaluation));
}

std::string errorLine(const Json &id, std::size_t lineNumber, const std::string &message,
                      const std::string &warnings = {})
{
    std::string out = "{\"id\":";
    out += dumped(id);
    out += ",\"line\":";
    out += std::to_string(lineNumber);
    out += ",\"error\":";
    out += dumped(Json(message));
    out += warnings;
    out += '}';
    return out;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Finds the raw text of a top-level member's value without building JSON values, so that a
// repeated policy can be recognised by its text alone. False when unsure (the caller then
// parses the whole line): a malformed line, or the key twice.
bool findMember(std::string_view line, std::string_view quotedKey, std::size_t &begin, std::size_t &end)
{
    const std::size_t n = line.size();
    std::size_t i = 0;
    const auto skipSpace = [&] {
        while (i < n && isJsonSpace(line[i]))
            ++i;
    };
    const auto skipString = [&] {
        for (++i; i < n; ++i) {
            if (line[i] == '\\')
                ++i;
            else if (line[i] == '"')
                return ++i, true;
        }
        return false;
    };
    const auto skipValue = [&] {
        if (i >= n)
            return false;
        if (line[i] == '"')
            return skipString();
        if (line[i] == '{' || line[i] == '[') {
            int depth = 0;
            while (i < n) {
                const char c = line[i];
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    ++i;
                    return true;
                }
                ++i;
            }
            return false;
        }
        while (i < n && line[i] != ',' && line[i] != '}' && !isJsonSpace(line[i]))
            ++i;
        return true;
    };
    skipSpace();
    if (i >= n || line[i] != '{')
        return false;
    ++i;
    bool found = false;
    for (;;) {
        skipSpace();
        if (i < n && line[i] == '}')
            return found;
        const std::size_t keyBegin = i;
        if (i >= n || line[i] != '"' || !skipString())
            return false;
        const std::string_view key = line.substr(keyBegin, i - keyBegin);
        skipSpace();
        if (i >= n || line[i] != ':')
            return false;
        ++i;
        skipSpace();
        const std::size_t valueBegin = i;
        if (!skipValue())
            return false;
        if (key == quotedKey) {
            if (found)
                return false;
            found = true;
            begin = valueBegin;
            end = i;
        }
        skipSpace();
        if (i < n && line[i] == ',') {
            ++i;
            continue;
        }
        return i < n && line[i] == '}' && found;
    }
}

// The column (1-based) of the first bracket that opens a container deeper than `limit`, or 0.
// Deeper JSON is refused before it is parsed: copying, hashing and comparing a parsed value recurse
// once per level, and 100,000 levels overflow the stack.
std::size_t tooDeepAt(std::string_view line, int limit)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > limit)
                return i + 1;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return 0;
}

bool isBlank(const std::string &line)
{
    return line.find_first_not_of(" \t\r") == std::string::npos;
}

} // namespace

nlohmann::ordered_json warningsJson(std::span<const Policy *const> policies, const Evaluation &evaluation)
{
    Json warnings = Json::array();
    for (const SkippedStatement &skipped : evaluation.skipped) {
        const Policy &policy = *policies[skipped.ref.policy];
        const Statement &statement = policy.statements[skipped.ref.statement];
        Json reasons = Json::array();
        for (const SkipCause &cause : skipped.causes)
            reasons.push_back(
                {{"reason", Texts::skipReasonId(cause.reason).toStdString()}, {"pointer", cause.pointer}});
        Json effect = nullptr;
        if (skipped.effect)
            effect = *skipped.effect == Effect::Deny ? "Deny" : "Allow";
        warnings.push_back({{"policy", policy.name},
                            {"index", statement.index},
                            {"sid", statement.sid ? Json(*statement.sid) : Json(nullptr)},
                            {"effect", std::move(effect)},
                            {"mightApply", skipped.mightApply},
                            {"reasons", std::move(reasons)},
                            {"message", Texts::skippedStatement(policies, skipped).toStdString()}});
    }
    return warnings;
}

const Finding *incompletePolicy(const PolicySource &source)
{
    for (const Finding &finding : source.diagnostics()) {
        const std::string &id = finding.ruleId;
        if (id == "JSON_SYNTAX_ERROR" || id == "JSON_DUPLICATE_KEY" || id == "JSON_NESTING_TOO_DEEP"
            || id == "INTERNAL_ERROR" || id == "MISSING_STATEMENT"
            || (id == "INVALID_STATEMENT_TYPE" && finding.pointer == "/Statement")
            || (id == "INVALID_ELEMENT_TYPE" && finding.pointer.empty()))
            return &finding;
    }
    return nullptr;
}

const RequestStream::PolicySet *RequestStream::policySet(const Json &policies, std::string &error)
{
    const std::size_t hash = std::hash<Json> {}(policies);
    auto &bucket = m_cache[hash];
    for (const auto &set : bucket) {
        if (set->value == policies)
            return set.get();
    }
    auto set = std::make_unique<PolicySet>();
    set->sources.reserve(policies.size());
    for (std::size_t i = 0; i < policies.size(); ++i) {
        const Json &entry = policies[i];
        std::string name = "policy" + std::to_string(i + 1);
        const Json *document = &entry;
        // {"name": ..., "policy": {...}} wraps a policy; a bare policy has Statement/Version.
        if (entry.is_object() && entry.contains("policy") && !entry.contains("Statement")) {
            document = &entry["policy"];
            const auto named = entry.find("name");
            if (named != entry.end() && named->is_string())
                name = named->get<std::string>();
        }
        if (document->is_object()) {
            set->sources.push_back(PolicySource::fromJson(*document, name));
        } else if (document->is_string()) { // policy text embedded as a string
            set->sources.push_back(PolicySource::parse(document->get<std::string>(), name));
        } else {
            error = text(RequestTexts::tr("policies[%1] is not a policy object").arg(i));
            if (bucket.empty())
                m_cache.erase(hash);
            return nullptr;
        }
    }
    for (std::size_t i = 0; i < set->sources.size() && set->error.empty(); ++i) {
        if (const Finding *finding = incompletePolicy(set->sources[i]))
            set->error = text(RequestTexts::tr("policies[%1] (%2) cannot be read completely: %3")
                                  .arg(i)
                                  .arg(QString::fromStdString(set->sources[i].name()),
                                       Texts::findingTitle(finding->ruleId, finding->args)));
    }
    for (const PolicySource &source : set->sources)
        set->policies.push_back(&source.policy());
    set->value = policies;
    if (m_cacheSize >= maxCachedSets) {
        m_byText.clear(); // it points into m_cache
        m_cache.clear();
        m_cacheSize = 0;
    }
    ++m_cacheSize;
    auto &target = m_cache[hash];
    target.push_back(std::move(set));
    return target.back().get();
}

std::string RequestStream::answer(const std::string &line, std::size_t lineNumber)
{
    if (isBlank(line))
        return errorLine(nullptr, lineNumber, text(RequestTexts::tr("empty line: expected a request object")));
    // The request object and its "policies" array hold the policies: two levels more than a policy.
    if (const std::size_t column = tooDeepAt(line, PolicySource::maxDepth + 2))
        return errorLine(nullptr, lineNumber,
                         text(RequestTexts::tr("column %1: nested deeper than %2 levels")
                                  .arg(static_cast<qulonglong>(column))
                                  .arg(PolicySource::maxDepth + 2)));
    // Fast path: a "policies" text seen before is not parsed again; only the rest of the line is.
    Json request;
    const PolicySet *known = nullptr;
    std::size_t policiesBegin = 0;
    std::size_t policiesEnd = 0;
    const bool located = findMember(line, "\"policies\"", policiesBegin, policiesEnd);
    if (located) {
        const auto it = m_byText.find(line.substr(policiesBegin, policiesEnd - policiesBegin));
        if (it != m_byText.end()) {
            request = Json::parse(line.substr(0, policiesBegin) + "[]" + line.substr(policiesEnd), nullptr, false);
            if (request.is_object())
                known = it->second;
        }
    }
    if (!known)
        try {
            request = Json::parse(line);
        } catch (const Json::parse_error &e) {
            return errorLine(nullptr, lineNumber,
                             text(RequestTexts::tr("column %1: not valid JSON").arg(static_cast<qulonglong>(e.byte))));
        } catch (const Json::exception &) { // e.g. a number too large for a double
            return errorLine(nullptr, lineNumber, text(RequestTexts::tr("not valid JSON")));
        }
    if (!request.is_object())
        return errorLine(nullptr, lineNumber, text(RequestTexts::tr("a request must be a JSON object")));

    const auto idIt = request.find("id");
    const Json id = idIt != request.end() ? *idIt : Json(nullptr);
    // A misspelt member must not be ignored: "permissionsBoundry" would silently drop a boundary.
    for (const auto &[name, value] : request.items()) {
        if (name == "id" || name == "policies" || name == "principal" || name == "action" || name == "resource"
            || name == "context" || name == "permissionsBoundary" || name == "scps")
            continue;
        return errorLine(id, lineNumber,
                         text(RequestTexts::tr("unknown member \"%1\" (a request has id, policies, principal, "
                                               "action, resource, context, permissionsBoundary and scps)")
                                  .arg(QString::fromStdString(name))));
    }
    const auto field = [&](const char *key) -> const Json * {
        const auto it = request.find(key);
        return it == request.end() ? nullptr : &*it;
    };

    const Json *policies = field("policies");
    if (!policies || !policies->is_array())
        return errorLine(id, lineNumber, text(RequestTexts::tr("\"policies\" must be an array of policies")));
    const Json *action = field("action");
    if (!action || !action->is_string() || action->get_ref<const std::string &>().empty())
        return errorLine(id, lineNumber, text(RequestTexts::tr("\"action\" must be a string such as \"iam:GetUser\"")));
    const Json *resource = field("resource");
    if (!resource || !resource->is_string())
        return errorLine(id, lineNumber,
                         text(RequestTexts::tr("\"resource\" must be a string: an ARN, or \"*\" for actions without "
                                               "a resource type")));
    Request evaluated;
    evaluated.action = action->get<std::string>();
    evaluated.resource = resource->get<std::string>();
    if (const Json *principal = field("principal")) {
        if (!principal->is_string())
            return errorLine(id, lineNumber, text(RequestTexts::tr("\"principal\" must be a string (an ARN)")));
        evaluated.principal = principal->get<std::string>();
    }
    std::string error;
    if (const Json *context = field("context")) {
        if (!readContext(*context, evaluated.context, error))
            return errorLine(id, lineNumber, error);
    }
    const Json *boundary = field("permissionsBoundary");
    const Json *scps = field("scps");
    if (!policies || !policies->is_array())
        return errorLine(id, lineNumber, text(RequestTexts::tr("\"policies\" must be an array of policies")));
    if (scps) {
        bool levelsOk = scps->is_array();
        for (std::size_t i = 0; levelsOk && i < scps->size(); ++i)
            levelsOk = (*scps)[i].is_array();
        if (!levelsOk)
            return errorLine(id, lineNumber,
                             text(RequestTexts::tr("\"scps\" must be an array of levels, root first, each an array "
                                                   "of policies")));
    }
    if (boundary && !boundary->is_object() && !boundary->is_string())
        return errorLine(id, lineNumber, text(RequestTexts::tr("\"permissionsBoundary\" must be a policy")));
    // Several sets are looked up for one line: none of them may be evicted by the others.
    if (boundary || scps) {
        const std::size_t needed = 2 + (scps ? scps->size() : 0);
        if (needed > maxCachedSets)
            return errorLine(id, lineNumber, text(RequestTexts::tr("too many SCP levels")));
        if (m_cacheSize + needed >= maxCachedSets) {
            m_byText.clear();
            m_cache.clear();
            m_cacheSize = 0;
            if (known) { // the line was read without its policies: read it whole
                known = nullptr;
                request = Json::parse(line, nullptr, false);
                policies = field("policies");
                boundary = field("permissionsBoundary");
                scps = field("scps");
            }
        }
    }
    const PolicySet *set = known ? known : policySet(*policies, error);
    if (!set)
        return errorLine(id, lineNumber, error);
    if (!known && located) {
        if (m_byText.size() >= 4 * maxCachedSets)
            m_byText.clear();
        m_byText.emplace(line.substr(policiesBegin, policiesEnd - policiesBegin), set);
    }
    if (!set->error.empty())
        return errorLine(id, lineNumber, set->error);

    if (boundary || scps)
        return layeredAnswer(id, lineNumber, evaluated, *set, boundary, scps);

    const std::span<const Policy *const> span(set->policies);
    const Evaluation evaluation = evaluate(span, evaluated, EvaluateOptions {false});
    std::string warnings;
    appendWarnings(warnings, evaluation, span);
    if (evaluation.indeterminate)
        return errorLine(id, lineNumber, Texts::indeterminateEvaluation(span, evaluation).toStdString(), warnings);
    std::string out = "{\"id\":";
    out += id.dump(-1, ' ', false, Json::error_handler_t::replace);
    out += ",\"decision\":\"";
    out += evaluation.decision == Decision::Allow       ? "Allow"
        : evaluation.decision == Decision::ExplicitDeny ? "ExplicitDeny"
                                                        : "ImplicitDeny";
    out += "\",\"allowedBy\":";
    appendStatementRefs(out, evaluation.allowedBy, set->policies);
    out += ",\"deniedBy\":";
    appendStatementRefs(out, evaluation.deniedBy, set->policies);
    if (evaluation.notPolicyControlled)
        out += ",\"notPolicyControlled\":true";
    out += warnings;
    out += '}';
    return out;
}

std::string RequestStream::layeredAnswer(const Json &id, std::size_t lineNumber, const Request &request,
                                         const PolicySet &identity, const Json *boundary, const Json *scps)
{
    // Each layer's policies as a set of their own; layer by layer as DESIGN.md's contract says.
    std::vector<const PolicySet *> sets;
    std::vector<LayerEvaluation> layers;
    std::string error;
    const auto layerSet = [&](const Json &policies, const QString &what) -> const PolicySet * {
        const PolicySet *set = policySet(policies, error);
        if (set && !set->error.empty())
            error = set->error;
        if (!set || !set->error.empty()) {
            error = text(what) + ": " + error;
            return nullptr;
        }
        return set;
    };
    if (scps) {
        for (std::size_t level = 0; level < scps->size(); ++level) {
            const PolicySet *set = layerSet((*scps)[level], RequestTexts::tr("scps[%1]").arg(level));
            if (!set)
                return errorLine(id, lineNumber, error);
            LayerEvaluation layer;
            layer.layer = Layer::Scp;
            layer.scpLevel = level;
            layer.evaluation = evaluate(set->policies, request, EvaluateOptions {false});
            sets.push_back(set);
            layers.push_back(std::move(layer));
        }
    }
    LayerEvaluation identityLayer;
    identityLayer.layer = Layer::Identity;
    identityLayer.evaluation = evaluate(identity.policies, request, EvaluateOptions {false});
    sets.push_back(&identity);
    layers.push_back(std::move(identityLayer));
    if (boundary) {
        const PolicySet *set = layerSet(Json::array({*boundary}), RequestTexts::tr("permissionsBoundary"));
        if (!set)
            return errorLine(id, lineNumber, error);
        LayerEvaluation layer;
        layer.layer = Layer::PermissionsBoundary;
        layer.evaluation = evaluate(set->policies, request, EvaluateOptions {false});
        sets.push_back(set);
        layers.push_back(std::move(layer));
    }
    const PrincipalEvaluation result = combineLayers(layers, request);

    Json warnings = Json::array();
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
        for (Json &warning : warningsJson(sets[i]->policies, result.layers[i].evaluation)) {
            warning["layer"] = layerId(result.layers[i].layer);
            warnings.push_back(std::move(warning));
        }
    }
    std::string warningText;
    if (!warnings.empty())
        warningText = ",\"warnings\":" + dumped(warnings);
    if (result.indeterminate) {
        for (std::size_t i = 0; i < result.layers.size(); ++i) {
            if (result.layers[i].evaluation.indeterminate)
                return errorLine(
                    id, lineNumber,
                    Texts::indeterminateEvaluation(sets[i]->policies, result.layers[i].evaluation).toStdString(),
                    warningText);
        }
    }
    const std::size_t deciding = static_cast<std::size_t>(&result.deciding() - result.layers.data());
    std::string out = "{\"id\":";
    out += dumped(id);
    out += ",\"decision\":\"";
    out += result.decision == Decision::Allow       ? "Allow"
        : result.decision == Decision::ExplicitDeny ? "ExplicitDeny"
                                                    : "ImplicitDeny";
    out += "\",\"allowedBy\":";
    // The identity-based statements that allow; SCP and boundary Allows only let them through.
    std::size_t identityIndex = 0;
    for (std::size_t i = 0; i < result.layers.size(); ++i) {
        if (result.layers[i].layer == Layer::Identity)
            identityIndex = i;
    }
    if (result.decision == Decision::Allow)
        appendStatementRefs(out, result.layers[identityIndex].evaluation.allowedBy, sets[identityIndex]->policies);
    else
        out += "[]";
    out += ",\"deniedBy\":";
    if (result.decision == Decision::ExplicitDeny)
        appendStatementRefs(out, result.layers[deciding].evaluation.deniedBy, sets[deciding]->policies);
    else
        out += "[]";
    if (result.decision != Decision::Allow) {
        out += ",\"layer\":\"";
        out += layerId(result.decidingLayer);
        out += '"';
        if (result.decidingLayer == Layer::Scp) {
            out += ",\"scpLevel\":";
            out += std::to_string(result.decidingScpLevel);
        }
    }
    if (result.notPolicyControlled)
        out += ",\"notPolicyControlled\":true";
    out += warningText;
    out += '}';
    return out;
}

bool RequestStream::run(std::istream &in, std::FILE *out, bool flushEachLine)
{
    std::string line;
    std::string answerText;
    std::size_t lineNumber = 0;
    while (std::getline(in, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        answerText = answer(line, lineNumber);
        answerText += '\n';
        if (std::fwrite(answerText.data(), 1, answerText.size(), out) != answerText.size())
            return false;
        if (flushEachLine)
            std::fflush(out);
    }
    return std::fflush(out) == 0 && !std::ferror(out);
}

} // namespace mfapolicy
