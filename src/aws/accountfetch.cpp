#include "accountfetch.h"

namespace mfapolicy {

QStringList accountDumpCommand()
{
    return {QStringLiteral("iam"), QStringLiteral("get-account-authorization-details")};
}

namespace {

FetchResult fetchResultOf(const AwsResult &run)
{
    FetchResult result;
    result.error = run.error;
    if (!run.ok())
        return result;
    result.json = run.output;
    result.dump = readAccountDump(std::string_view(run.output.constData(), std::size_t(run.output.size())));
    if (!result.dump.problems.empty() && result.dump.problems.front().id == "DUMP_SYNTAX") {
        result.error.kind = AwsError::Kind::OutputUnreadable;
        result.error.args = {QString::fromStdString(result.dump.problems.front().args.empty()
                                                        ? result.dump.problems.front().id
                                                        : result.dump.problems.front().args.front())};
    }
    return result;
}

} // namespace

FetchResult fetchAccount(const AwsCli &cli)
{
    return fetchResultOf(runAws(cli, accountDumpCommand()));
}

AccountFetch::AccountFetch(QObject *parent) : QObject(parent), m_process(std::make_unique<AwsProcess>())
{
    connect(m_process.get(), &AwsProcess::bytesReceived, this, &AccountFetch::bytesReceived);
    connect(m_process.get(), &AwsProcess::finished, this, [this] {
        m_result = fetchResultOf(m_process->result());
        emit finished();
    });
}

AccountFetch::~AccountFetch() = default;

void AccountFetch::start(const AwsCli &cli)
{
    m_result = {};
    m_process->start(cli, accountDumpCommand());
}

void AccountFetch::cancel()
{
    m_process->cancel();
}

bool AccountFetch::isRunning() const
{
    return m_process->isRunning();
}

QStringList profilesCommand(AwsCli *cli)
{
    // The profile list is the same whichever profile is chosen; --profile of a missing profile
    // would only make the CLI fail.
    cli->profile.clear();
    cli->endpointUrl.clear();
    return {QStringLiteral("configure"), QStringLiteral("list-profiles")};
}

ProfilesResult profilesResultOf(const AwsResult &run)
{
    ProfilesResult result;
    result.error = run.error;
    if (!run.ok()) {
        // AWS CLI 1 before list-profiles answers with its usage: "Invalid choice, valid choices are".
        result.unsupported = run.error.kind == AwsError::Kind::Failed
            && run.error.stderrText.contains(QLatin1String("Invalid choice"));
        return result;
    }
    for (const QString &line : QString::fromUtf8(run.output).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString name = line.trimmed();
        if (!name.isEmpty())
            result.profiles << name;
    }
    return result;
}

ProfilesResult listProfiles(const AwsCli &cli)
{
    AwsCli plain = cli;
    const QStringList command = profilesCommand(&plain);
    return profilesResultOf(runAws(plain, command));
}

} // namespace mfapolicy
