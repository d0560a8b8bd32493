#pragma once

#include "awserror.h"

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

namespace mfapolicy {

/// How to run the administrator's own AWS CLI. Nothing here is a secret: the profile, region and
/// endpoint are passed through as --profile, --region and --endpoint-url, and the CLI finds the
/// credentials itself (profiles, SSO, credential_process, environment). The library never reads
/// the CLI's configuration or credential files.
struct AwsCli {
    QString program = QStringLiteral("aws"); ///< a name looked up on the environment's PATH, or a path
    QString profile; ///< --profile, "" for the CLI's default
    QString region; ///< --region, "" for the profile's
    QString endpointUrl; ///< --endpoint-url, for emulators and private endpoints
    /// The child's environment (the caller's by default). Tests point AWS_CONFIG_FILE and
    /// AWS_SHARED_CREDENTIALS_FILE into a temporary folder here.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    /// The full argument list for an `aws` command: `command` (e.g. {"iam", "list-policy-versions",
    /// "--policy-arn", ARN}), then --output json and the pass-through options that are set.
    QStringList arguments(const QStringList &command) const;
    /// The command line as a POSIX shell would take it ("aws iam ... --profile prod"), each
    /// argument quoted where needed: what a dry run shows and what a script may run.
    QString commandLine(const QStringList &command) const;
    /// The executable the child would run: `program` found on the environment's PATH; "" when absent.
    QString resolvedProgram() const;
};

/// Quotes one argument for a POSIX shell (single quotes, only where needed).
QString shellQuote(const QString &argument);

/// What one run of the CLI gave.
struct AwsResult {
    QByteArray output; ///< stdout (JSON with --output json)
    AwsError error; ///< kind None when the CLI exited with 0
    bool ok() const { return !error.isError(); }
};

/// Runs one command and waits for it (for the command line and for worker threads; never on the
/// GUI thread). No time limit: the CLI has its own timeouts and retries.
AwsResult runAws(const AwsCli &cli, const QStringList &command, const QByteArray &stdinData = {});

/// Runs one command asynchronously: progress while stdout arrives, cancel that kills the child.
/// Emits finished() exactly once per start(), also after cancel() and when the CLI is missing.
class AwsProcess final : public QObject
{
    Q_OBJECT

public:
    explicit AwsProcess(QObject *parent = nullptr);
    ~AwsProcess() override;

    /// Starts `command`; a run in progress is canceled first (its finished() comes before this returns).
    void start(const AwsCli &cli, const QStringList &command);
    /// Kills the child; finished() follows with AwsError::Kind::Canceled.
    void cancel();
    bool isRunning() const;
    /// The result of the last finished run.
    const AwsResult &result() const { return m_result; }

signals:
    /// Bytes of stdout received so far.
    void bytesReceived(qint64 total);
    void finished();

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void finish(AwsResult result);

    std::unique_ptr<QProcess> m_process;
    AwsResult m_result;
    QByteArray m_output;
    QString m_profile;
    bool m_canceled = false;
};

} // namespace mfapolicy
