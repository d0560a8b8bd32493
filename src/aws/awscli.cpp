#include "awscli.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace mfapolicy {

QStringList AwsCli::arguments(const QStringList &command) const
{
    QStringList args = command;
    args << QStringLiteral("--output") << QStringLiteral("json");
    if (!profile.isEmpty())
        args << QStringLiteral("--profile") << profile;
    if (!region.isEmpty())
        args << QStringLiteral("--region") << region;
    if (!endpointUrl.isEmpty())
        args << QStringLiteral("--endpoint-url") << endpointUrl;
    return args;
}

QString shellQuote(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral(R"(^[A-Za-z0-9_./:=@%+,-]+$)"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString quoted = argument;
    quoted.replace(QLatin1Char('\''), QLatin1String(R"('\'')"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString AwsCli::commandLine(const QStringList &command) const
{
    QStringList parts {shellQuote(program)};
    for (const QString &argument : arguments(command))
        parts << shellQuote(argument);
    return parts.join(QLatin1Char(' '));
}

QString AwsCli::resolvedProgram() const
{
    if (program.contains(QLatin1Char('/')))
        return QFileInfo(program).isExecutable() ? program : QString();
    const QStringList path = environment.value(QStringLiteral("PATH")).split(QDir::listSeparator(), Qt::SkipEmptyParts);
    if (path.isEmpty())
        return {};
    return QStandardPaths::findExecutable(program, path);
}

namespace {

// The child gets the caller's environment with the CLI's pager and prompts turned off, so that
// output never waits for a terminal.
QProcessEnvironment childEnvironment(const AwsCli &cli)
{
    QProcessEnvironment env = cli.environment;
    env.insert(QStringLiteral("AWS_PAGER"), QString());
    env.insert(QStringLiteral("AWS_CLI_AUTO_PROMPT"), QStringLiteral("off"));
    return env;
}

// Ctrl+C in a terminal reaches the whole foreground process group. The child ignores it, so
// that a command that changes the account is never cut off halfway: the caller decides, between
// two commands, whether to stop (and kills the child itself where that is safe, as in a fetch).
void prepare(QProcess &process, const AwsCli &cli)
{
    process.setProcessEnvironment(childEnvironment(cli));
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] { ::signal(SIGINT, SIG_IGN); });
#endif
}

AwsResult resultOf(QProcess &process, const QByteArray &output, const QString &profile)
{
    AwsResult result;
    result.output = output;
    const QString stderrText = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        result.error = classifyAwsFailure(-1, stderrText.isEmpty() ? process.errorString() : stderrText, profile);
    else if (process.exitCode() != 0)
        result.error = classifyAwsFailure(process.exitCode(), stderrText, profile);
    return result;
}

} // namespace

AwsResult runAws(const AwsCli &cli, const QStringList &command, const QByteArray &stdinData)
{
    const QString program = cli.resolvedProgram();
    if (program.isEmpty())
        return {{}, awsStartFailure(QProcess::FailedToStart, cli.program, QString())};
    QProcess process;
    prepare(process, cli);
    process.start(program, cli.arguments(command));
    if (!process.waitForStarted(-1))
        return {{}, awsStartFailure(process.error(), cli.program, process.errorString())};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    return resultOf(process, process.readAllStandardOutput(), cli.profile);
}

AwsProcess::AwsProcess(QObject *parent) : QObject(parent) { }

AwsProcess::~AwsProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(-1);
    }
}

void AwsProcess::start(const AwsCli &cli, const QStringList &command)
{
    if (isRunning()) {
        // The run in progress ends first, with its own finished() (Canceled).
        cancel();
        m_process->waitForFinished(-1);
    }
    m_output.clear();
    m_canceled = false;
    m_profile = cli.profile;
    const QString program = cli.resolvedProgram();
    if (program.isEmpty()) {
        const AwsError error = awsStartFailure(QProcess::FailedToStart, cli.program, QString());
        // finished() after start() returns, so that a caller connecting afterwards still sees it.
        QTimer::singleShot(0, this, [this, error] { finish({{}, error}); });
        return;
    }
    m_process = std::make_unique<QProcess>();
    prepare(*m_process, cli);
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this, [this] {
        m_output += m_process->readAllStandardOutput();
        emit bytesReceived(m_output.size());
    });
    connect(m_process.get(), &QProcess::finished, this, &AwsProcess::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, [this, name = cli.program](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({{}, awsStartFailure(e, name, m_process->errorString())});
    });
    m_process->start(program, cli.arguments(command));
    if (m_process)
        m_process->closeWriteChannel();
}

void AwsProcess::cancel()
{
    if (!isRunning())
        return;
    m_canceled = true;
    m_process->kill();
}

bool AwsProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void AwsProcess::onFinished(int, QProcess::ExitStatus)
{
    m_output += m_process->readAllStandardOutput();
    AwsResult result = resultOf(*m_process, m_output, m_profile);
    if (m_canceled) {
        result.output.clear();
        result.error = AwsError {AwsError::Kind::Canceled, {}, {}, -1, {}};
    }
    finish(std::move(result));
}

void AwsProcess::finish(AwsResult result)
{
    m_result = std::move(result);
    if (m_process) {
        m_process->disconnect(this);
        // The QProcess may be the sender of the signal being handled; delete it afterwards.
        m_process.release()->deleteLater();
    }
    emit finished();
}

} // namespace mfapolicy
