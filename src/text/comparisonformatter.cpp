#include "comparisonformatter.h"

#include "htmldocument.h"
#include "markdown.h"
#include "matrixformatter.h"
#include "texts.h"

#include <nlohmann/json.hpp>

namespace mfapolicy {

namespace {

QString stateClause(AuthState state)
{
    switch (state) {
    case AuthState::MfaSession:
        return ComparisonFormatter::tr("With an MFA session");
    case AuthState::NoMfa:
        return ComparisonFormatter::tr("Without MFA");
    case AuthState::AccessKey:
        break;
    }
    return ComparisonFormatter::tr("With a long-term access key");
}

// The last part of an ARN (device or user name), for sentences.
QString nameIn(const std::string &arn)
{
    const QString text = QString::fromStdString(arn);
    return text.mid(text.lastIndexOf(QLatin1Char('/')) + 1);
}

QString resourceClause(const CellChange &change)
{
    switch (change.pattern) {
    case ResourcePattern::OwnUser:
        return ComparisonFormatter::tr("the user's own user");
    case ResourcePattern::OtherUser:
        return ComparisonFormatter::tr("another user (%1)").arg(nameIn(change.resource));
    case ResourcePattern::DeviceNamedLikeUser:
    case ResourcePattern::DeviceCustomName:
        return ComparisonFormatter::tr("a device named %1").arg(nameIn(change.resource));
    case ResourcePattern::OtherUsersDevice:
        return ComparisonFormatter::tr("another user's device %1").arg(nameIn(change.resource));
    case ResourcePattern::Star:
        break;
    }
    return ComparisonFormatter::tr("any resource");
}

} // namespace

ComparisonFormatter::ComparisonFormatter(const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks,
                                         QString beforeName, QString afterName)
    : m_changes(changes), m_hunks(hunks), m_beforeName(std::move(beforeName)), m_afterName(std::move(afterName))
{ }

QString ComparisonFormatter::changeSentence(const CellChange &change)
{
    return tr("%1, %2 on %3: %4 \u2192 %5")
        .arg(stateClause(change.state), QString::fromStdString(change.action), resourceClause(change),
             Texts::decision(change.before).toLower(), Texts::decision(change.after).toLower());
}

QString ComparisonFormatter::unifiedDiff() const
{
    return QString::fromStdString(unifiedDiffText(m_hunks, m_beforeName.toStdString(), m_afterName.toStdString()));
}

QString ComparisonFormatter::text() const
{
    QString out;
    if (m_changes.empty()) {
        out += tr("No matrix cell changes.") + QLatin1Char('\n');
    } else {
        out += tr("Matrix cells that change (%1):").arg(m_changes.size()) + QLatin1Char('\n');
        for (const CellChange &change : m_changes)
            out += QStringLiteral("  ") + changeSentence(change) + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    out += m_hunks.empty() ? tr("The texts are identical.") + QLatin1Char('\n') : unifiedDiff();
    return out;
}

QString ComparisonFormatter::markdown() const
{
    QString out = QStringLiteral("## ") + tr("Matrix cells that change") + QStringLiteral("\n\n");
    if (m_changes.empty())
        out += tr("No matrix cell changes.") + QLatin1Char('\n');
    for (const CellChange &change : m_changes)
        out += QStringLiteral("- ") + markdownEscaped(changeSentence(change)) + QLatin1Char('\n');
    out += QStringLiteral("\n## ") + tr("Text diff") + QStringLiteral("\n\n");
    if (m_hunks.empty()) {
        out += tr("The texts are identical.") + QLatin1Char('\n');
    } else {
        // A fence longer than any backtick run inside keeps the diff verbatim.
        const QString diff = unifiedDiff();
        QString fence = QStringLiteral("```");
        while (diff.contains(fence))
            fence += QLatin1Char('`');
        out += fence + QStringLiteral("diff\n") + diff
            + (diff.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence + QLatin1Char('\n');
    }
    return out;
}

QString ComparisonFormatter::json() const
{
    using Json = nlohmann::ordered_json;
    Json changes = Json::array();
    for (const CellChange &change : m_changes)
        changes.push_back({{"action", change.action},
                           {"pattern", resourcePatternId(change.pattern)},
                           {"resource", change.resource},
                           {"state", authStateId(change.state)},
                           {"before", Texts::decisionId(change.before).toStdString()},
                           {"after", Texts::decisionId(change.after).toStdString()},
                           {"text", changeSentence(change).toStdString()}});
    const Json out = {{"before", m_beforeName.toStdString()},
                      {"after", m_afterName.toStdString()},
                      {"changes", changes},
                      {"diff", unifiedDiff().toStdString()}};
    return QString::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

QString ComparisonFormatter::csv() const
{
    const QStringList header {tr("Action"),         tr("Resource pattern"), tr("Resource"),
                              tr("Signed in with"), tr("Before"),           tr("After")};
    const auto line = [](const QStringList &fields) -> QString {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << MatrixFormatter::csvField(field);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QString out = line(header);
    for (const CellChange &change : m_changes)
        out += line({QString::fromStdString(change.action), Texts::resourcePattern(change.pattern),
                     QString::fromStdString(change.resource), Texts::authState(change.state),
                     Texts::decision(change.before), Texts::decision(change.after)});
    return out;
}

QString ComparisonFormatter::html() const
{
    const QString title = tr("Comparison of %1 and %2").arg(m_beforeName, m_afterName);
    QString out = htmlDocumentStart(title, QStringLiteral("pre { background: #f4f4f4; padding: 8px; }\n"))
        + QStringLiteral("<h2>") + tr("Matrix cells that change").toHtmlEscaped() + QStringLiteral("</h2>\n");
    if (m_changes.empty()) {
        out += QStringLiteral("<p>") + tr("No matrix cell changes.").toHtmlEscaped() + QStringLiteral("</p>\n");
    } else {
        out += QStringLiteral("<table>\n<thead><tr>");
        for (const QString &h : {tr("Action"), tr("Resource"), tr("Signed in with"), tr("Before"), tr("After")})
            out += QStringLiteral("<th scope=\"col\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
        out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const CellChange &change : m_changes) {
            out += QStringLiteral("<tr><th scope=\"row\"><code>")
                + QString::fromStdString(change.action).toHtmlEscaped() + QStringLiteral("</code></th><td>")
                + Texts::resourcePattern(change.pattern).toHtmlEscaped() + QStringLiteral("<br><code>")
                + QString::fromStdString(change.resource).toHtmlEscaped() + QStringLiteral("</code></td><td>")
                + Texts::authState(change.state).toHtmlEscaped() + QStringLiteral("</td><td>")
                + Texts::decisionLabel(change.before).toHtmlEscaped() + QStringLiteral("</td><td>")
                + Texts::decisionLabel(change.after).toHtmlEscaped() + QStringLiteral("</td></tr>\n");
        }
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    out += QStringLiteral("<h2>") + tr("Text diff").toHtmlEscaped() + QStringLiteral("</h2>\n");
    out += m_hunks.empty()
        ? QStringLiteral("<p>") + tr("The texts are identical.").toHtmlEscaped() + QStringLiteral("</p>\n")
        : QStringLiteral("<pre>") + unifiedDiff().toHtmlEscaped() + QStringLiteral("</pre>\n");
    return out + htmlDocumentEnd();
}

} // namespace mfapolicy
