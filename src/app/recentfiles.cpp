#include "recentfiles.h"

#include "settings.h"

#include <QFileInfo>

namespace mfapolicy {

RecentFiles::RecentFiles(QObject *parent, Kind kind)
    : QObject(parent)
    , m_kind(kind)
    , m_files(kind == Kind::Policies ? Settings::instance().recentFiles() : Settings::instance().recentPrincipals())
{ }

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
    if (m_kind == Kind::Policies)
        Settings::instance().setRecentFiles(m_files);
    else
        Settings::instance().setRecentPrincipals(m_files);
    Q_EMIT changed();
}

} // namespace mfapolicy
