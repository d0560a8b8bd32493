#include "matrixformatter.h"

#include "markdown.h"
#include "statementrefs.h"
#include "texts.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
        || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
        || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

QString padded(const QString &text, int width)
{
    return text + QString(qMax(0, width - MatrixFormatter::displayWidth(text)), QLatin1Char(' '));
}

// "1" for the first identity-based policy, "B" for the boundary, "S2.1" for the first SCP of
// the second level.
QString policyMark(const PrincipalPolicyRef &ref)
{
    switch (ref.layer) {
    case Layer::Identity:
        break;
    case Layer::PermissionsBoundary:
        return QStringLiteral("B");
    case Layer::Scp:
        return QStringLiteral("S%1.%2").arg(ref.scpLevel + 1).arg(ref.index + 1);
    }
    return QString::number(ref.index + 1);
}

} // namespace

MatrixFormatter::MatrixFormatter(const DecisionMatrix &matrix, std::span<const Policy *const> policies, QString title)
    : m_matrix(matrix), m_policies(policies), m_title(std::move(title))
{ }

MatrixFormatter::MatrixFormatter(const Principal &principal, const DecisionMatrix &matrix, QString title)
    : m_matrix(matrix)
    , m_title(std::move(title))
    , m_principal(&principal)
    , m_boundaryPolicies(layerPolicies(principal, Layer::PermissionsBoundary))
    , m_identityPolicies(layerPolicies(principal, Layer::Identity))
{
    m_policies = m_identityPolicies;
    for (std::size_t level = 0; level < principal.scps.size(); ++level)
        m_scpPolicies.push_back(layerPolicies(principal, Layer::Scp, level));
}

std::span<const Policy *const> MatrixFormatter::policiesOf(const MatrixCell &cell) const
{
    if (!m_principal)
        return m_policies;
    switch (cell.layer) {
    case Layer::Identity:
        break;
    case Layer::PermissionsBoundary:
        return m_boundaryPolicies;
    case Layer::Scp:
        if (cell.scpLevel < m_scpPolicies.size())
            return m_scpPolicies[cell.scpLevel];
        return {};
    }
    return m_identityPolicies;
}

bool MatrixFormatter::marksPolicies() const
{
    if (!m_principal)
        return false;
    const auto included = std::count_if(m_principal->policies.begin(), m_principal->policies.end(),
                                        [](const PrincipalPolicy &p) { return !p.excluded; });
    return included > 1 || (m_principal->boundary && !m_principal->boundary->excluded) || !m_principal->scps.empty();
}

QString MatrixFormatter::cellText(const MatrixCell &cell) const
{
    const CellDecision decision = cell.decision();
    QString text = Texts::decisionLabel(decision);
    if (!marksPolicies() || decision == CellDecision::Undetermined)
        return text;
    QStringList marks;
    for (const PrincipalStatementRef &ref : cell.deciding) {
        const QString mark = policyMark(ref.policy);
        if (!marks.contains(mark))
            marks << mark;
    }
    // An implicit deny by a boundary or SCP level: the layer that does not allow it.
    if (decision == CellDecision::ImplicitDeny && cell.layer == Layer::PermissionsBoundary)
        marks << QStringLiteral("B");
    else if (decision == CellDecision::ImplicitDeny && cell.layer == Layer::Scp)
        marks << QStringLiteral("S%1").arg(cell.scpLevel + 1);
    return marks.isEmpty() ? text : text + QStringLiteral(" [") + marks.join(QLatin1Char(',')) + QLatin1Char(']');
}

