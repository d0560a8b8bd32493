#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QTabWidget;
class QTimer;

namespace mfapolicy {

class PolicyTab;
class PrincipalSetup;
class RecentFiles;
class RecoveryStore;

/// The open documents of a window, one per tab: opening, creating, saving and closing them (with
/// the questions that go with it), the recent files, autosave and recovery after a crash.
class DocumentManager final : public QObject
{
    Q_OBJECT
public:
    /// `window` parents the dialogs; every tab's matrix is of `setup`'s principal.
    DocumentManager(QTabWidget *tabs, QWidget *window, PrincipalSetup *setup);
    ~DocumentManager() override;

    /// Opens a file in a new tab (or shows it if already open); nullptr after telling why.
    PolicyTab *open(const QString &path);
    PolicyTab *create(const QString &text = {}, const QString &name = {});
    /// A read-only tab with the text of a bundled AWS managed policy (shown again if open).
    PolicyTab *openAwsManaged(const QString &name);
    /// Saves the tab; asks for a name when it has none. False when cancelled or failed.
    bool save(PolicyTab *tab);
    bool saveAs(PolicyTab *tab);
    /// Asks about unsaved work and closes the tab. False when the user cancelled.
    bool close(PolicyTab *tab);
    /// Asks about every modified document (the window closes); false when the user cancelled.
    bool closeAll();

    PolicyTab *current() const;
    PolicyTab *tabAt(int index) const;
    int count() const;
    QList<PolicyTab *> tabs() const;
    RecentFiles *recentFiles() const { return m_recentFiles; }

    void restoreSession(const QStringList &commandLineFiles);
    /// Offers documents autosaved by a session that did not end cleanly.
    void offerRecovery();
    /// Writes the recovery copies of modified documents now (the autosave timer's job).
    void autosave();
    QString autosaveError() const { return m_autosaveError; }

Q_SIGNALS:
    void tabAdded(mfapolicy::PolicyTab *tab);
    void autosaveErrorChanged(const QString &error);
    void message(const QString &text, int timeoutMs);

private:
    void add(PolicyTab *tab);
    bool maybeSave(PolicyTab *tab);
    /// On quit: one question for several modified documents (Save All, Discard All, Cancel).
    bool maybeSaveAll();
    /// After a failed save: says why and offers Save As. True when saved elsewhere.
    bool offerSaveAs(PolicyTab *tab, const QString &path, const QString &error);
    void setAutosaveError(const QString &error);

    QTabWidget *m_tabs;
    QWidget *m_window;
    PrincipalSetup *m_setup;
    RecentFiles *m_recentFiles;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer *m_autosaveTimer;
    QString m_autosaveError; ///< why the last autosave failed, empty when it worked
    int m_untitledCount = 0;
};

} // namespace mfapolicy
