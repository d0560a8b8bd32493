#include "document.h"

#include "messagebox.h"
#include "policyeditor.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTextBlock>
#include <QTimer>

namespace mfapolicy {

Document::Document(PolicyEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &Document::onFileChanged);
}

Document::~Document() = default;

QString Document::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool Document::isModified() const
{
    return m_editor->document()->isModified();
}

void Document::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly);
}

void Document::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!path.isEmpty() && QFileInfo::exists(path))
        m_watcher->addPath(path);
}

bool Document::load(const QString &path, QString *error)
{
    const LoadResult result = DocumentIo::load(path);
    if (result.status != LoadResult::Status::Ok) {
        if (error)
            *error = result.message;
        return false;
    }
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_format = result.format;
    m_lastSavedBytes = DocumentIo::encode(result.text, m_format);
    m_editor->loadText(result.text);
    watch(m_filePath);
    Q_EMIT titleChanged();
    Q_EMIT textReplaced();
    return true;
}

bool Document::reload(QString *error)
{
    const LoadResult result = DocumentIo::load(m_filePath);
    if (result.status != LoadResult::Status::Ok) {
        if (error)
            *error = result.message;
        return false;
    }
    m_format = result.format;
    m_lastSavedBytes = DocumentIo::encode(result.text, m_format);
    // A reload replaces the text as one undoable step, so an unwanted reload can be undone.
    QTextCursor c(m_editor->document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(result.text);
    c.endEditBlock();
    m_editor->document()->setModified(false);
    watch(m_filePath);
    Q_EMIT textReplaced();
    return true;
}

void Document::setUntitled(const QString &text, const QString &name)
{
    m_filePath.clear();
    m_untitledName = name;
    m_editor->loadText(text);
    watch({});
    Q_EMIT titleChanged();
    Q_EMIT textReplaced();
}

QString Document::saveTo(const QString &path)
{
    const QString text = m_editor->toPlainText();
    // Stop watching while writing so our own save is not reported as an outside change.
    watch({});
    const QString error = DocumentIo::save(path, text, m_format);
    if (!error.isEmpty()) {
        watch(m_filePath);
        return error;
    }
    m_lastSavedBytes = DocumentIo::encode(text, m_format);
    const bool renamed = QFileInfo(path).absoluteFilePath() != m_filePath;
    m_filePath = QFileInfo(path).absoluteFilePath();
    m_editor->document()->setModified(false);
    watch(m_filePath);
    if (renamed)
        Q_EMIT titleChanged();
    return {};
}

// The text shown is no longer what is on disk: closing must ask before it is lost.
void Document::markDiverged()
{
    m_lastSavedBytes.clear();
    m_editor->document()->setModified(true);
}

void Document::onFileChanged(const QString &path)
{
    if (m_askingAboutDisk || path != m_filePath)
        return;
    if (!QFileInfo::exists(path)) {
        // Editors that save by renaming remove the file for a moment; look again shortly.
        QTimer::singleShot(200, this, [this, path] {
            if (QFileInfo::exists(path)) {
                watch(path);
                onFileChanged(path);
                return;
            }
            m_askingAboutDisk = true;
            MessageBox::warning(m_editor, tr("File deleted"),
                                tr("The file %1 was deleted or moved. The text stays open here; save it to keep "
                                   "it.")
                                    .arg(QDir::toNativeSeparators(path)));
            m_askingAboutDisk = false;
            // The text is no longer on disk anywhere.
            m_editor->document()->setModified(true);
            Q_EMIT fileDeleted();
        });
        return;
    }
    watch(path);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.read(DocumentIo::maxFileSize + 1) == m_lastSavedBytes)
        return;
    m_askingAboutDisk = true;
    const QString question = isModified()
        ? tr("The file %1 was changed by another program. Reload it and lose your unsaved changes?")
        : tr("The file %1 was changed by another program. Reload it?");
    const auto answer
        = MessageBox::question(m_editor, tr("File changed on disk"), question.arg(QDir::toNativeSeparators(path)),
                               QMessageBox::Yes | QMessageBox::No, isModified() ? QMessageBox::No : QMessageBox::Yes);
    m_askingAboutDisk = false;
    if (answer != QMessageBox::Yes) {
        markDiverged();
        return;
    }
    QString error;
    if (!reload(&error)) {
        MessageBox::warning(m_editor, tr("Reload failed"), error);
        markDiverged();
    }
}

} // namespace mfapolicy
