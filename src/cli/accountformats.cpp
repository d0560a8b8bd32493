#include "accountformats.h"

#include "accountcommand.h"
#include "accountfix.h"
#include "accounttexts.h"
#include "findingsformatter.h"
#include "htmldocument.h"
#include "markdown.h"
#include "matrixformatter.h"

#include <nlohmann/json.hpp>

namespace mfapolicy {

using Json = nlohmann::ordered_json;

namespace {

AccountFormats::Cell boolCell(bool value)
{
    return {value ? QStringLiteral("true") : QStringLiteral("false"), AccountTexts::yesNo(value)};
}

AccountFormats::Cell textCell(const QString &text)
{
    return {text, text};
}

QString userList(const AccountDump &dump, const std::vector<std::size_t> &users)
{
    QStringList out;
    for (std::size_t u : users)
        out << QString::fromStdString(dump.users[u].name);
    return out.join(QStringLiteral(", "));
}

} // namespace

AccountFormats::AccountFormats(const AccountDump &dump, const AccountAnalysis &analysis, const QString &source)
    : m_dump(dump), m_analysis(analysis), m_source(source)
{ }

QStringList AccountFormats::names()
{
    return {QStringLiteral("text"),     QStringLiteral("json"), QStringLiteral("csv"),
            QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("sarif")};
}

QString AccountFormats::format(const QString &name, const QString &toolVersion) const
{
    if (name == QLatin1String("json"))
        return json();
    if (name == QLatin1String("csv"))
        return csv();
    if (name == QLatin1String("markdown"))
        return markdown();
    if (name == QLatin1String("html"))
        return html();
    if (name == QLatin1String("sarif"))
        return sarif(toolVersion);
    return text();
}

QString AccountFormats::text() const
{
    const AccountDump &dump = m_dump;
    const AccountAnalysis &analysis = m_analysis;
    QString out = AccountTexts::accountUsers(dump.account, int(dump.users.size()));
    if (!dump.roles.empty())
        out += AccountCommand::tr(", %n role(s) (not analysed)", nullptr, int(dump.roles.size()));
    out += QStringLiteral("\n\n");
    for (const UserAnswers &u : analysis.users) {
        const AccountUser &user = dump.users[u.user];
        out += QString::fromStdString(user.arn) + QLatin1Char('\n');
        if (!u.analysed) {
            out += QStringLiteral("  ") + AccountTexts::notAnalysed(u.indeterminate) + QLatin1Char('\n');
            for (std::size_t p : user.problems)
                out += QStringLiteral("    ") + AccountTexts::problem(dump.problems[p]) + QLatin1Char('\n');
            continue;
        }
        const auto line = [&out](const char *indent, const QString &text) {
            out += QLatin1String(indent) + text + QLatin1Char('\n');
        };
        line("  ",
             AccountTexts::answer(AccountTexts::canEnrollAnyName(QString::fromStdString(u.deviceName)),
                                  u.canEnrollAnyName));
        for (const Refusal &r : u.enrollmentRefusals)
            line("    ",
                 AccountTexts::refusal(QString::fromStdString(r.action), r.layer, QString::fromStdString(r.message)));
        if (!u.canEnrollAnyName && u.canEnrollNamedLikeUser)
            line("    ", AccountTexts::onlyNamedLikeUser());
        line("  ", AccountTexts::answer(AccountTexts::mustSignInWithMfa(), u.mustSignInWithMfa));
        line("  ", AccountTexts::answer(AccountTexts::accessKeysActWithoutMfa(), u.accessKeysActWithoutMfa));
        line("  ", AccountTexts::answer(AccountTexts::accessKeysCanEnroll(), u.accessKeysCanEnroll));
        line("  ", AccountTexts::answer(AccountTexts::canSeeAllUsers(), u.canSeeAllUsers));
        line("  ", AccountTexts::answer(AccountTexts::canDeactivateWithoutMfa(), u.canDeactivateWithoutMfa));
    }
    out += QLatin1Char('\n') + AccountCommand::tr("Policies:") + QLatin1Char('\n');
    for (const PolicyAnswers &p : analysis.policies) {
        const AccountPolicy &policy = dump.policies[p.policy];
        if (p.users.empty())
            continue;
        QStringList users, blocked;
        for (std::size_t u : p.users)
            users << QString::fromStdString(dump.users[u].name);
        for (std::size_t u : p.blocksEnrollment)
            blocked << QString::fromStdString(dump.users[u].name);
        out += QStringLiteral("  %1 (%2): ").arg(QString::fromStdString(policy.name), AccountTexts::origin(policy))
            + AccountCommand::tr("%n user(s): %1", nullptr, int(users.size())).arg(users.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
        if (p.stale)
            out += QStringLiteral("    ") + AccountTexts::stalePolicy() + QLatin1Char('\n');
        if (!blocked.isEmpty())
            out += QStringLiteral("    ") + AccountTexts::blocksEnrollment(blocked.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
        if (policy.origin == PolicyOrigin::AwsManaged && !blocked.isEmpty())
            out += QStringLiteral("    ") + AccountTexts::awsManagedRemedy() + QLatin1Char('\n');
    }
    return out;
}

QString AccountFormats::json() const
{
    const AccountDump &dump = m_dump;
    const AccountAnalysis &analysis = m_analysis;
    Json out = Json::object();
    out["account"] = dump.account;
    out["truncated"] = dump.truncated;
    out["cut"] = dump.cut;
    Json users = Json::array();
    for (const UserAnswers &u : analysis.users) {
        const AccountUser &user = dump.users[u.user];
        Json entry = {{"user", user.name}, {"arn", user.arn}, {"analysed", u.analysed}};
        if (u.analysed) {
            entry["deviceName"] = u.deviceName;
            entry["canEnrollAnyName"] = u.canEnrollAnyName;
            entry["canEnrollNamedLikeUser"] = u.canEnrollNamedLikeUser;
            entry["mustSignInWithMfa"] = u.mustSignInWithMfa;
            entry["accessKeysActWithoutMfa"] = u.accessKeysActWithoutMfa;
            entry["accessKeysCanEnroll"] = u.accessKeysCanEnroll;
            entry["canSeeAllUsers"] = u.canSeeAllUsers;
            entry["canDeactivateWithoutMfa"] = u.canDeactivateWithoutMfa;
            Json refusals = Json::array();
            for (const Refusal &r : u.enrollmentRefusals)
                refusals.push_back(
                    {{"action", r.action},
                     {"resource", r.resource},
                     {"decision", r.decision == Decision::ExplicitDeny ? "ExplicitDeny" : "ImplicitDeny"},
                     {"layer", layerId(r.layer)},
                     {"policies", r.policies},
                     {"message", r.message}});
            entry["enrollmentRefusals"] = std::move(refusals);
        } else {
            Json problems = Json::array();
            for (std::size_t p : user.problems)
                problems.push_back({{"id", dump.problems[p].id}, {"pointer", dump.problems[p].pointer}});
            entry["problems"] = std::move(problems);
        }
        users.push_back(std::move(entry));
    }
    out["users"] = std::move(users);
    Json policies = Json::array();
    for (const PolicyAnswers &p : analysis.policies) {
        const AccountPolicy &policy = dump.policies[p.policy];
        Json users = Json::array(), blocked = Json::array();
        for (std::size_t u : p.users)
            users.push_back(dump.users[u].name);
        for (std::size_t u : p.blocksEnrollment)
            blocked.push_back(dump.users[u].name);
        Json entry = {{"name", policy.name}, {"kind", policyOriginId(policy.origin)}};
        if (!policy.arn.empty())
            entry["arn"] = policy.arn;
        if (!policy.owner.empty())
            entry["owner"] = policy.owner;
        if (!policy.versionId.empty())
            entry["versionId"] = policy.versionId;
        entry["staleDeviceResource"] = p.stale;
        entry["users"] = std::move(users);
        entry["blocksEnrollment"] = std::move(blocked);
        policies.push_back(std::move(entry));
    }
    out["policies"] = std::move(policies);
    Json problems = Json::array();
    for (const AccountProblem &p : dump.problems) {
        Json entry = {{"id", p.id}, {"args", p.args}, {"pointer", p.pointer}};
        if (p.line > 0) {
            entry["line"] = p.line;
            entry["column"] = p.column;
        }
        problems.push_back(std::move(entry));
    }
    out["problems"] = std::move(problems);
    return QString::fromStdString(out.dump(2)) + QLatin1Char('\n');
}

AccountFormats::Table AccountFormats::usersTable() const
{
    Table table;
    table.ids = QStringList {QStringLiteral("user"), QStringLiteral("arn"), QStringLiteral("analysed"),
                             QStringLiteral("deviceName")};
    table.headers = QStringList {AccountCommand::tr("User"), AccountCommand::tr("ARN"), AccountCommand::tr("Analysed"),
                                 AccountCommand::tr("Device name")};
    for (const std::string &id : accountAnswerIds()) {
        table.ids << QString::fromStdString(id);
        table.headers << AccountTexts::question(id);
    }
    table.ids << QStringLiteral("enrollmentRefusedBy");
    table.headers << AccountCommand::tr("Enrollment refused by");
    for (const UserAnswers &u : m_analysis.users) {
        const AccountUser &user = m_dump.users[u.user];
        QList<Cell> row {textCell(QString::fromStdString(user.name)), textCell(QString::fromStdString(user.arn)),
                         boolCell(u.analysed), textCell(QString::fromStdString(u.deviceName))};
        for (const std::string &id : accountAnswerIds())
            row << (u.analysed ? boolCell(accountAnswer(u, id)) : Cell());
        QStringList raw, words;
        for (const Refusal &r : u.enrollmentRefusals) {
            raw << QString::fromStdString(r.action) + QLatin1Char(':') + QLatin1String(layerId(r.layer));
            words << AccountCommand::tr("%1 by %2").arg(QString::fromStdString(r.action), AccountTexts::layer(r.layer));
        }
        row << Cell {raw.join(QStringLiteral("; ")), words.join(QStringLiteral("; "))};
        table.rows << row;
    }
    return table;
}

AccountFormats::Table AccountFormats::policiesTable() const
{
    Table table;
    table.ids = QStringList {QStringLiteral("policy"),           QStringLiteral("kind"),
                             QStringLiteral("arnOrOwner"),       QStringLiteral("users"),
                             QStringLiteral("blocksEnrollment"), QStringLiteral("staleDeviceResource")};
    table.headers = QStringList {AccountCommand::tr("Policy"),
                                 AccountCommand::tr("Kind"),
                                 AccountCommand::tr("ARN or owner"),
                                 AccountCommand::tr("Users"),
                                 AccountCommand::tr("Blocks enrollment for"),
                                 AccountCommand::tr("Allows only devices named like the user")};
    for (const PolicyAnswers &p : m_analysis.policies) {
        const AccountPolicy &policy = m_dump.policies[p.policy];
        if (p.users.empty())
            continue;
        table.rows << QList<Cell> {textCell(QString::fromStdString(policy.name)),
                                   Cell {QLatin1String(policyOriginId(policy.origin)), AccountTexts::origin(policy)},
                                   textCell(QString::fromStdString(policy.arn.empty() ? policy.owner : policy.arn)),
                                   textCell(userList(m_dump, p.users)),
                                   textCell(userList(m_dump, p.blocksEnrollment)),
                                   boolCell(p.stale)};
    }
    return table;
}

QString AccountFormats::csv() const
{
    QString out;
    for (const Table &table : {usersTable(), policiesTable()}) {
        if (!out.isEmpty())
            out += QStringLiteral("\r\n");
        QStringList header;
        for (const QString &id : table.ids)
            header << MatrixFormatter::csvField(id);
        out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        for (const QList<Cell> &row : table.rows) {
            QStringList fields;
            for (const Cell &cell : row)
                fields << MatrixFormatter::csvField(cell.raw);
            out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
        }
    }
    return out;
}

QString AccountFormats::markdown() const
{
    QString out = QStringLiteral("# ")
        + markdownEscaped(AccountCommand::tr("Account %1").arg(QString::fromStdString(m_dump.account)))
        + QLatin1Char('\n');
    const QStringList titles {AccountCommand::tr("Users"), AccountCommand::tr("Policies")};
    const QList<Table> tables {usersTable(), policiesTable()};
    for (qsizetype t = 0; t < tables.size(); ++t) {
        out += QStringLiteral("\n## ") + markdownEscaped(titles[t]) + QStringLiteral("\n\n");
        QStringList header;
        for (const QString &h : tables[t].headers)
            header << markdownEscaped(h);
        out += QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|")
            + QStringLiteral("---|").repeated(header.size()) + QLatin1Char('\n');
        for (const QList<Cell> &row : tables[t].rows) {
            QStringList cells;
            for (const Cell &cell : row)
                cells << markdownEscaped(cell.words);
            out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
        }
    }
    return out;
}

QString AccountFormats::html() const
{
    const QString title = AccountCommand::tr("Account %1").arg(QString::fromStdString(m_dump.account));
    QString out = htmlDocumentStart(title);
    const QStringList titles {AccountCommand::tr("Users"), AccountCommand::tr("Policies")};
    const QList<Table> tables {usersTable(), policiesTable()};
    for (qsizetype t = 0; t < tables.size(); ++t) {
        out += QStringLiteral("<h2>") + titles[t].toHtmlEscaped() + QStringLiteral("</h2>\n<table>\n<tr>");
        for (const QString &h : tables[t].headers)
            out += QStringLiteral("<th scope=\"col\">") + h.toHtmlEscaped() + QStringLiteral("</th>");
        out += QStringLiteral("</tr>\n");
        for (const QList<Cell> &row : tables[t].rows) {
            out += QStringLiteral("<tr>");
            for (const Cell &cell : row)
                out += QStringLiteral("<td>") + cell.words.toHtmlEscaped() + QStringLiteral("</td>");
            out += QStringLiteral("</tr>\n");
        }
        out += QStringLiteral("</table>\n");
    }
    return out + htmlDocumentEnd();
}

QString AccountFormats::sarif(const QString &toolVersion) const
{
    // Two rules: the checker's own for the pre-November-2022 device resource, and one for a
    // policy that refuses enrollment for some users (a Deny, a boundary, the only allow).
    const std::string stale = "STALE_MFA_DEVICE_RESOURCE";
    const std::string blocks = "ACCOUNT_BLOCKS_MFA_ENROLLMENT";
    const auto rule = [](const std::string &id, const QString &description) {
        return Json {{"id", id},
                     {"name", id},
                     {"shortDescription", {{"text", description.toStdString()}}},
                     {"defaultConfiguration", {{"level", "warning"}}}};
    };
    const Json rules = Json::array(
        {rule(stale, AccountTexts::stalePolicy()),
         rule(blocks,
              AccountCommand::tr("users cannot enroll a virtual MFA device with a name of their own because "
                                 "of this policy"))});
    Json results = Json::array();
    for (const PolicyAnswers &p : m_analysis.policies) {
        const AccountPolicy &policy = m_dump.policies[p.policy];
        if (p.users.empty() || (!p.stale && p.blocksEnrollment.empty()))
            continue;
        const bool isStale = p.stale;
        QString message = QString::fromStdString(policy.name) + QStringLiteral(" (") + AccountTexts::origin(policy)
            + QStringLiteral("): ")
            + (isStale ? AccountTexts::stalePolicy()
                       : AccountTexts::blocksEnrollment(userList(m_dump, p.blocksEnrollment)));
        if (isStale && !p.blocksEnrollment.empty())
            message += QStringLiteral("; ") + AccountTexts::blocksEnrollment(userList(m_dump, p.blocksEnrollment));
        if (policy.origin == PolicyOrigin::AwsManaged)
            message += QStringLiteral(". ") + AccountTexts::awsManagedRemedy();
        Json users = Json::array(), blocked = Json::array();
        for (std::size_t u : p.users)
            users.push_back(m_dump.users[u].name);
        for (std::size_t u : p.blocksEnrollment)
            blocked.push_back(m_dump.users[u].name);
        const std::string qualified = policy.arn.empty() ? policy.owner + ":" + policy.name : policy.arn;
        results.push_back(
            {{"ruleId", isStale ? stale : blocks},
             {"ruleIndex", isStale ? 0 : 1},
             {"level", "warning"},
             {"message", {{"text", message.toStdString()}}},
             {"locations",
              {{{"physicalLocation", {{"artifactLocation", {{"uri", m_source.toStdString()}}}}},
                {"logicalLocations",
                 {{{"name", policy.name}, {"fullyQualifiedName", qualified}, {"kind", "resource"}}}}}}},
             {"properties",
              {{"policyKind", policyOriginId(policy.origin)}, {"users", users}, {"blocksEnrollment", blocked}}}});
    }
    return FindingsFormatter::sarifLog(rules, results, toolVersion);
}

} // namespace mfapolicy
