#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace mfapolicy {

namespace {
const auto suffix = QStringLiteral(".recovery");
const auto lockName = QStringLiteral("lock");

// A lock counts as stale only when its process is gone: a studio left open for days keeps its folder.
std::unique_ptr<QLockFile> makeLock(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(folder + QLatin1Char('/') + lockName);
    lock->setStaleLockTime(0);
    return lock;
}

QStringList entryFiles(const QString &folder)
{
    return QDir(folder).entryList({QLatin1Char('*') + suffix}, QDir::Files);
}
} // namespace

struct RecoveryStore::Adopted {
    QString folder;
    std::unique_ptr<QLockFile> lock;
};

RecoveryStore::RecoveryStore(QString dir)
    : m_dir(dir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                : std::move(dir))
    , m_instanceDir(m_dir + QLatin1Char('/') + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

RecoveryStore::~RecoveryStore()
{
    // Entries still here were not saved or discarded: the next start offers them.
    if (m_lock && entryFiles(m_instanceDir).isEmpty()) {
        m_lock->unlock();
        QDir().rmdir(m_instanceDir);
    }
}

bool RecoveryStore::lockOwnFolder(QString *error)
{
    if (m_lock && m_lock->isLocked())
        return true;
    if (!QDir().mkpath(m_instanceDir)) {
        if (error)
            *error = tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(m_instanceDir));
        return false;
    }
    m_lock = makeLock(m_instanceDir);
    if (!m_lock->tryLock(0)) {
        if (error)
            *error = tr("the folder %1 cannot be locked").arg(QDir::toNativeSeparators(m_instanceDir));
        m_lock.reset();
        return false;
    }
    return true;
}

bool RecoveryStore::write(const Entry &entry, QString *error)
{
    if (!lockOwnFolder(error))
        return false;
    QJsonObject object;
    object.insert(QStringLiteral("filePath"), entry.filePath);
    object.insert(QStringLiteral("title"), entry.title);
    object.insert(QStringLiteral("text"), entry.text);
    object.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(m_instanceDir + QLatin1Char('/') + entry.id + suffix);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (file.commit())
            return true;
    }
    if (error)
        *error = QDir::toNativeSeparators(file.fileName()) + QStringLiteral(": ") + file.errorString();
    return false;
}

void RecoveryStore::remove(const QString &id)
{
    if (QFile::remove(m_instanceDir + QLatin1Char('/') + id + suffix))
        return;
    for (const auto &adopted : m_adopted) {
        if (QFile::remove(adopted->folder + QLatin1Char('/') + id + suffix)) {
            dropIfEmpty(adopted->folder);
            return;
        }
    }
}

void RecoveryStore::dropIfEmpty(const QString &folder)
{
    if (!entryFiles(folder).isEmpty())
        return;
    const auto it
        = std::find_if(m_adopted.begin(), m_adopted.end(), [&](const auto &a) { return a->folder == folder; });
    if (it == m_adopted.end())
        return;
    (*it)->lock->unlock();
    if (folder != m_dir)
        QDir().rmdir(folder);
    m_adopted.erase(it);
}

// The top folder holds the entries of versions that wrote no instance folders; it is treated as
// one more folder whose owner is gone.
void RecoveryStore::adoptAbandonedFolders()
{
    QStringList folders {m_dir};
    for (const QString &name : QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        folders.append(m_dir + QLatin1Char('/') + name);
    for (const QString &folder : folders) {
        const bool known = folder == m_instanceDir
            || std::any_of(m_adopted.begin(), m_adopted.end(), [&](const auto &a) { return a->folder == folder; });
        if (known)
            continue;
        const bool empty = entryFiles(folder).isEmpty();
        if (empty && folder == m_dir)
            continue;
        // Fails while the owner runs; succeeds when its lock is stale or was released.
        std::unique_ptr<QLockFile> lock = makeLock(folder);
        if (!lock->tryLock(0))
            continue;
        m_adopted.push_back(std::make_unique<Adopted>(Adopted {folder, std::move(lock)}));
        // A folder left without entries (its owner ended between autosaves) is cleared at once.
        if (empty)
            dropIfEmpty(folder);
    }
}

QList<RecoveryStore::Entry> RecoveryStore::entries()
{
    adoptAbandonedFolders();
    QList<Entry> result;
    for (const auto &adopted : m_adopted) {
        const QDir dir(adopted->folder);
        for (const QString &name : entryFiles(adopted->folder)) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
            if (object.isEmpty())
                continue;
            Entry entry;
            entry.id = name.chopped(suffix.size());
            entry.filePath = object.value(QStringLiteral("filePath")).toString();
            entry.title = object.value(QStringLiteral("title")).toString();
            entry.text = object.value(QStringLiteral("text")).toString();
            entry.saved = QDateTime::fromString(object.value(QStringLiteral("saved")).toString(), Qt::ISODate);
            result.append(entry);
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.saved > b.saved; });
    return result;
}

} // namespace mfapolicy
