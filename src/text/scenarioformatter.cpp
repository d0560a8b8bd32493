#include "scenarioformatter.h"

#include "htmldocument.h"
#include "markdown.h"
#include "matrixformatter.h"
#include "statementrefs.h"
#include "texts.h"

#include <nlohmann/json.hpp>

namespace mfapolicy {

using Json = nlohmann::ordered_json;

ScenarioFormatter::ScenarioFormatter(const Principal &principal, const ScenarioResult &result)
    : m_principal(principal), m_result(result)
{ }

QString ScenarioFormatter::title() const
{
    return Texts::flowName(m_result.options.flow);
}

QString ScenarioFormatter::identityLine() const
{
    const SimulationIdentity &identity = m_principal.identity;
    return tr("User %1, device name %2. %3")
        .arg(QString::fromStdString(identity.userArn()), QString::fromStdString(m_result.options.identity.deviceName),
             Texts::authStateDescription(m_result.options.signedInWith));
}

QString ScenarioFormatter::outcome() const
{
    if (m_result.succeeded)
        return tr("Result: the enrollment can be completed.");
    if (m_result.undetermined)
        return tr("Result: whether the enrollment can be completed cannot be determined.");
    return tr("Result: the enrollment cannot be completed.");
}

QString ScenarioFormatter::stepTitle(std::size_t index) const
{
    if (index >= m_result.steps.size())
        return {};
    return QString::number(index + 1) + QStringLiteral(". ") + Texts::scenarioStep(m_result.steps[index].stepId);
}

QString ScenarioFormatter::nonBlockingNote(const ScenarioStep &step)
{
    if (step.required || step.decision() == CellDecision::Allow)
        return {};
    return tr("Not required: the flow goes on.");
}

std::vector<const Policy *> ScenarioFormatter::policiesOf(const ScenarioStep &step) const
{
    return layerPolicies(m_principal, step.layer, step.scpLevel);
}

QString ScenarioFormatter::layerText(const ScenarioStep &step) const
{
    if (step.layer == Layer::Scp && step.scpLevel < m_principal.scps.size())
        return tr("%1 at %2")
            .arg(Texts::layerName(step.layer), QString::fromStdString(m_principal.scps[step.scpLevel].name));
    return Texts::layerName(step.layer);
}

QString ScenarioFormatter::statementLabel(const ScenarioStep &step, std::size_t policy, std::size_t statement) const
{
    const std::vector<const Policy *> policies = policiesOf(step);
    // The statement's own name (Sid), the policy named beside it.
    const Policy *one[] = {policy < policies.size() ? policies[policy] : nullptr};
    return tr("%1 in %2")
        .arg(Texts::statementName(one, {0, statement}),
             QString::fromStdString(principalPolicyName(m_principal, {step.layer, step.scpLevel, policy})));
}

std::vector<StatementRef> ScenarioFormatter::nearMisses(const ScenarioStep &step) const
{
    std::vector<StatementRef> refs;
    const std::vector<const Policy *> policies = policiesOf(step);
    for (const StatementTrace &trace : step.evaluation.trace) {
        if (!trace.usable || trace.applies || !trace.action.matched || trace.policy >= policies.size()
            || !policies[trace.policy] || trace.statement >= policies[trace.policy]->statements.size())
            continue;
        if (policies[trace.policy]->statements[trace.statement].effect == Effect::Allow)
            refs.push_back({trace.policy, trace.statement});
    }
    return refs;
}

std::optional<PrincipalStatementRef> ScenarioFormatter::pointedStatement(const ScenarioStep &step) const
{
    switch (step.decision()) {
    case CellDecision::Allow:
    case CellDecision::ExplicitDeny:
        if (!step.deciding.empty())
            return step.deciding.front();
        return std::nullopt;
    case CellDecision::ImplicitDeny:
        if (const std::vector<StatementRef> near = nearMisses(step); !near.empty())
            return PrincipalStatementRef {{step.layer, step.scpLevel, near.front().policy}, near.front().statement};
        return std::nullopt;
    case CellDecision::Undetermined:
        break;
    }
    return std::nullopt;
}

QString ScenarioFormatter::decidedBy(const ScenarioStep &step) const
{
    const QString layer = layerText(step);
    const CellDecision decision = step.decision();
    if (decision == CellDecision::Undetermined)
        return tr("No answer: a statement of the %1 that cannot be evaluated might decide this call.").arg(layer);
    if (step.evaluation.notPolicyControlled)
        return Texts::sessionTokenNote();
    QStringList names;
    if (decision == CellDecision::ImplicitDeny) {
        for (const StatementRef &ref : nearMisses(step))
            names << statementLabel(step, ref.policy, ref.statement);
        if (names.isEmpty())
            return tr("No %1 allows it.").arg(layer);
        return tr("No %1 allows it. %2 allows this call, but not this request.")
            .arg(layer, names.join(QStringLiteral(", ")));
    }
    const std::vector<StatementRef> &refs
        = decision == CellDecision::ExplicitDeny ? step.evaluation.deniedBy : step.evaluation.allowedBy;
    for (const StatementRef &ref : refs)
        names << statementLabel(step, ref.policy, ref.statement);
    return decision == CellDecision::ExplicitDeny
        ? tr("Denied by %1 (%2).").arg(names.join(QStringLiteral(", ")), layer)
        : tr("Allowed by %1 (%2).").arg(names.join(QStringLiteral(", ")), layer);
}

QString ScenarioFormatter::layerLine(const ScenarioStep &step) const
{
    const CellDecision decision = step.decision();
    if ((decision != CellDecision::ExplicitDeny && decision != CellDecision::ImplicitDeny)
        || step.layer == Layer::Identity)
        return {};
    QStringList names;
    if (decision == CellDecision::ExplicitDeny) {
        for (const PrincipalStatementRef &ref : step.deciding)
            names << QString::fromStdString(principalPolicyName(m_principal, ref.policy));
    } else if (step.layer == Layer::PermissionsBoundary && m_principal.boundary) {
        names << QString::fromStdString(m_principal.boundary->name);
    } else if (step.layer == Layer::Scp && step.scpLevel < m_principal.scps.size()) {
        for (const PrincipalPolicy &policy : m_principal.scps[step.scpLevel].policies)
            names << QString::fromStdString(policy.name);
    }
    names.removeDuplicates();
    QString line = tr("Decided by the %1: %2").arg(Texts::layerName(step.layer), names.join(QStringLiteral(", ")));
    if (step.layer == Layer::Scp && step.scpLevel < m_principal.scps.size())
        line += QStringLiteral(" (") + QString::fromStdString(m_principal.scps[step.scpLevel].name) + QLatin1Char(')');
    return line;
}

QStringList ScenarioFormatter::explanationLines(const ScenarioStep &step) const
{
    if (step.decision() == CellDecision::Undetermined)
        return {tr("A statement that could not be evaluated might decide this call; fix the policy's errors "
                   "(mfa-policy check) to get IAM's answer.")};
    const QStringList lines = Texts::evaluationExplanation(policiesOf(step), step.evaluation, step.request);
    // Only the deciding statements (they follow the decision line); `simulate` gives the full trace.
    const std::size_t deciding = step.decision() == CellDecision::Allow ? step.evaluation.allowedBy.size()
        : step.decision() == CellDecision::ExplicitDeny                 ? step.evaluation.deniedBy.size()
                                                                        : 1;
    return lines.mid(1, qsizetype(deciding));
}

QString ScenarioFormatter::text() const
{
    QString text = title() + QLatin1Char('\n') + identityLine() + QStringLiteral("\n\n");
    const QString indent = QStringLiteral("      ");
    int number = 0;
    for (const ScenarioStep &step : m_result.steps) {
        ++number;
        const QString label = Texts::decisionLabel(step.decision());
        text += QStringLiteral("%1. %2%3\n")
                    .arg(number, 2)
                    .arg(label + QString(qMax(2, 18 - MatrixFormatter::displayWidth(label)), QLatin1Char(' ')),
                         Texts::scenarioStep(step.stepId));
        text += indent
            + tr("%1 on %2")
                  .arg(QString::fromStdString(step.request.action), QString::fromStdString(step.request.resource))
            + QLatin1Char('\n');
        if (!step.outcomeId.empty())
            text += indent + Texts::scenarioOutcome(step.outcomeId) + QLatin1Char('\n');
        if (!step.accessDeniedMessage.empty())
            text += indent + tr("AWS answers: %1").arg(QString::fromStdString(step.accessDeniedMessage))
                + QLatin1Char('\n');
        if (const QString layer = layerLine(step); !layer.isEmpty())
            text += indent + layer + QLatin1Char('\n');
        for (const QString &line : explanationLines(step))
            text += indent + line + QLatin1Char('\n');
        if (const QString note = nonBlockingNote(step); !note.isEmpty())
            text += indent + note + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + outcome() + QLatin1Char('\n');
}

QString ScenarioFormatter::json() const
{
    Json steps = Json::array();
    for (const ScenarioStep &step : m_result.steps) {
        const std::vector<const Policy *> policies = policiesOf(step);
        Json explanation = Json::array();
        const QStringList lines = step.decision() == CellDecision::Undetermined
            ? QStringList {Texts::decisionLabel(CellDecision::Undetermined)} + explanationLines(step)
            : Texts::evaluationExplanation(policies, step.evaluation, step.request);
        for (const QString &line : lines)
            explanation.push_back(line.toStdString());
        Json entry = {{"step", step.stepId},
                      {"title", Texts::scenarioStep(step.stepId).toStdString()},
                      {"action", step.request.action},
                      {"resource", step.request.resource},
                      {"signedWith", authStateId(step.state)}};
        addDecisionJson(entry, step.decision(), step.layer, step.scpLevel, step.evaluation, policies);
        entry["required"] = step.required;
        entry["flowContinues"] = step.flowContinues;
        entry["outcome"] = step.outcomeId;
        entry["accessDeniedMessage"] = step.accessDeniedMessage;
        entry["explanation"] = explanation;
        steps.push_back(std::move(entry));
    }
    const Json out = {{"flow", flowId(m_result.options.flow)},
                      {"signedInWith", authStateId(m_result.options.signedInWith)},
                      {"user", m_principal.identity.userArn()},
                      {"deviceName", m_result.options.identity.deviceName},
                      {"succeeded", m_result.succeeded},
                      {"undetermined", m_result.undetermined},
                      {"steps", steps}};
    return QString::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

QString ScenarioFormatter::markdown() const
{
    QString out = QStringLiteral("# ") + markdownEscaped(title()) + QStringLiteral("\n\n")
        + markdownEscaped(identityLine()) + QStringLiteral("\n\n");
    for (std::size_t i = 0; i < m_result.steps.size(); ++i) {
        const ScenarioStep &step = m_result.steps[i];
        out += QStringLiteral("## ") + markdownEscaped(stepTitle(i)) + QStringLiteral("\n\n- ")
            + markdownEscaped(Texts::decisionLabel(step.decision())) + QStringLiteral(": ")
            + markdownEscaped(
                   tr("%1 on %2")
                       .arg(QString::fromStdString(step.request.action), QString::fromStdString(step.request.resource)))
            + QStringLiteral("\n- ") + markdownEscaped(decidedBy(step)) + QLatin1Char('\n');
        for (const QString &line :
             {Texts::scenarioOutcome(step.outcomeId), nonBlockingNote(step),
              step.accessDeniedMessage.empty()
                  ? QString()
                  : tr("AWS answers: %1").arg(QString::fromStdString(step.accessDeniedMessage))}) {
            if (!line.isEmpty())
                out += QStringLiteral("- ") + markdownEscaped(line) + QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }
    return out + QStringLiteral("**") + markdownEscaped(outcome()) + QStringLiteral("**\n");
}

QStringList ScenarioFormatter::columnTitles()
{
    return {tr("Step"), tr("Call"), tr("Resource"), tr("Decision"), tr("Decided by")};
}

QString ScenarioFormatter::html() const
{
    QString out = htmlDocumentStart(title(),
                                    QStringLiteral("td.allow { background: #d3e6f5; }\n"
                                                   "td.explicit-deny { background: #fbddc6; font-weight: bold; }\n"
                                                   "td.implicit-deny { background: #eeeeee; }\n"
                                                   "td.undetermined { background: #fff3b0; font-style: italic; }\n"
                                                   "tr.not-reached td { color: #666; }\n"))
        + QStringLiteral("<p>") + identityLine().toHtmlEscaped() + QStringLiteral("</p>\n<table>\n<thead><tr>");
    // A named list: the loop must not run over a reference into a temporary.
    const QStringList titles = columnTitles() << tr("Notes");
    for (const QString &h : titles)
        out += QStringLiteral("<th scope=\"col\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    bool reached = true;
    for (std::size_t i = 0; i < m_result.steps.size(); ++i) {
        const ScenarioStep &step = m_result.steps[i];
        QStringList notes;
        for (const QString &note : {Texts::scenarioOutcome(step.outcomeId), nonBlockingNote(step)}) {
            if (!note.isEmpty())
                notes << note.toHtmlEscaped();
        }
        if (!step.accessDeniedMessage.empty())
            notes << tr("AWS answers: %1")
                         .arg(QStringLiteral("<code>")
                              + QString::fromStdString(step.accessDeniedMessage).toHtmlEscaped()
                              + QStringLiteral("</code>"));
        out += (reached ? QStringLiteral("<tr>") : QStringLiteral("<tr class=\"not-reached\">"))
            + QStringLiteral("<th scope=\"row\">") + stepTitle(i).toHtmlEscaped() + QStringLiteral("</th><td><code>")
            + QString::fromStdString(step.request.action).toHtmlEscaped() + QStringLiteral("</code></td><td>")
            + QString::fromStdString(step.request.resource).toHtmlEscaped() + QStringLiteral("</td><td class=\"")
            + QLatin1String(cellDecisionId(step.decision())) + QStringLiteral("\">")
            + Texts::decisionLabel(step.decision()).toHtmlEscaped() + QStringLiteral("</td><td>")
            + decidedBy(step).toHtmlEscaped() + QStringLiteral("</td><td>") + notes.join(QStringLiteral("<br>"))
            + QStringLiteral("</td></tr>\n");
        reached = reached && step.flowContinues;
    }
    return out + QStringLiteral("</tbody>\n</table>\n<p><strong>") + outcome().toHtmlEscaped()
        + QStringLiteral("</strong></p>\n") + htmlDocumentEnd();
}

} // namespace mfapolicy