QString MatrixFormatter::policyKey() const
{
    if (!marksPolicies())
        return {};
    const Principal &principal = *m_principal;
    QString out = tr("Policies (the marks in the cells name the policies that decided):") + QLatin1Char('\n');
    const auto line = [&out](const PrincipalPolicyRef &ref, const PrincipalPolicy &policy, const QString &what) {
        QString text = QStringLiteral("  [%1] %2").arg(policyMark(ref), QString::fromStdString(policy.name));
        if (!what.isEmpty())
            text += QStringLiteral(" — ") + what;
        if (policy.excluded)
            text += QStringLiteral(" — ") + tr("excluded");
        out += text + QLatin1Char('\n');
    };
    for (std::size_t i = 0; i < principal.policies.size(); ++i)
        line({Layer::Identity, 0, i}, principal.policies[i], {});
    if (principal.boundary)
        line({Layer::PermissionsBoundary, 0, 0}, *principal.boundary, Texts::layerName(Layer::PermissionsBoundary));
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        const QString what = tr("%1, level S%2 (%3)")
                                 .arg(Texts::layerName(Layer::Scp))
                                 .arg(level + 1)
                                 .arg(QString::fromStdString(principal.scps[level].name));
        for (std::size_t i = 0; i < principal.scps[level].policies.size(); ++i)
            line({Layer::Scp, level, i}, principal.scps[level].policies[i], what);
    }
    if (!principal.context.empty()) {
        QStringList context;
        for (const auto &[key, value] : principal.context)
            context << QString::fromStdString(key) + QLatin1Char('=') + QString::fromStdString(value);
        out += tr("Request context: %1").arg(context.join(QStringLiteral(", "))) + QLatin1Char('\n');
    }
    return out;
}

int MatrixFormatter::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString MatrixFormatter::csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))
        && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

void MatrixFormatter::setStates(const std::vector<AuthState> &states)
{
    for (std::size_t i = 0; i < allAuthStates.size(); ++i)
        m_shown[i] = std::find(states.begin(), states.end(), allAuthStates[i]) != states.end();
}

QStringList MatrixFormatter::stateHeaders() const
{
    QStringList out;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
        if (m_shown[i])
            out << Texts::authState(allAuthStates[i]);
    }
    return out;
}

std::vector<const MatrixCell *> MatrixFormatter::shownCells(const MatrixRow &row) const
{
    std::vector<const MatrixCell *> out;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
        if (m_shown[i])
            out.push_back(&row.cells[i]);
    }
    return out;
}

QStringList MatrixFormatter::headers() const
{
    return QStringList {tr("Action"), tr("Resource")} + stateHeaders();
}

QString MatrixFormatter::resourceText(const MatrixRow &row, bool withArn) const
{
    if (row.pattern == ResourcePattern::Star)
        return QStringLiteral("*");
    if (!withArn)
        return Texts::resourcePattern(row.pattern);
    return Texts::resourcePattern(row.pattern) + QStringLiteral(" (") + QString::fromStdString(row.resource)
        + QLatin1Char(')');
}

QString MatrixFormatter::identityLine() const
{
    const SimulationIdentity &id = m_matrix.identity;
    return tr("User %1 (%2), new device named %3, other user %4")
        .arg(QString::fromStdString(id.userName), QString::fromStdString(id.userArn()),
             QString::fromStdString(id.deviceName), QString::fromStdString(id.otherUser));
}

QString MatrixFormatter::legend() const
{
    QStringList parts;
    for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny})
        parts << Texts::decisionLabel(d);
    QString out = tr("Legend: %1").arg(parts.join(QStringLiteral("   ")));
    if (m_matrix.hasUndetermined())
        out += QStringLiteral("   ") + Texts::decisionLabel(CellDecision::Undetermined) + QStringLiteral(" (")
            + tr("a statement that could not be evaluated might decide") + QLatin1Char(')');
    return out;
}

