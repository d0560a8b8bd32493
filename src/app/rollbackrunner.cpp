#include "rollbackrunner.h"

#include "awstexts.h"
#include "awsworker.h"

#include <algorithm>

namespace mfapolicy {

RollbackRunner::RollbackRunner(QObject *parent) : QObject(parent) { }

RollbackRunner::~RollbackRunner()
{
    if (m_cancel)
        m_cancel->store(true);
    waitForAwsWork(m_thread);
}

void RollbackRunner::start(const AwsCli &cli, const QString &logPath, const QString &run,
                           const QList<ApplyLogEntry> &entries)
{
    if (m_running)
        return;
    m_running = true;
    m_outcomes.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_thread = startAwsWork<QList<Outcome>>(
        this,
        // `this` outlives the thread: the destructor waits for it.
        [this, cli, logPath, run, entries, cancel = m_cancel] {
            const ApplyLog log(logPath);
            QList<Outcome> outcomes;
            for (const ApplyLogEntry &entry : entries) {
                Outcome outcome;
                outcome.target = entry.rollback.target;
                if (!cancel->load()) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, index = int(outcomes.size()), total = int(entries.size()),
                         name = outcome.target.displayName()] { Q_EMIT progress(index, total, name); },
                        Qt::QueuedConnection);
                    outcome.result = rollbackTo(cli, entry.rollback, entry.affectedUsers, &log, run);
                    outcome.started = true;
                }
                outcomes << outcome;
            }
            return outcomes;
        },
        [this](QList<Outcome> outcomes) {
            m_outcomes = std::move(outcomes);
            m_running = false;
            Q_EMIT finished();
        });
}

void RollbackRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RollbackRunner::allRolledBack() const
{
    return !m_outcomes.isEmpty()
        && std::all_of(m_outcomes.begin(), m_outcomes.end(), [](const Outcome &o) { return o.result.ok(); });
}

QString RollbackRunner::report() const
{
    QStringList lines;
    for (const Outcome &o : m_outcomes) {
        const QString words = !o.started ? tr("not rolled back: canceled before it")
            : o.result.ok()              ? tr("rolled back and read back")
            : o.result.error.isError()   ? AwsTexts::errorWithDetails(o.result.error)
                                         : tr("rolled back, but AWS returned something else");
        lines << o.target.displayName() + QStringLiteral(": ") + words;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mfapolicy
