#include "recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

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

void RecentFiles::fillMenu(QMenu *menu, const QString &clearText, const std::function<void(const QString &)> &open)
{
    menu->clear();
    for (int i = 0; i < m_files.size(); ++i) {
        const QString path = m_files.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, menu, [open, path] { open(path); });
    }
    if (!m_files.isEmpty())
        menu->addSeparator();
    QAction *clearAction = menu->addAction(clearText, this, &RecentFiles::clear);
    clearAction->setEnabled(!m_files.isEmpty());
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
