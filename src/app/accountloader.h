#pragma once

#include "accountstate.h"

#include <QObject>

#include <atomic>
#include <map>

namespace mfapolicy {

/// Reads and analyses an account dump on a worker thread, reporting progress; also re-analyses
/// the users of one policy after its text changed. One job at a time: a new one replaces the last.
class AccountLoader final : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Reading, Parsing, Analysing };

    explicit AccountLoader(QObject *parent = nullptr);
    ~AccountLoader() override;

    void load(const QString &path);
    /// Re-parses every policy of `edits` (index into AccountDump::policies → text) whose text
    /// differs from `state`'s and re-analyses every user they reach. Edits made while an earlier
    /// re-analysis ran must be passed again: the new job replaces it.
    void reanalyse(const AccountStatePtr &state, const std::map<std::size_t, QString> &edits);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    /// `total` 0: no measure for this phase.
    void progress(mfapolicy::AccountLoader::Phase phase, qint64 done, qint64 total);
    void finished(const mfapolicy::AccountStatePtr &state);
    /// The dump could not be read at all; `message` names the file.
    void failed(const QString &message);
    void cancelled();
    void runningChanged(bool running);

private:
    struct Job;
    void start(std::function<void(Job &)> work);
    void finishJob(const std::shared_ptr<Job> &job);

    std::shared_ptr<Job> m_job;
};

} // namespace mfapolicy
