#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace mfapolicy {

namespace {
const auto suffix = QStringLiteral(".recovery");
}

RecoveryStore::RecoveryStore(QString dir)
    : m_dir(dir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
                : std::move(dir))
{ }

QString RecoveryStore::pathFor(const QString &id) const
{
    return m_dir + QLatin1Char('/') + id + suffix;
}

bool RecoveryStore::write(const Entry &entry) const
{
    if (!QDir().mkpath(m_dir))
        return false;
    QJsonObject object;
    object.insert(QStringLiteral("filePath"), entry.filePath);
    object.insert(QStringLiteral("title"), entry.title);
    object.insert(QStringLiteral("text"), entry.text);
    object.insert(QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    QSaveFile file(pathFor(entry.id));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

void RecoveryStore::remove(const QString &id) const
{
    QFile::remove(pathFor(id));
}

QList<RecoveryStore::Entry> RecoveryStore::entries() const
{
    QList<Entry> result;
    const QDir dir(m_dir);
    const QStringList names = dir.entryList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Time);
    for (const QString &name : names) {
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
    return result;
}

} // namespace mfapolicy
