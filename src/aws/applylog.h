#pragma once

#include "livepolicy.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// One line of the local log: one policy applied or rolled back, when, through which profile,
/// what it became and where to roll back to. Holds no secret: the CLI's settings as given
/// (profile, region, endpoint) and policy documents.
struct ApplyLogEntry {
    QDateTime time; ///< UTC
    QString action; ///< "apply" or "rollback"
    /// The run the entry belongs to (ApplyPlan::run): every policy of one apply, and the
    /// rollback of that apply, share it. "" in logs written before runs were named.
    QString run;
    QString profile; ///< "" for the CLI's default
    QString region;
    QString endpointUrl;
    RollbackPoint rollback; ///< the target and the point to roll back to
    QString appliedVersionId; ///< apply of a managed policy: the new default version
    QString deletedVersionId; ///< apply of a managed policy at the version limit: the version deleted
    QByteArray newDocument; ///< what was applied (for a rollback: what was put back; "" for a deletion)
    QStringList affectedUsers;
    QString outcome; ///< PolicyApplyResult::statusId(): "applied", "failed", "verify-failed", ...
    bool verified = false; ///< AWS returned the document that was sent when read back
    QString errorId; ///< AwsError::id() when the run failed
    QString errorText; ///< the CLI's stderr when it failed
};

/// The apply log: JSON lines, one entry per policy and run, appended and never rewritten.
class ApplyLog final
{
public:
    /// The log at `path`; defaultPath() when empty.
    explicit ApplyLog(const QString &path = {});

    /// "apply-log.jsonl" in the application's data folder (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    QString path() const { return m_path; }

    /// Appends one line (creating the folder and the file). False with `error` set when the
    /// log cannot be written.
    bool append(const ApplyLogEntry &entry, QString *error = nullptr) const;
    /// Every entry, oldest first. Lines that cannot be read are skipped and counted in `unreadable`.
    QList<ApplyLogEntry> read(int *unreadable = nullptr) const;

private:
    QString m_path;
};

/// The apply runs of `entries`, oldest first, each once.
QStringList applyRuns(const QList<ApplyLogEntry> &entries);

/// The entries of apply run `run` that changed something and can be rolled back, in the order
/// they were applied. When the run was already rolled back (a verified rollback entry), nothing,
/// with `rolledBackAt` set to when.
QList<ApplyLogEntry> entriesToRollBack(const QList<ApplyLogEntry> &entries, const QString &run,
                                       QDateTime *rolledBackAt = nullptr);

} // namespace mfapolicy
