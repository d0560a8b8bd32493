#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace mfapolicy {

/// File choosers behind one seam, so GUI tests can answer them without a native dialog.
class FileDialog final
{
public:
    static FileDialog &instance();

    QStringList getOpenFileNames(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    QString getSaveFileName(QWidget *parent, const QString &title, const QString &dir, const QString &filter);
    QString getExistingDirectory(QWidget *parent, const QString &title, const QString &dir);

    /// Tests: the next call returns these instead of showing a dialog (empty = cancelled); a save
    /// or folder dialog takes one name per call.
    void setNextFileNames(const QStringList &names);

private:
    FileDialog() = default;
    bool m_hasNext = false;
    QStringList m_next;
};

} // namespace mfapolicy
