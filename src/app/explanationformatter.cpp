#include "explanationformatter.h"

#include "checker.h"
#include "texts.h"

namespace mfapolicy {

namespace {
QString escaped(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped();
}
} // namespace

QString ExplanationFormatter::placeholder()
{
    return QStringLiteral("<p style='color:gray'>%1</p>")
        .arg(tr("Select a cell of the matrix or a finding to see why.").toHtmlEscaped());
}

QString ExplanationFormatter::cell(const Policy &policy, const SimulationIdentity &identity, const MatrixRow &row,
                                   AuthState state)
{
    // The matrix keeps no traces; the shown cell is evaluated again with its trace.
    const Policy *policies[] = {&policy};
    const Request request = cellRequest(identity, row, state);
    const Evaluation evaluation = explainCell(policies, identity, row, state);

    QString html = QStringLiteral("<h3>%1</h3>").arg(Texts::decisionLabel(evaluation.decision).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2<br><tt>%3</tt><br>%4</p>")
                .arg(escaped(row.action), tr("on").toHtmlEscaped(), escaped(row.resource),
                     QString(Texts::authState(state) + QStringLiteral(" — ") + Texts::authStateDescription(state))
                         .toHtmlEscaped());
    if (evaluation.notPolicyControlled)
        html += QStringLiteral("<p>%1</p>").arg(Texts::sessionTokenNote().toHtmlEscaped());
    const QStringList lines = Texts::evaluationExplanation(policies, evaluation, request);
    if (!lines.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &line : lines)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString ExplanationFormatter::finding(const Finding &finding)
{
    QString html = QStringLiteral("<h3><img src=':/icons/severity-%1.svg' width='16' height='16'> %2</h3>")
                       .arg(QString::fromLatin1(severityId(finding.severity)),
                            Texts::findingTitle(finding.ruleId, finding.args).toHtmlEscaped());
    html += QStringLiteral("<p>%1 · %2 · <tt>%3</tt></p>")
                .arg(Texts::severity(finding.severity).toHtmlEscaped(),
                     tr("line %1, column %2").arg(finding.range.line).arg(finding.range.column).toHtmlEscaped(),
                     escaped(finding.ruleId));
    html += QStringLiteral("<p>%1</p>").arg(Texts::findingExplanation(finding.ruleId, finding.args).toHtmlEscaped());
    if (!finding.fixes.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Quick fixes:").toHtmlEscaped());
        for (const QuickFix &fix : finding.fixes)
            html += QStringLiteral("<li>%1</li>").arg(Texts::quickFixTitle(fix.id, fix.args).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (const RuleInfo *rule = findRule(finding.ruleId); rule && !rule->learnMoreUrl.empty()) {
        const QString url = QString::fromStdString(rule->learnMoreUrl).toHtmlEscaped();
        html += QStringLiteral("<p><a href='%1'>%2</a></p>").arg(url, tr("Learn more").toHtmlEscaped());
    }
    return html;
}

} // namespace mfapolicy
