#include "accountcommand.h"

#include "accountanalysis.h"
#include "accountdump.h"
#include "accounttexts.h"
#include "console.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QFileInfo>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

QString text(const AccountDump &dump, const AccountAnalysis &analysis)
{
    QString out = AccountCommand::tr("Account %1: %n user(s)", nullptr, int(dump.users.size()))
                      .arg(QString::fromStdString(dump.account));
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
        const QString device = QString::fromStdString(u.deviceName);
        out += QStringLiteral("  ") + AccountTexts::answer(AccountTexts::canEnrollAnyName(device), u.canEnrollAnyName)
            + QLatin1Char('\n');
        for (const Refusal &r : u.enrollmentRefusals)
            out += QStringLiteral("    ")
                + AccountTexts::refusal(QString::fromStdString(r.action), r.layer, QString::fromStdString(r.message))
                + QLatin1Char('\n');
        if (!u.canEnrollAnyName && u.canEnrollNamedLikeUser)
            out += QStringLiteral("    ") + AccountTexts::onlyNamedLikeUser() + QLatin1Char('\n');
        out += QStringLiteral("  ") + AccountTexts::answer(AccountTexts::mustSignInWithMfa(), u.mustSignInWithMfa)
            + QLatin1Char('\n');
        out += QStringLiteral("  ")
            + AccountTexts::answer(AccountTexts::accessKeysActWithoutMfa(), u.accessKeysActWithoutMfa)
            + QLatin1Char('\n');
        out += QStringLiteral("  ") + AccountTexts::answer(AccountTexts::accessKeysCanEnroll(), u.accessKeysCanEnroll)
            + QLatin1Char('\n');
        out += QStringLiteral("  ") + AccountTexts::answer(AccountTexts::canSeeAllUsers(), u.canSeeAllUsers)
            + QLatin1Char('\n');
        out += QStringLiteral("  ")
            + AccountTexts::answer(AccountTexts::canDeactivateWithoutMfa(), u.canDeactivateWithoutMfa)
            + QLatin1Char('\n');
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
            out += QStringLiteral("    ")
                + AccountCommand::tr("blocks enrollment with a device name of one's own for: %1")
                      .arg(blocked.join(QStringLiteral(", ")))
                + QLatin1Char('\n');
        if (policy.origin == PolicyOrigin::AwsManaged && !blocked.isEmpty())
            out += QStringLiteral("    ")
                + AccountCommand::tr("AWS managed policies cannot be changed: attach a corrected customer managed "
                                     "policy instead, or detach it")
                + QLatin1Char('\n');
    }
    return out;
}

Json json(const AccountDump &dump, const AccountAnalysis &analysis)
{
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
    return out;
}

} // namespace

QString AccountCommand::summary() const
{
    return tr("Every user's MFA posture from an account dump (get-account-authorization-details)");
}

int AccountCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."), tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption deviceName(QStringLiteral("device-name"),
                                        tr("The device name users type (default: USER-phone)."), tr("NAME"));
    parser.addOptions({format, deviceName});
    parser.addPositionalArgument(QStringLiteral("DUMP"),
                                 tr("Output of 'aws iam get-account-authorization-details --output json'."),
                                 QStringLiteral("DUMP.json"));
    const QString examples = tr("  aws iam get-account-authorization-details --output json > account.json\n"
                                "  mfa-policy account account.json\n"
                                "  mfa-policy account account.json --format json\n");
    if (const int exit = parse(parser, arguments, tr("DUMP.json [options]"), examples); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1)
        return Console::fail(tr("give one account dump"));
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return Console::fail(tr("unknown --format %1 (text or json)").arg(outputFormat));

    const QString path = parser.positionalArguments().front();
    const QFileInfo info(path);
    if (!info.exists())
        return Console::fail(tr("%1: no such file").arg(path));
    if (info.isDir())
        return Console::fail(tr("%1: is a folder, not an account dump").arg(path));
    if (info.size() > qint64(maxAccountDumpBytes))
        return Console::fail(tr("%1: %2 MB is larger than any account dump this reads (1 GB)")
                                 .arg(path)
                                 .arg(info.size() / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Console::fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const AccountDump dump = readAccountDump(std::string_view(bytes.constData(), std::size_t(bytes.size())));

    // Every problem goes to standard error with its place; the rest of the account is still read.
    bool fatal = false;
    for (const AccountProblem &p : dump.problems) {
        Console::err(QStringLiteral("%1: %2\n").arg(AccountTexts::location(path, p), AccountTexts::problem(p)));
        fatal = fatal || p.id == "DUMP_NOT_ACCOUNT_DUMP" || (p.id == "DUMP_SYNTAX" && !dump.cut);
    }
    if (fatal)
        return ExitUsage;
    AccountAnalysisOptions options;
    options.deviceName = parser.value(deviceName).toStdString();
    const AccountAnalysis analysis = analyseAccount(dump, options);
    if (outputFormat == QLatin1String("json"))
        Console::out(QString::fromStdString(json(dump, analysis).dump(2)) + QLatin1Char('\n'));
    else
        Console::out(text(dump, analysis));
    // A dump that could not be read whole answers for part of the account only.
    return dump.truncated || dump.cut ? ExitUsage : ExitSuccess;
}

} // namespace mfapolicy
