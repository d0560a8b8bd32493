#include "accountlive.h"

#include "accountcommand.h"
#include "accountdumpfile.h"
#include "accountfetch.h"
#include "accountfixfolder.h"
#include "accountformats.h"
#include "accounttexts.h"
#include "awstexts.h"
#include "command.h"
#include "comparison.h"
#include "console.h"

#include <nlohmann/json.hpp>

#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace mfapolicy {

namespace {

std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

/// Ctrl+C sets `interrupted` for as long as it lives, instead of ending the program.
class InterruptGuard final
{
public:
    InterruptGuard() : m_previous(std::signal(SIGINT, onInterrupt)) { interrupted.store(false); }
    ~InterruptGuard() { std::signal(SIGINT, m_previous); }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    void (*m_previous)(int);
};

/// The same JSON printed the same way, so that a diff shows only real changes.
std::string pretty(const QByteArray &document)
{
    const nlohmann::ordered_json value = nlohmann::ordered_json::parse(document.toStdString(), nullptr, false);
    return value.is_discarded() ? document.toStdString() : value.dump(4) + "\n";
}

QString diff(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName)
{
    return QString::fromStdString(
        unifiedDiffText(textDiff(pretty(before), pretty(after)), beforeName.toStdString(), afterName.toStdString()));
}

/// The document of one stored version of a managed policy, as AWS returns it.
QByteArray versionDocument(const AwsCli &cli, const QString &arn, const QString &versionId)
{
    const AwsResult run = runAws(cli,
                                 {QStringLiteral("iam"), QStringLiteral("get-policy-version"),
                                  QStringLiteral("--policy-arn"), arn, QStringLiteral("--version-id"), versionId});
    const nlohmann::ordered_json answer = nlohmann::ordered_json::parse(run.output.toStdString(), nullptr, false);
    if (!run.ok() || !answer.is_object() || !answer.contains("PolicyVersion"))
        return {};
    nlohmann::ordered_json document = answer["PolicyVersion"].value("Document", nlohmann::ordered_json());
    if (document.is_string())
        return QByteArray::fromStdString(urlDecode(document.get<std::string>()));
    return QByteArray::fromStdString(document.dump());
}

} // namespace

AccountLive::AccountLive(LiveAccountOptions options) : m_options(std::move(options)) { }

int AccountLive::run()
{
    if (m_options.cli.resolvedProgram().isEmpty()) {
        AwsError error;
        error.kind = AwsError::Kind::NotInstalled;
        error.args = QStringList {m_options.cli.program};
        return Console::fail(AwsTexts::error(error));
    }
    if (m_options.rollback)
        return rollback();
    int exitCode = ExitUsage;
    const std::optional<AccountDump> dump = fetch(&exitCode);
    if (!dump)
        return exitCode;
    AccountAnalysisOptions options;
    options.deviceName = m_options.deviceName;
    const AccountAnalysis analysis = analyseAccount(*dump, options);
    if (m_options.fix)
        return fixAndApply(*dump, analysis);
    return answer(*dump, analysis);
}