QString MatrixFormatter::text() const
{
    QList<QStringList> table {headers()};
    for (const MatrixRow &row : m_matrix.rows) {
        QStringList line {QString::fromStdString(row.action), resourceText(row, false)};
        for (const MatrixCell *cell : shownCells(row))
            line << cellText(*cell);
        table << line;
    }
    QList<int> widths(table.first().size(), 0);
    for (const QStringList &line : std::as_const(table)) {
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths[i], displayWidth(line.at(i)));
    }
    QString out;
    if (!m_title.isEmpty())
        out += m_title + QLatin1Char('\n');
    out += identityLine() + QStringLiteral("\n");
    out += policyKey() + QLatin1Char('\n');
    for (const QStringList &line : std::as_const(table)) {
        QString text;
        for (qsizetype i = 0; i < line.size(); ++i)
            text += i + 1 < line.size() ? padded(line.at(i), widths[i] + 2) : line.at(i);
        out += text + QLatin1Char('\n');
    }
    out += QLatin1Char('\n') + legend() + QLatin1Char('\n');
    return out;
}

QString MatrixFormatter::csv() const
{
    const QStringList header = QStringList {tr("Action"), tr("Resource pattern"), tr("Resource")} + stateHeaders();
    QString out;
    const auto appendLine = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        out += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    appendLine(header);
    for (const MatrixRow &row : m_matrix.rows) {
        QStringList fields {QString::fromStdString(row.action), Texts::resourcePattern(row.pattern),
                            QString::fromStdString(row.resource)};
        for (const MatrixCell *cell : shownCells(row))
            fields << Texts::decision(cell->decision());
        appendLine(fields);
    }
    return out;
}

QString MatrixFormatter::markdown() const
{
    QString out;
    if (!m_title.isEmpty())
        out += QStringLiteral("## ") + markdownEscaped(m_title) + QStringLiteral("\n\n");
    out += markdownEscaped(identityLine()) + QStringLiteral("\n\n");
    QStringList head;
    for (const QString &h : headers())
        head << markdownEscaped(h);
    out += QStringLiteral("| ") + head.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    out += QStringLiteral("|---|---|") + QStringLiteral(":-:|").repeated(stateHeaders().size()) + QLatin1Char('\n');
    for (const MatrixRow &row : m_matrix.rows) {
        QStringList line {QLatin1Char('`') + QString::fromStdString(row.action) + QLatin1Char('`'),
                          markdownEscaped(resourceText(row, true))};
        for (const MatrixCell *cell : shownCells(row))
            line << markdownEscaped(cellText(*cell));
        out += QStringLiteral("| ") + line.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += QLatin1Char('\n') + markdownEscaped(legend()) + QLatin1Char('\n');
    return out;
}

QString MatrixFormatter::html() const
{
    const QString title = m_title.isEmpty() ? tr("MFA decision matrix") : m_title;
    QString out = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                      .arg(tr("en", "HTML lang attribute of exported documents"))
        + title.toHtmlEscaped()
        + QStringLiteral("</title>\n<style>\n"
                         "body { font-family: sans-serif; }\n"
                         "table { border-collapse: collapse; }\n"
                         "th, td { border: 1px solid #888; padding: 4px 8px; text-align: left; }\n"
                         "td.allow { background: #d3e6f5; }\n"
                         "td.explicit-deny { background: #fbddc6; font-weight: bold; }\n"
                         "td.implicit-deny { background: #eeeeee; }\n"
                         "td.undetermined { background: #fff3b0; font-style: italic; }\n"
                         "</style>\n</head>\n<body>\n<h1>")
        + title.toHtmlEscaped() + QStringLiteral("</h1>\n<p>") + identityLine().toHtmlEscaped()
        + QStringLiteral("</p>\n<table>\n<thead><tr>");
    for (const QString &h : headers())
        out += QStringLiteral("<th scope=\"col\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const MatrixRow &row : m_matrix.rows) {
        out += QStringLiteral("<tr><th scope=\"row\"><code>") + QString::fromStdString(row.action).toHtmlEscaped()
            + QStringLiteral("</code></th><td>") + resourceText(row, true).toHtmlEscaped() + QStringLiteral("</td>");
        for (const MatrixCell *cell : shownCells(row)) {
            out += QStringLiteral("<td class=\"") + QLatin1String(cellDecisionId(cell->decision()))
                + QStringLiteral("\">") + cellText(*cell).toHtmlEscaped() + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n<p>") + legend().toHtmlEscaped() + QStringLiteral("</p>\n<ul>\n");
    for (const QString &line : beforeMfaSummary())
        out += QStringLiteral("<li>") + line.toHtmlEscaped() + QStringLiteral("</li>\n");
    out += QStringLiteral("</ul>\n</body>\n</html>\n");
    return out;
}

QString MatrixFormatter::json() const
{
    const SimulationIdentity &id = m_matrix.identity;
    Json out;
    out["identity"] = {{"account", id.account},   {"userName", id.userName},     {"userPath", id.userPath},
                       {"userArn", id.userArn()}, {"deviceName", id.deviceName}, {"otherUser", id.otherUser}};
    Json columns = Json::array();
    for (AuthState state : allAuthStates)
        columns.push_back(authStateId(state));
    out["columns"] = columns;
    Json rows = Json::array();
    for (const MatrixRow &row : m_matrix.rows) {
        Json cells = Json::object();
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            const MatrixCell &cell = row.cells[i];
            Json &out = cells[authStateId(allAuthStates[i])];
            out = Json::object();
            addDecisionJson(out, cell.decision(), cell.layer, cell.scpLevel, cell.evaluation, policiesOf(cell));
        }
        rows.push_back({{"action", row.action},
                        {"pattern", resourcePatternId(row.pattern)},
                        {"resource", row.resource},
                        {"mfaAction", row.mfaAction},
                        {"cells", cells}});
    }
    out["rows"] = rows;
    return QString::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace)) + QLatin1Char('\n');
}

