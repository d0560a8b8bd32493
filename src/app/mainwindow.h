#pragma once

#include "documenttools.h"
#include "matrix.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace mfapolicy {

class ComparisonDialog;
class DocumentManager;
class PolicyTab;
class PresentationMode;
class PrincipalActions;
class PrincipalNavigator;
class PrincipalPanel;
class PrincipalSetup;
class ScenarioPage;

/// The studio window: documents in tabs, the principal panel, menus, toolbar and status bar. The
/// open documents are the DocumentManager's, the principal the PrincipalSetup's; the window wires
/// them to the menus and views.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    /// Window layout version for saveState/restoreState.
    static constexpr int stateVersion = 1;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file in a new tab (or shows it if already open). False after telling the user why.
    bool openFile(const QString &path);
    PolicyTab *newDocument(const QString &text = {}, const QString &name = {});
    PolicyTab *currentTab() const;
    PolicyTab *tabAt(int index) const;
    int tabCount() const;

    /// Saves the tab; asks for a name when it has none. False when cancelled or failed.
    bool save(PolicyTab *tab);
    bool saveAs(PolicyTab *tab);
    /// Asks about unsaved work and closes the tab. False when the user cancelled.
    bool closeTab(PolicyTab *tab);

    void restoreSession(const QStringList &commandLineFiles);
    /// Offers documents autosaved by a session that did not end cleanly.
    void offerRecovery();
    /// Writes the recovery copies of modified documents now (the autosave timer's job).
    void autosave();
    /// Export, print, compare and migrate the current document.
    DocumentTools *tools() const { return m_tools; }
    void showMigration() { m_tools->showMigration(); }
    void showExport() { m_tools->showExport(); }
    ComparisonDialog *showComparison(int candidate = 0) { return m_tools->showComparison(candidate); }
    void printMatrix() { m_tools->printMatrix(); }
    /// Tests replace the native print dialog (see ExportDialog::PrintDialogRunner).
    void setPrintDialogRunner(ExportDialog::PrintDialogRunner runner) { m_tools->setPrintDialogRunner(runner); }
    PrincipalNavigator *navigator() const { return m_navigator; }
    ScenarioPage *scenarioPage() const { return m_scenarioPage; }
    PresentationMode *presentationMode() const { return m_presentation; }
    DocumentManager *documents() const { return m_documents; }
    PrincipalSetup *principalSetup() const { return m_principal; }
    PrincipalPanel *principalPanel() const { return m_principalPanel; }
    PrincipalActions *principalActions() const { return m_principalActions; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupPrincipal();
    void onTabAdded(PolicyTab *tab);
    void updateTitle();
    void updateStatus();
    void updateActions();
    void updateRecentMenu();
    void onCurrentTabChanged(int index);
    void saveLayout();
    void showSettings();
    void showAbout();
    void checkCurrent();
    void openDropped(const QStringList &paths);
    void setupTrainingViews();
    void retranslate();
    void updateScenario();
    void updatePresentationLayout();
    void setHighContrast(bool on);
    void setAutosaveError(const QString &error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    PrincipalSetup *m_principal = nullptr;
    DocumentManager *m_documents = nullptr;
    PrincipalPanel *m_principalPanel = nullptr;
    QDockWidget *m_principalDock = nullptr;
    PrincipalActions *m_principalActions = nullptr;
    QLabel *m_statusLabel = nullptr;
    QToolButton *m_autosaveIndicator = nullptr;
    QPointer<PolicyTab> m_previousTab;
    ScenarioPage *m_scenarioPage = nullptr;
    QDockWidget *m_scenarioDock = nullptr;
    PresentationMode *m_presentation = nullptr;
    DocumentTools *m_tools = nullptr;
    PrincipalNavigator *m_navigator = nullptr;
    bool m_scenarioOutdated = true;
    bool m_highContrast = false;
};

} // namespace mfapolicy
