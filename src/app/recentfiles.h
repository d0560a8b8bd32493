#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QMenu;

namespace mfapolicy {

/// Most recently opened or saved files, newest first, persisted in the settings.
class RecentFiles final : public QObject
{
    Q_OBJECT
public:
    static constexpr int maxCount = 10;
    /// Which list: policy documents or principal files.
    enum class Kind { Policies, Principals };
    explicit RecentFiles(QObject *parent = nullptr, Kind kind = Kind::Policies);

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
    /// Fills `menu` with the files, numbered, each calling `open`, then `clearText` to clear them.
    void fillMenu(QMenu *menu, const QString &clearText, const std::function<void(const QString &)> &open);

Q_SIGNALS:
    void changed();

private:
    void store();
    Kind m_kind;
    QStringList m_files;
};

} // namespace mfapolicy