QStringList MatrixFormatter::beforeMfaSummary() const
{
    const PreMfaSummary summary = summarizeBeforeMfa(m_matrix);
    const QString user = QString::fromStdString(m_matrix.identity.userName);
    const QString device = QString::fromStdString(m_matrix.identity.deviceName);
    QStringList out;
    if (summary.canEnrollVirtualWithCustomName)
        out << tr("Before MFA, %1 can set up a virtual MFA device with a name of their choice (%2).").arg(user, device);
    else if (summary.canEnrollVirtualNamedLikeUser)
        out << tr("Before MFA, %1 can set up a virtual MFA device only if it is named exactly %1; the name %2 is "
                  "refused.")
                   .arg(user, device);
    else
        out << tr("Before MFA, %1 cannot set up a virtual MFA device.").arg(user);
    out << (summary.canEnrollSecurityKey
                ? tr("Before MFA, %1 can register a security key or hardware token.").arg(user)
                : tr("Before MFA, %1 cannot register a security key or hardware token.").arg(user));
    if (summary.canSeeAllUsers)
        out << tr("Before MFA, %1 can list every user name in the account (iam:ListUsers).").arg(user);
    if (summary.accessKeysCanEnroll)
        out << tr("With only a long-term access key, someone can enroll an MFA device for %1.").arg(user);
    QStringList allowed;
    for (const RowKey &key : summary.allowedWithoutMfa) {
        const MatrixRow *row = m_matrix.find(key.action, key.pattern);
        allowed << QString::fromStdString(key.action)
                + (row && row->pattern != ResourcePattern::Star
                       ? QStringLiteral(" (") + Texts::resourcePattern(row->pattern) + QLatin1Char(')')
                       : QString());
    }
    out << (allowed.isEmpty() ? tr("Without MFA nothing in the matrix is allowed.")
                              : tr("Allowed without MFA: %1.").arg(allowed.join(QStringLiteral(", "))));
    if (summary.undetermined)
        out << tr("Some of these answers rest on undetermined cells, counted as not allowed: a statement that "
                  "could not be evaluated might decide them.");
    return out;
}

} // namespace mfapolicy