std::optional<AccountDump> AccountLive::fetch(int *exitCode) const
{
    *exitCode = ExitUsage;
    // Ctrl+C cancels the fetch: the child is ended and nothing is left half-done.
    const InterruptGuard guard;
    const QString profile = m_options.cli.profile.isEmpty() ? tr("the default profile") : m_options.cli.profile;
    Console::err(tr("Fetching the account through the AWS CLI (%1)...").arg(profile) + QLatin1Char('\n'));
    AccountFetch fetch;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&fetch, &AccountFetch::finished, &loop, &QEventLoop::quit);
    // A count that rewrites its own line on a terminal; in a log file, only the phases.
    const bool terminal = stderrIsTerminal();
    bool counted = false;
    QObject::connect(&fetch, &AccountFetch::bytesReceived, &loop, [terminal, &counted](qint64 total) {
        if (terminal)
            Console::err(tr("  %1 KB received").arg(total / 1024) + QLatin1Char('\r'));
        counted = true;
    });
    QObject::connect(&poll, &QTimer::timeout, &loop, [&fetch] {
        if (interrupted.load())
            fetch.cancel();
    });
    poll.start(100);
    fetch.start(m_options.cli);
    if (fetch.isRunning())
        loop.exec();
    poll.stop();
    if (terminal && counted)
        Console::err(QStringLiteral("\n"));
    const FetchResult &result = fetch.result();
    if (interrupted.load() || result.error.kind == AwsError::Kind::Canceled) {
        Console::fail(tr("canceled: nothing was changed"));
        *exitCode = ExitInterrupted;
        return std::nullopt;
    }
    if (!result.ok()) {
        Console::fail(AwsTexts::errorWithDetails(result.error));
        return std::nullopt;
    }
    Console::err(tr("Fetched %n user(s).", nullptr, int(result.dump.users.size())) + QLatin1Char('\n'));
    if (AccountDumpFile::reportProblems(result.dump, QStringLiteral("aws")) || result.dump.truncated || result.dump.cut)
        return std::nullopt;
    return result.dump;
}

int AccountLive::answer(const AccountDump &dump, const AccountAnalysis &analysis) const
{
    Console::out(AccountFormats(dump, analysis, QStringLiteral("aws"))
                     .format(m_options.format, QStringLiteral(MFAPOLICY_VERSION)));
    return ExitSuccess;
}

bool AccountLive::confirm(const QString &question, bool yes) const
{
    if (yes)
        return true;
    if (!stdinIsTerminal())
        return false;
    Console::err(question + QStringLiteral(" [y/N] "));
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    const QString reply = QString::fromStdString(line).trimmed().toLower();
    return reply == QLatin1String("y") || reply == QLatin1String("yes") || reply == tr("y");
}

void AccountLive::printPlan(const ApplyPlan &plan) const
{
    for (const PolicyPlan &policy : plan.policies) {
        Console::out(
            QStringLiteral("\n")
            + tr("%1 (users: %2)")
                  .arg(policy.change.target.displayName(), policy.change.affectedUsers.join(QStringLiteral(", ")))
            + QLatin1Char('\n'));
        if (policy.error.isError()) {
            Console::out(QStringLiteral("  ") + AwsTexts::error(policy.error) + QLatin1Char('\n'));
            continue;
        }
        if (policy.unchanged) {
            Console::out(QStringLiteral("  ") + tr("already corrected, nothing to do") + QLatin1Char('\n'));
            continue;
        }
        Console::out(policy.diff);
        if (!policy.versionToDelete.isEmpty())
            Console::out(QStringLiteral("  ")
                         + tr("AWS already stores %1 versions of it, the most it keeps: its oldest version that is "
                              "not the default, %2, would be deleted to make room")
                               .arg(MaxPolicyVersions)
                               .arg(policy.versionToDelete)
                         + QLatin1Char('\n'));
    }
    Console::out(QStringLiteral("\n") + tr("Commands, with the corrected documents in a temporary folder:")
                 + QLatin1Char('\n'));
    for (const QString &line : plan.commandLines())
        Console::out(QStringLiteral("  ") + line + QLatin1Char('\n'));
}

