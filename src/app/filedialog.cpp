#include "filedialog.h"

#include <QFileDialog>

namespace mfapolicy {

FileDialog &FileDialog::instance()
{
    static FileDialog dialog;
    return dialog;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &title, const QString &dir,
                                         const QString &filter)
{
    if (m_hasNext) {
        m_hasNext = false;
        return std::exchange(m_next, {});
    }
    return QFileDialog::getOpenFileNames(parent, title, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter)
{
    if (m_hasNext) {
        // One name per dialog, so that a test can answer a Save As that leads to another.
        const QString next = m_next.isEmpty() ? QString() : m_next.takeFirst();
        m_hasNext = !m_next.isEmpty();
        return next;
    }
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &title, const QString &dir)
{
    if (m_hasNext)
        return getSaveFileName(parent, title, dir, {}); // the queued names, one per call
    return QFileDialog::getExistingDirectory(parent, title, dir);
}

void FileDialog::setNextFileNames(const QStringList &names)
{
    m_hasNext = true;
    m_next = names;
}

} // namespace mfapolicy
