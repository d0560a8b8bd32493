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
        m_hasNext = false;
        const QStringList next = std::exchange(m_next, {});
        return next.value(0);
    }
    return QFileDialog::getSaveFileName(parent, title, dir, filter);
}

void FileDialog::setNextFileNames(const QStringList &names)
{
    m_hasNext = true;
    m_next = names;
}

} // namespace mfapolicy