int AccountLive::fixAndApply(const AccountDump &dump, const AccountAnalysis &analysis) const
{
    AccountAnalysisOptions options;
    options.deviceName = m_options.deviceName;
    const AccountFix fix = fixAccount(dump, analysis, options);
    if (!m_options.output.isEmpty()) {
        const AccountFixFolder folder(dump, analysis, fix, QStringLiteral("aws"));
        QString error;
        if (!folder.write(m_options.output, &error))
            return Console::fail(error);
        Console::out(folder.changeSentences());
        Console::out(tr("Wrote %1.").arg(m_options.output) + QLatin1Char('\n'));
        if (!m_options.dryRun && !m_options.apply)
            return ExitSuccess;
    }
    for (const UnchangeablePolicy &policy : fix.unchangeable)
        Console::out(QString::fromStdString(dump.policies[policy.policy].arn) + QStringLiteral(": ")
                     + AccountTexts::awsManagedRemedy() + QLatin1Char('\n'));
    if (fix.fixes.empty()) {
        Console::out(tr("No policy to correct.") + QLatin1Char('\n'));
        return ExitSuccess;
    }
    QList<PolicyChange> changes;
    for (const PolicyFix &f : fix.fixes)
        changes << policyChangeFor(dump, dump.policies[f.policy], QByteArray::fromStdString(f.corrected->text()));
    const ApplyPlan plan = planChanges(m_options.cli, changes);
    printPlan(plan);
    Console::out(QStringLiteral("\n") + tr("What changes for users:") + QLatin1Char('\n')
                 + AccountFixFolder::changeSentences(dump, fix.users, fix.corrected, fix.after));
    const bool planFailed = std::any_of(plan.policies.begin(), plan.policies.end(),
                                        [](const PolicyPlan &p) { return p.error.isError(); });
    if (!m_options.apply)
        return planFailed ? ExitUsage : ExitSuccess;

    if (!std::any_of(plan.policies.begin(), plan.policies.end(), [](const PolicyPlan &p) { return p.canApply(); })) {
        Console::out(tr("Nothing to apply.") + QLatin1Char('\n'));
        return planFailed ? ExitUsage : ExitSuccess;
    }
    if (!m_options.yes && !stdinIsTerminal())
        return Console::fail(tr("not applied: there is no terminal to ask for confirmation (give --yes to apply "
                                "without asking)"));
    if (!confirm(tr("Apply these changes to the account?"), m_options.yes))
        return Console::fail(tr("not applied"));
    bool allowDeletion = m_options.allowVersionDeletion;
    if (plan.needsVersionDeletion() && !allowDeletion) {
        if (m_options.yes)
            Console::err(tr("Stored policy versions are deleted only with --allow-version-deletion: the policies "
                            "that need room are left as they are.")
                         + QLatin1Char('\n'));
        else
            allowDeletion = confirm(tr("Delete the oldest stored version of the policies above to make room?"), false);
    }
    const ApplyLog log(m_options.logPath);
    ApplyResult result;
    if (const int exit = apply(plan, allowDeletion, log, &result); exit == ExitInterrupted)
        return exit;

    // The account as it is now, analysed again.
    int fetchExit = ExitUsage;
    const std::optional<AccountDump> now = fetch(&fetchExit);
    if (!now && fetchExit == ExitInterrupted)
        return fetchExit;
    if (now) {
        const AccountAnalysis after = analyseAccount(*now, options);
        Console::out(QStringLiteral("\n") + tr("What changed for users:") + QLatin1Char('\n')
                     + AccountFixFolder::changeSentences(dump, compareAnswers(dump, analysis, *now, after), *now, after)
                     + QLatin1Char('\n') + AccountFormats(*now, after, QStringLiteral("aws")).text());
    }
    return result.allApplied() && now ? ExitSuccess : ExitUsage;
}

int AccountLive::apply(const ApplyPlan &plan, bool allowDeletion, const ApplyLog &log, ApplyResult *result) const
{
    // Ctrl+C lets the command that runs finish (stopping the CLI halfway would leave AWS in a
    // state nobody knows), then stops: the log holds exactly what ran.
    const InterruptGuard guard;
    ApplyProgress progress;
    progress.beforeCommand = [](int, int, const QString &) { return !interrupted.load(); };
    *result = applyPlan(plan, ApplyConfirmation::confirm(plan, allowDeletion), &log, &progress);
    for (const PolicyApplyResult &p : result->policies) {
        Console::out(p.target.displayName() + QStringLiteral(": ") + AwsTexts::status(p.status) + QLatin1Char('\n'));
        if (p.error.isError())
            Console::out(QStringLiteral("  ") + AwsTexts::errorWithDetails(p.error) + QLatin1Char('\n'));
    }
    const bool anyRan = std::any_of(result->policies.begin(), result->policies.end(), [](const PolicyApplyResult &p) {
        return p.status == PolicyApplyResult::Status::Applied || p.status == PolicyApplyResult::Status::Failed
            || p.status == PolicyApplyResult::Status::VerifyFailed;
    });
    if (anyRan)
        Console::out(tr("Recorded in %1 as run %2. To roll back: mfa-policy account --from-aws --rollback %2 (with the "
                        "same --profile, --region and --endpoint-url).")
                         .arg(log.path(), plan.run)
                     + QLatin1Char('\n'));
    if (!result->canceled)
        return result->allApplied() ? ExitSuccess : ExitUsage;
    Console::err((anyRan ? tr("interrupted: stopped between two commands; the policies above marked applied are "
                              "changed, the others are not.")
                         : tr("interrupted: stopped before the first command; nothing was changed."))
                 + QLatin1Char('\n'));
    return ExitInterrupted;
}

