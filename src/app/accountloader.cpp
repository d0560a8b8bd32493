#include "accountloader.h"

#include "accounttexts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace mfapolicy {

namespace {
constexpr qint64 chunkBytes = qint64(4) << 20;
}

struct AccountLoader::Job {
    std::atomic<bool> cancel {false};
    QPointer<AccountLoader> loader;
    std::shared_ptr<AccountState> result;
    QString error;
    int lastPermille = -1;

    bool cancelled() const { return cancel.load(std::memory_order_relaxed); }

    // Progress goes to the GUI thread at most once per tenth of a percent.
    void report(Phase phase, qint64 done, qint64 total)
    {
        const int permille = total > 0 ? int(done * 1000 / total) : -1;
        if (total > 0 && permille == lastPermille)
            return;
        lastPermille = permille;
        QPointer<AccountLoader> target = loader;
        QMetaObject::invokeMethod(
            qApp,
            [target, this, phase, done, total] {
                if (target && target->m_job.get() == this)
                    Q_EMIT target->progress(phase, done, total);
            },
            Qt::QueuedConnection);
    }

    /// Every user's answers and every policy's reach, `users` first (empty: all of them).
    void analyse(AccountState &state, const std::vector<std::size_t> &users)
    {
        std::vector<std::size_t> all;
        if (users.empty()) {
            all.resize(state.dump.users.size());
            for (std::size_t i = 0; i < all.size(); ++i)
                all[i] = i;
        }
        lastPermille = -1;
        AccountAnalysisOptions options;
        options.cancel = &cancel;
        options.progress
            = [this](std::size_t done, std::size_t total) { report(Phase::Analysing, qint64(done), qint64(total)); };
        reanalyseUsers(state.dump, users.empty() ? all : users, state.users, state.policies, options);
    }
};

AccountLoader::AccountLoader(QObject *parent) : QObject(parent) { }

AccountLoader::~AccountLoader()
{
    if (m_job)
        m_job->cancel.store(true);
}

void AccountLoader::cancel()
{
    if (!m_job)
        return;
    m_job->cancel.store(true);
    m_job.reset();
    Q_EMIT runningChanged(false);
    Q_EMIT cancelled();
}

void AccountLoader::start(std::function<void(Job &)> work)
{
    const bool wasRunning = m_job != nullptr;
    if (m_job)
        m_job->cancel.store(true);
    auto job = std::make_shared<Job>();
    job->loader = this;
    m_job = job;
    QThreadPool::globalInstance()->start([job, work = std::move(work)] {
        work(*job);
        QMetaObject::invokeMethod(
            qApp,
            [job] {
                if (job->loader)
                    job->loader->finishJob(job);
            },
            Qt::QueuedConnection);
    });
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void AccountLoader::finishJob(const std::shared_ptr<Job> &job)
{
    if (job != m_job || job->cancelled())
        return; // replaced or cancelled: nobody waits for it
    m_job.reset();
    Q_EMIT runningChanged(false);
    if (!job->error.isEmpty())
        Q_EMIT failed(job->error);
    else
        Q_EMIT finished(job->result);
}

void AccountLoader::load(const QString &path)
{
    start([path](Job &job) {
        const QFileInfo info(path);
        if (!info.exists()) {
            job.error = tr("%1: no such file").arg(path);
            return;
        }
        if (info.isDir()) {
            job.error = tr("%1: is a folder, not an account dump").arg(path);
            return;
        }
        if (info.size() > qint64(maxAccountDumpBytes)) {
            job.error = tr("%1: %2 MB is larger than any account dump this reads (1 GB)")
                            .arg(path)
                            .arg(info.size() / (1024 * 1024));
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            job.error = tr("%1: cannot read: %2").arg(path, file.errorString());
            return;
        }
        QByteArray bytes;
        bytes.reserve(info.size());
        while (!file.atEnd()) {
            if (job.cancelled())
                return;
            const QByteArray chunk = file.read(chunkBytes);
            if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
                job.error = tr("%1: cannot read: %2").arg(path, file.errorString());
                return;
            }
            if (chunk.isEmpty())
                break;
            bytes += chunk;
            job.report(Phase::Reading, bytes.size(), info.size());
        }
        job.report(Phase::Parsing, 0, 0);
        auto state = std::make_shared<AccountState>();
        state->path = path;
        state->dump = readAccountDump(std::string_view(bytes.constData(), std::size_t(bytes.size())));
        bytes.clear();
        for (const AccountProblem &p : state->dump.problems) {
            if (p.id == "DUMP_NOT_ACCOUNT_DUMP" || (p.id == "DUMP_SYNTAX" && !state->dump.cut)) {
                job.error = QStringLiteral("%1: %2").arg(AccountTexts::location(path, p), AccountTexts::problem(p));
                return;
            }
        }
        state->users.resize(state->dump.users.size());
        state->policies.resize(state->dump.policies.size());
        job.analyse(*state, {});
        job.result = std::move(state);
    });
}

void AccountLoader::reanalyse(const AccountStatePtr &state, const std::map<std::size_t, QString> &edits)
{
    start([state, edits](Job &job) {
        auto next = std::make_shared<AccountState>(*state);
        std::vector<std::size_t> users;
        for (const auto &[policy, text] : edits) {
            if (policy >= next->dump.policies.size())
                continue;
            const AccountPolicy &changed = next->dump.policies[policy];
            const std::string bytes = text.toStdString();
            if (changed.source && changed.source->text() == bytes)
                continue;
            replacePolicySource(next->dump, policy,
                                std::make_shared<const PolicySource>(PolicySource::parse(bytes, changed.name)));
            users.insert(users.end(), changed.users.begin(), changed.users.end());
        }
        std::sort(users.begin(), users.end());
        users.erase(std::unique(users.begin(), users.end()), users.end());
        if (!users.empty())
            job.analyse(*next, users);
        job.result = std::move(next);
    });
}

} // namespace mfapolicy
