#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace mfapolicy {

class DocumentManager;
class PrincipalSetup;
class RecentFiles;
struct PrincipalFileProblem;

/// The File menu's principal entries: open, save, save as, and the recent principals.
class PrincipalActions final : public QObject
{
    Q_OBJECT
public:
    PrincipalActions(PrincipalSetup *setup, DocumentManager *documents, QWidget *window);

    /// Adds the entries to `menu`, before `before`.
    void addToMenu(QMenu *menu, QAction *before);
    /// Reads a principal file, opens its policy files and makes it the window's principal.
    /// False after telling the user why.
    bool open(const QString &path);
    /// Writes the principal; empty on success, else the reason.
    QString saveTo(const QString &path);
    bool save();
    bool saveAs();
    QString filePath() const { return m_filePath; }
    RecentFiles *recentPrincipals() const { return m_recent; }
    /// Whether the file is a principal file rather than a policy (regular files only: reading a
    /// FIFO or a device would block).
    static bool isPrincipalFile(const QString &path);
    /// A problem of a principal file in words, with where it is.
    static QString problemText(const PrincipalFileProblem &problem);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    /// A principal file became the window's principal.
    void opened();

private:
    void retranslate();
    void updateRecentMenu();
    bool eventFilter(QObject *watched, QEvent *event) override;

    PrincipalSetup *m_setup;
    DocumentManager *m_documents;
    QWidget *m_window;
    RecentFiles *m_recent;
    QString m_filePath;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QMenu *m_recentMenu;
};

} // namespace mfapolicy