int AccountLive::rollback() const
{
    const ApplyLog log(m_options.logPath);
    int unreadable = 0;
    const QList<ApplyLogEntry> entries = log.read(&unreadable);
    if (unreadable > 0)
        Console::err(tr("%1: %n line(s) cannot be read and are skipped", nullptr, unreadable).arg(log.path())
                     + QLatin1Char('\n'));
    QString run = m_options.rollbackRun;
    const QStringList runs = applyRuns(entries);
    if (run.isEmpty() && !runs.isEmpty())
        run = runs.last();
    if (run.isEmpty() || !runs.contains(run))
        return Console::fail(
            runs.isEmpty()
                ? tr("%1 records no apply run to roll back").arg(log.path())
                : tr("%1 records no run %2; runs: %3").arg(log.path(), run, runs.join(QStringLiteral(", "))));
    QDateTime rolledBackAt;
    const QList<ApplyLogEntry> toRollBack = entriesToRollBack(entries, run, &rolledBackAt);
    if (rolledBackAt.isValid())
        return Console::fail(tr("run %1 was already rolled back at %2").arg(run, rolledBackAt.toString(Qt::ISODate)));
    for (const ApplyLogEntry &entry : toRollBack) {
        const RollbackPoint &point = entry.rollback;
        Console::out(
            QStringLiteral("\n")
            + tr("%1 (users: %2)").arg(point.target.displayName(), entry.affectedUsers.join(QStringLiteral(", ")))
            + QLatin1Char('\n'));
        if (point.target.kind == PolicyOrigin::CustomerManaged) {
            Console::out(QStringLiteral("  ")
                         + tr("default version %1 → %2").arg(entry.appliedVersionId, point.versionId)
                         + QLatin1Char('\n'));
            Console::out(diff(entry.newDocument, versionDocument(m_options.cli, point.target.arn, point.versionId),
                              entry.appliedVersionId, point.versionId));
        } else if (!point.existedBefore) {
            Console::out(QStringLiteral("  ") + tr("deleted: it did not exist before the apply") + QLatin1Char('\n'));
        } else {
            Console::out(diff(entry.newDocument, point.previousDocument, tr("applied"), tr("before the apply")));
        }
    }
    if (toRollBack.isEmpty())
        return Console::fail(tr("run %1 changed nothing that can be rolled back").arg(run));
    if (!m_options.yes && !stdinIsTerminal())
        return Console::fail(tr("not rolled back: there is no terminal to ask for confirmation (give --yes to roll "
                                "back without asking)"));
    if (!confirm(tr("Roll back these policies?"), m_options.yes))
        return Console::fail(tr("not rolled back"));
    bool allOk = true;
    for (const ApplyLogEntry &entry : toRollBack) {
        const RollbackResult result = rollbackTo(m_options.cli, entry.rollback, entry.affectedUsers, &log, run);
        Console::out(entry.rollback.target.displayName() + QStringLiteral(": ")
                     + (result.ok()                  ? tr("rolled back and read back")
                            : result.error.isError() ? AwsTexts::errorWithDetails(result.error)
                                                     : tr("rolled back, but AWS returned something else"))
                     + QLatin1Char('\n'));
        allOk = allOk && result.ok();
    }
    return allOk ? ExitSuccess : ExitUsage;
}

} // namespace mfapolicy
