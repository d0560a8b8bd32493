#include "findingsformatter.h"

#include "checker.h"
#include "texts.h"

#include <nlohmann/json.hpp>

#include <map>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

std::string str(const QString &text)
{
    return text.toStdString();
}

QString dump(const Json &value)
{
    return QString::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

Json editsJson(const std::vector<TextEdit> &edits)
{
    Json out = Json::array();
    for (const TextEdit &edit : edits)
        out.push_back({{"begin", edit.begin}, {"end", edit.end}, {"replacement", edit.replacement}});
    return out;
}

} // namespace

FindingsFormatter::FindingsFormatter(const std::vector<FileFindings> &files) : m_files(files) { }

QString FindingsFormatter::sarifLevel(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::SecurityWarning:
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Suggestion:
        break;
    }
    return QStringLiteral("note");
}

QString FindingsFormatter::text() const
{
    QString out;
    std::map<Severity, int> counts;
    for (const FileFindings &file : m_files) {
        for (const Finding &f : file.findings) {
            // The severity word stays an untranslated id: editors and CI problem matchers parse it.
            out += QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
                       .arg(file.path)
                       .arg(f.range.line)
                       .arg(f.range.column)
                       .arg(QString::fromLatin1(severityId(f.severity)), Texts::findingTitle(f.ruleId, f.args),
                            QString::fromStdString(f.ruleId));
            ++counts[f.severity];
        }
    }
    if (counts.empty())
        return tr("No findings in %n file(s).\n", nullptr, static_cast<int>(m_files.size()));
    QStringList parts;
    for (const auto &[severity, count] : counts) {
        switch (severity) {
        case Severity::Error:
            parts << tr("%n error(s)", nullptr, count);
            break;
        case Severity::SecurityWarning:
            parts << tr("%n security warning(s)", nullptr, count);
            break;
        case Severity::Warning:
            parts << tr("%n warning(s)", nullptr, count);
            break;
        case Severity::Suggestion:
            parts << tr("%n suggestion(s)", nullptr, count);
            break;
        }
    }
    return out + tr("Findings: %1.").arg(parts.join(QStringLiteral(", "))) + QLatin1Char('\n');
}

QString FindingsFormatter::json() const
{
    Json findings = Json::array();
    for (const FileFindings &file : m_files) {
        for (const Finding &f : file.findings) {
            Json fixes = Json::array();
            for (const QuickFix &fix : f.fixes)
                fixes.push_back({{"id", fix.id},
                                 {"title", str(Texts::quickFixTitle(fix.id, fix.args))},
                                 {"edits", editsJson(fix.edits)}});
            Json finding = {{"file", str(file.path)}};
            if (f.policy) // a finding of a principal: the layer of the policy it is about
                finding["layer"] = layerId(f.policy->layer);
            finding.update(Json {{"ruleId", f.ruleId},
                                 {"severity", severityId(f.severity)},
                                 {"title", str(Texts::findingTitle(f.ruleId, f.args))},
                                 {"explanation", str(Texts::findingExplanation(f.ruleId, f.args))},
                                 {"line", f.range.line},
                                 {"column", f.range.column},
                                 {"endLine", f.range.endLine},
                                 {"endColumn", f.range.endColumn},
                                 {"pointer", f.pointer},
                                 {"args", f.args},
                                 {"fixes", fixes}});
            findings.push_back(std::move(finding));
        }
    }
    return dump(Json {{"findings", findings}});
}

QString FindingsFormatter::sarif(const QString &toolVersion) const
{
    Json rules = Json::array();
    std::map<std::string, std::size_t> ruleIndex;
    Json results = Json::array();
    for (const FileFindings &file : m_files) {
        for (const Finding &f : file.findings) {
            auto it = ruleIndex.find(f.ruleId);
            if (it == ruleIndex.end()) {
                const RuleInfo *info = findRule(f.ruleId);
                Json rule
                    = {{"id", f.ruleId},
                       {"name", f.ruleId},
                       {"shortDescription", {{"text", str(Texts::findingTitle(f.ruleId, {}))}}},
                       {"fullDescription", {{"text", str(Texts::findingExplanation(f.ruleId, {}))}}},
                       {"defaultConfiguration", {{"level", str(sarifLevel(info ? info->severity : f.severity))}}}};
                if (info && !info->learnMoreUrl.empty())
                    rule["helpUri"] = info->learnMoreUrl;
                if ((info ? info->severity : f.severity) == Severity::SecurityWarning)
                    rule["properties"] = {{"tags", {"security"}}};
                it = ruleIndex.emplace(f.ruleId, rules.size()).first;
                rules.push_back(std::move(rule));
            }
            const Json artifact = {{"uri", str(file.path)}};
            Json result = {{"ruleId", f.ruleId},
                           {"ruleIndex", it->second},
                           {"level", str(sarifLevel(f.severity))},
                           {"message", {{"text", str(Texts::findingTitle(f.ruleId, f.args))}}},
                           {"locations",
                            {{{"physicalLocation",
                               {{"artifactLocation", artifact},
                                {"region",
                                 {{"startLine", f.range.line},
                                  {"startColumn", f.range.column},
                                  {"endLine", f.range.endLine},
                                  {"endColumn", f.range.endColumn},
                                  {"byteOffset", f.range.begin},
                                  {"byteLength", f.range.end - f.range.begin}}}}}}}}};
            Json fixes = Json::array();
            for (const QuickFix &fix : f.fixes) {
                if (fix.edits.empty())
                    continue;
                Json replacements = Json::array();
                for (const TextEdit &edit : fix.edits)
                    replacements.push_back(
                        {{"deletedRegion", {{"byteOffset", edit.begin}, {"byteLength", edit.end - edit.begin}}},
                         {"insertedContent", {{"text", edit.replacement}}}});
                fixes.push_back(
                    {{"description", {{"text", str(Texts::quickFixTitle(fix.id, fix.args))}}},
                     {"artifactChanges", {{{"artifactLocation", artifact}, {"replacements", replacements}}}}});
            }
            if (!fixes.empty())
                result["fixes"] = fixes;
            results.push_back(std::move(result));
        }
    }
    return sarifLog(rules, results, toolVersion);
}

QString FindingsFormatter::sarifLog(const nlohmann::ordered_json &rules, const nlohmann::ordered_json &results,
                                    const QString &toolVersion)
{
    Json driver = {{"name", "mfa-policy"}, {"version", str(toolVersion)}, {"rules", rules}};
    Json run = {{"tool", {{"driver", driver}}}, {"columnKind", "unicodeCodePoints"}, {"results", results}};
    return dump(Json {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", Json::array({run})}});
}

} // namespace mfapolicy
