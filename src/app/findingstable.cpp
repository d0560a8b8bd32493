#include "findingstable.h"

#include "markdown.h"
#include "matrixformatter.h"
#include "texts.h"

namespace mfapolicy {

FindingsTable::FindingsTable(const std::vector<Finding> &findings, QString policyName)
    : m_findings(findings), m_policyName(std::move(policyName))
{ }

QStringList FindingsTable::header() const
{
    return {tr("Severity"), tr("Location"), tr("Finding")};
}

QList<QStringList> FindingsTable::rows() const
{
    QList<QStringList> rows;
    for (const Finding &finding : m_findings)
        rows.append({Texts::severity(finding.severity),
                     tr("line %1, column %2").arg(finding.range.line).arg(finding.range.column),
                     Texts::findingTitle(finding.ruleId, finding.args)});
    return rows;
}

QString FindingsTable::csv() const
{
    QString out;
    QList<QStringList> lines = rows();
    lines.prepend(header());
    for (const QStringList &line : std::as_const(lines)) {
        QStringList quoted;
        for (const QString &field : line)
            quoted.append(MatrixFormatter::csvField(field));
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString FindingsTable::markdown() const
{
    QString out = QStringLiteral("## ") + markdownEscaped(tr("Findings")) + QStringLiteral("\n\n");
    if (!m_policyName.isEmpty())
        out += markdownEscaped(m_policyName) + QStringLiteral("\n\n");
    const QStringList head = header();
    out += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|---|---|---|\n");
    for (const QStringList &row : rows()) {
        QStringList cells;
        for (const QString &field : row)
            cells.append(markdownEscaped(field));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    return out;
}

QString FindingsTable::html() const
{
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                      .arg(tr("en", "HTML lang attribute of exported documents"))
        + tr("Findings").toHtmlEscaped()
        + QStringLiteral("</title>\n<style>\nbody { font-family: sans-serif; }\ntable { border-collapse: collapse; }\n"
                         "th, td { border: 1px solid #888; padding: 4px 8px; text-align: left; }\n</style>\n"
                         "</head>\n<body>\n<h1>")
        + tr("Findings").toHtmlEscaped() + QStringLiteral("</h1>\n<p>") + m_policyName.toHtmlEscaped()
        + QStringLiteral("</p>\n<table>\n<thead><tr>");
    for (const QString &title : header())
        out += QStringLiteral("<th scope=\"col\">") + title.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : rows()) {
        out += QStringLiteral("<tr>");
        for (const QString &field : row)
            out += QStringLiteral("<td>") + field.toHtmlEscaped() + QStringLiteral("</td>");
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n</body>\n</html>\n");
    return out;
}

} // namespace mfapolicy
