#pragma once

#include "documentio.h"

#include <QObject>
#include <QString>

class QFileSystemWatcher;

namespace mfapolicy {

class PolicyEditor;

/// The file behind one open policy: loading, saving, watching the file for changes made by other
/// programs, and the identity its unsaved text is autosaved under. The text itself lives in the
/// editor; this class decides what is on disk and whether the text differs from it.
class Document final : public QObject
{
    Q_OBJECT
public:
    explicit Document(PolicyEditor *editor, QObject *parent = nullptr);
    ~Document() override;

    /// Opens a file; false (and `error` set) when it cannot be opened as a policy.
    bool load(const QString &path, QString *error);
    /// Starts an untitled document with the given text (not an undo step, not modified).
    void setUntitled(const QString &text, const QString &name);
    /// Saves atomically; empty on success, else the reason.
    QString saveTo(const QString &path);
    /// Re-reads the file from disk as one undoable step, dropping edits.
    bool reload(QString *error);

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;
    /// A read-only document shows a text that is not the user's to change (an AWS managed policy).
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    QString recoveryId() const { return m_recoveryId; }
    void setRecoveryId(const QString &id) { m_recoveryId = id; }

Q_SIGNALS:
    void titleChanged();
    /// The text was replaced by the file's (a load or a reload).
    void textReplaced();
    void fileDeleted();

private:
    void watch(const QString &path);
    void onFileChanged(const QString &path);
    void markDiverged();

    PolicyEditor *m_editor;
    QFileSystemWatcher *m_watcher;
    QString m_filePath;
    QString m_untitledName;
    QString m_recoveryId;
    FileFormat m_format;
    QByteArray m_lastSavedBytes;
    bool m_askingAboutDisk = false;
    bool m_readOnly = false;
};

} // namespace mfapolicy
