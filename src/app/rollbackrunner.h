#pragma once

#include "applyplan.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

namespace mfapolicy {

/// Rolls back one apply run of the log on a worker thread, policy by policy, each read back and
/// logged; Cancel stops between two policies. Shared by the apply dialog and the apply log.
class RollbackRunner final : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        PolicyTarget target;
        RollbackResult result;
        bool started = false; ///< false: canceled before it
    };

    explicit RollbackRunner(QObject *parent = nullptr);
    /// Waits for the command that runs (a canceled run starts no other).
    ~RollbackRunner() override;

    /// Rolls back `entries` (entriesToRollBack() of run `run`) with `cli`; logs to `logPath`.
    void start(const AwsCli &cli, const QString &logPath, const QString &run, const QList<ApplyLogEntry> &entries);
    void cancel();
    bool isRunning() const { return m_running; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    bool allRolledBack() const;
    /// One line per policy: its name and what became of it, in words.
    QString report() const;

Q_SIGNALS:
    /// Before policy `index` of `total`.
    void progress(int index, int total, const QString &policy);
    void finished();

private:
    QList<Outcome> m_outcomes;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QThread> m_thread;
    bool m_running = false;
};

} // namespace mfapolicy
