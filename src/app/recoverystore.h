#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// Unsaved text kept in the application data folder so that a crash loses at most one
/// autosave interval. A clean close or save removes the entry.
class RecoveryStore final
{
public:
    struct Entry {
        QString id;
        QString filePath; ///< the document's file, empty for an untitled one
        QString title;
        QString text;
        QDateTime saved;
    };

    /// Entries live in `dir`; the default is AppDataLocation/recovery.
    explicit RecoveryStore(QString dir = {});

    QString directory() const { return m_dir; }
    bool write(const Entry &entry) const;
    void remove(const QString &id) const;
    QList<Entry> entries() const;

private:
    QString pathFor(const QString &id) const;
    QString m_dir;
};

} // namespace mfapolicy
