#include "recentfiles.h"

#include "settings.h"

#include <QFileInfo>

namespace mfapolicy {

RecentFiles::RecentFiles(QObject *parent) : QObject(parent), m_files(Settings::instance().recentFiles()) { }

void RecentFiles::add(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    m_files.removeAll(canonical);
    m_files.prepend(canonical);
    while (m_files.size() > maxCount)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString &path)
{
    if (m_files.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        store();
}

void RecentFiles::clear()
{
    m_files.clear();
    store();
}

void RecentFiles::store()
{
    Settings::instance().setRecentFiles(m_files);
    Q_EMIT changed();
}

} // namespace mfapolicy
