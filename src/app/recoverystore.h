#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QLockFile;

namespace mfapolicy {

/// Unsaved text kept in the application data folder so that a crash loses at most one
/// autosave interval. A clean close or save removes the entry.
///
/// Every running studio writes into a folder of its own, locked with a QLockFile while it runs.
/// Another instance offers only the entries of folders whose owner is gone (its lock is stale
/// or was released), and never reads, takes or removes the work of a studio that is running.
class RecoveryStore final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::RecoveryStore)

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
    ~RecoveryStore();

    QString directory() const { return m_dir; }
    /// The folder of this instance's entries (made and locked on the first write).
    QString instanceDirectory() const { return m_instanceDir; }
    /// Writes this instance's copy of a document; false, with `error` set, when it could not.
    bool write(const Entry &entry, QString *error = nullptr);
    /// Removes an entry of this instance, or one of an instance that is gone (as offered by
    /// entries()); the entries of running instances are never touched.
    void remove(const QString &id);
    /// The entries left by instances that are no longer running, newest first. Their folders
    /// are taken over (locked) by this instance until their entries are removed.
    QList<Entry> entries();

private:
    struct Adopted;
    bool lockOwnFolder(QString *error);
    void adoptAbandonedFolders();
    void dropIfEmpty(const QString &folder);

    QString m_dir;
    QString m_instanceDir;
    std::unique_ptr<QLockFile> m_lock;
    std::vector<std::unique_ptr<Adopted>> m_adopted;
};

} // namespace mfapolicy
