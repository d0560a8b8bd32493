#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace mfapolicy {

/// Runs `work` (blocking AWS CLI calls) on a thread of its own and hands its result to `done`
/// on `context`'s thread once it is finished, unless `context` is gone by then. The window that
/// started it keeps the returned thread and waits for it before it is destroyed.
template<typename Result>
QPointer<QThread> startAwsWork(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    auto result = std::make_shared<Result>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(std::move(*result)); });
    thread->start();
    return thread;
}

/// Waits for a thread started with startAwsWork() (from a destructor: the current CLI command
/// ends first; a canceled run starts no other).
inline void waitForAwsWork(const QPointer<QThread> &thread)
{
    if (thread && thread->isRunning())
        thread->wait();
}

} // namespace mfapolicy
