#include "accountcommand.h"

#include "accountanalysis.h"
#include "accountdump.h"
#include "accountdumpfile.h"
#include "accountfix.h"
#include "accountfixfolder.h"
#include "accountformats.h"
#include "accountlive.h"
#include "console.h"

namespace mfapolicy {

QString AccountCommand::summary() const
{
    return tr("Every user's MFA posture from an account dump or the live account; fix, apply, roll back");
}

int AccountCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("Output format: %1.").arg(AccountFormats::names().join(QStringLiteral(", "))),
                                    tr("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption deviceName(QStringLiteral("device-name"),
                                        tr("The device name users type (default: USER-phone)."), tr("NAME"));
    const QCommandLineOption fix(QStringLiteral("fix"),
                                 tr("Correct every policy that allows only devices named like the user."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("With --fix: the new folder for the corrected documents, apply.sh, "
                                       "rollback.sh and summary.md."),
                                    tr("DIR"));
    const QCommandLineOption fromAws(QStringLiteral("from-aws"),
                                     tr("Fetch the account through the AWS CLI instead of reading a dump."));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("With --from-aws: the AWS CLI profile."),
                                     tr("PROFILE"));
    const QCommandLineOption region(QStringLiteral("region"), tr("With --from-aws: the region for the AWS CLI."),
                                    tr("REGION"));
    const QCommandLineOption endpointUrl(QStringLiteral("endpoint-url"),
                                         tr("With --from-aws: the endpoint URL for the AWS CLI (emulators, private "
                                            "endpoints)."),
                                         tr("URL"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("With --from-aws --fix: show the diffs and the exact commands, change nothing."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("With --from-aws --fix: apply the corrected policies after showing the diffs "
                                      "and asking; Ctrl+C stops between two commands (exit status 130)."));
    const QCommandLineOption yes(QStringLiteral("yes"), tr("Apply or roll back without asking."));
    const QCommandLineOption allowVersionDeletion(
        QStringLiteral("allow-version-deletion"),
        tr("With --apply: delete the oldest stored version of a policy that already has five, without asking."));
    const QCommandLineOption rollback(QStringLiteral("rollback"),
                                      tr("With --from-aws: roll back the apply run RUN of the log (default: the "
                                         "latest)."));
    const QCommandLineOption logFile(QStringLiteral("log"),
                                     tr("The apply log (default: %1).").arg(ApplyLog::defaultPath()), tr("FILE"));
    parser.addOptions({format, deviceName, fix, output, fromAws, profile, region, endpointUrl, dryRun, apply, yes,
                       allowVersionDeletion, rollback, logFile});
    parser.addPositionalArgument(QStringLiteral("DUMP"),
                                 tr("Output of 'aws iam get-account-authorization-details --output json'."),
                                 QStringLiteral("DUMP.json"));
    const QString examples = tr("  aws iam get-account-authorization-details --output json > account.json\n"
                                "  mfa-policy account account.json\n"
                                "  mfa-policy account account.json --format json\n"
                                "  mfa-policy account account.json --fix -o account-fix\n"
                                "  mfa-policy account --from-aws --profile prod\n"
                                "  mfa-policy account --from-aws --profile prod --fix --dry-run\n"
                                "  mfa-policy account --from-aws --profile prod --fix --apply\n"
                                "  mfa-policy account --from-aws --profile prod --rollback\n");
    if (const int exit = parse(parser, arguments, tr("DUMP.json [options] | --from-aws [options]"), examples);
        exit >= 0)
        return exit;
    const bool live = parser.isSet(fromAws);
    for (const QCommandLineOption *option :
         {&profile, &region, &endpointUrl, &dryRun, &apply, &yes, &allowVersionDeletion, &rollback, &logFile}) {
        if (!live && parser.isSet(*option))
            return Console::fail(tr("--%1 goes with --from-aws").arg(option->names().constFirst()));
    }
    if (live && (parser.isSet(dryRun) || parser.isSet(apply)) && !parser.isSet(fix))
        return Console::fail(tr("--dry-run and --apply go with --fix"));
    if (parser.isSet(dryRun) && parser.isSet(apply))
        return Console::fail(tr("give --dry-run or --apply, not both"));
    if (parser.isSet(rollback) && parser.isSet(fix))
        return Console::fail(tr("give --fix or --rollback, not both"));
    if (live && parser.positionalArguments().size() > (parser.isSet(rollback) ? 1 : 0))
        return Console::fail(parser.isSet(rollback) ? tr("--rollback takes at most one run")
                                                    : tr("--from-aws reads no dump file"));
    if (!live && parser.positionalArguments().size() != 1)
        return Console::fail(tr("give one account dump"));
    const QString outputFormat = parser.value(format);
    if (!AccountFormats::names().contains(outputFormat))
        return Console::fail(
            tr("unknown --format %1 (%2)").arg(outputFormat, AccountFormats::names().join(QStringLiteral(", "))));
    if (parser.isSet(output) && !parser.isSet(fix))
        return Console::fail(tr("-o DIR goes with --fix"));
    if (live) {
        LiveAccountOptions options;
        options.cli.profile = parser.value(profile);
        options.cli.region = parser.value(region);
        options.cli.endpointUrl = parser.value(endpointUrl);
        options.format = outputFormat;
        options.deviceName = parser.value(deviceName).toStdString();
        options.fix = parser.isSet(fix);
        options.output = parser.value(output);
        options.dryRun = parser.isSet(dryRun);
        options.apply = parser.isSet(apply);
        options.yes = parser.isSet(yes);
        options.allowVersionDeletion = parser.isSet(allowVersionDeletion);
        options.rollback = parser.isSet(rollback);
        options.rollbackRun = parser.positionalArguments().value(0);
        options.logPath = parser.value(logFile);
        if (options.fix && !options.dryRun && !options.apply && options.output.isEmpty())
            return Console::fail(tr("--from-aws --fix needs --dry-run, --apply or -o DIR"));
        return AccountLive(std::move(options)).run();
    }
    if (parser.isSet(fix) && !parser.isSet(output))
        return Console::fail(tr("--fix needs -o DIR, a new folder for the corrected documents and the scripts"));
    const QString path = parser.positionalArguments().front();
    const std::optional<AccountDump> read = AccountDumpFile::read(path);
    if (!read)
        return ExitUsage;
    const AccountDump &dump = *read;
    AccountAnalysisOptions options;
    options.deviceName = parser.value(deviceName).toStdString();
    const AccountAnalysis analysis = analyseAccount(dump, options);
    // A dump that could not be read whole answers for part of the account only.
    const int exitCode = dump.truncated || dump.cut ? ExitUsage : ExitSuccess;

    if (parser.isSet(fix)) {
        // A fix made from part of an account would leave the rest unchanged without saying so.
        if (dump.truncated || dump.cut)
            return Console::fail(tr("%1 cannot be read whole: no fix is made from part of an account").arg(path));
        const AccountFix corrected = fixAccount(dump, analysis, options);
        const AccountFixFolder folder(dump, analysis, corrected, path);
        QString error;
        if (!folder.write(parser.value(output), &error))
            return Console::fail(error);
        Console::out(folder.changeSentences());
        Console::out(tr("Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md.", nullptr,
                        int(corrected.fixes.size()))
                         .arg(parser.value(output))
                     + QLatin1Char('\n'));
        return ExitSuccess;
    }
    Console::out(AccountFormats(dump, analysis, path).format(outputFormat, QStringLiteral(MFAPOLICY_VERSION)));
    return exitCode;
}

} // namespace mfapolicy
