#pragma once

#include "accountfix.h"
#include "applyplan.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mfapolicy {

/// What `account --from-aws` was asked to do.
struct LiveAccountOptions {
    AwsCli cli;
    QString format = QStringLiteral("text");
    std::string deviceName;
    bool fix = false;
    QString output; ///< with fix: write the fix folder, as for a dump file
    bool dryRun = false;
    bool apply = false;
    bool yes = false; ///< confirm without asking (scripts); deleting versions needs allowVersionDeletion
    bool allowVersionDeletion = false;
    bool rollback = false;
    QString rollbackRun; ///< "" for the latest apply run in the log
    QString logPath; ///< "" for ApplyLog::defaultPath()
};

/// `account --from-aws`: the live account through the administrator's AWS CLI. Fetches the
/// account dump (progress on standard error; Ctrl+C cancels), then answers as for a dump file,
/// or plans the fix (--dry-run), applies it after showing each diff and asking (--apply), or
/// rolls an applied run back from the apply log (--rollback). Ctrl+C during the fetch cancels it;
/// during --apply it stops between two commands; either exits with 130.
class AccountLive final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountLive)

public:
    explicit AccountLive(LiveAccountOptions options);
    int run();

private:
    /// Fetches and reads the account; prints what went wrong and returns nullopt on failure,
    /// with `exitCode` set (ExitInterrupted after Ctrl+C, else ExitUsage).
    std::optional<AccountDump> fetch(int *exitCode) const;
    int answer(const AccountDump &dump, const AccountAnalysis &analysis) const;
    int fixAndApply(const AccountDump &dump, const AccountAnalysis &analysis) const;
    int rollback() const;
    /// Asks `question` on the terminal; `yes` answers it without asking. False without a terminal.
    bool confirm(const QString &question, bool yes) const;
    void printPlan(const ApplyPlan &plan) const;
    /// Applies a confirmed plan; Ctrl+C stops it between two commands. Prints each outcome and
    /// how to roll back. ExitInterrupted when stopped.
    int apply(const ApplyPlan &plan, bool allowDeletion, const ApplyLog &log, ApplyResult *result) const;

    LiveAccountOptions m_options;
};

} // namespace mfapolicy
