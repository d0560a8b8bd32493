#pragma once

#include "accountdump.h"
#include "awscli.h"

#include <QObject>

#include <memory>

namespace mfapolicy {

/// The command that fetches the account dump: `aws iam get-account-authorization-details`
/// (the CLI follows the pages itself). Needs iam:GetAccountAuthorizationDetails.
QStringList accountDumpCommand();

/// An account dump fetched through the CLI.
struct FetchResult {
    AwsError error;
    QByteArray json; ///< what the CLI printed: save it to re-read the account offline
    AccountDump dump; ///< readAccountDump(json); its own problems are in dump.problems
    bool ok() const { return !error.isError(); }
};

/// Runs the fetch and waits (command line, worker threads).
FetchResult fetchAccount(const AwsCli &cli);

/// Fetches the account dump without blocking: bytesReceived() while the CLI writes, cancel()
/// kills the child. finished() comes exactly once per start(); read result() then.
class AccountFetch final : public QObject
{
    Q_OBJECT

public:
    explicit AccountFetch(QObject *parent = nullptr);
    ~AccountFetch() override;

    void start(const AwsCli &cli);
    void cancel();
    bool isRunning() const;
    const FetchResult &result() const { return m_result; }

signals:
    /// Bytes of the dump received so far. The CLI writes the dump once it has every page, so the
    /// count jumps from 0 near the end; until then the fetch is busy without a measure.
    void bytesReceived(qint64 total);
    void finished();

private:
    std::unique_ptr<AwsProcess> m_process;
    FetchResult m_result;
};

/// The CLI's profiles (`aws configure list-profiles`, AWS CLI 2). AWS CLI 1 does not have that
/// command: then `unsupported` is set (with `error` Failed and the CLI's usage text); let the
/// user type the profile name instead. The configuration files are never read here.
struct ProfilesResult {
    QStringList profiles;
    AwsError error;
    bool unsupported = false;
};
ProfilesResult listProfiles(const AwsCli &cli);
/// The command listProfiles() runs, for running it without blocking (AwsProcess); read its
/// result with profilesResultOf(). `cli` becomes the CLI to run it with (no profile, no endpoint).
QStringList profilesCommand(AwsCli *cli);
ProfilesResult profilesResultOf(const AwsResult &run);

} // namespace mfapolicy
