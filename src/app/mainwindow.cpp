#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountprincipals.h"
#include "accountwindow.h"
#include "actionsetup.h"
#include "awsactions.h"
#include "document.h"
#include "documentio.h"
#include "documentmanager.h"
#include "documenttools.h"
#include "filedialog.h"
#include "findbar.h"
#include "findingsmodel.h"
#include "messagebox.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "presentationlayout.h"
#include "presentationmode.h"
#include "principalactions.h"
#include "principalnavigator.h"
#include "principalpanel.h"
#include "principalsetup.h"
#include "recentfiles.h"
#include "scenariopage.h"
#include "screenfit.h"
#include "settings.h"
#include "settingsdialog.h"
#include "studioactions.h"
#include "studioapp.h"
#include "ui_mainwindow.h"

#include <algorithm>

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QStyle>
#include <QTableView>
#include <QToolButton>

namespace mfapolicy {

namespace {
const QString fileFilter()
{
    return MainWindow::tr("Policies (*.json);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_principal(new PrincipalSetup(this))
    , m_statusLabel(new QLabel(this))
{
    PolicyTemplates::initResources();
    m_ui->setupUi(this);
    m_principal->setIdentity(Settings::instance().identity());
    m_documents = new DocumentManager(m_ui->documentTabs, this, m_principal);
    m_navigator = new PrincipalNavigator(m_ui->documentTabs, m_documents, this);
    m_tools = new DocumentTools(this, m_documents, m_principal, m_navigator);
    connect(m_navigator, &PrincipalNavigator::message, statusBar(), &QStatusBar::showMessage);
    setWindowIcon(QIcon(QStringLiteral(":/icons/mfa-policy-studio.svg")));
    setAcceptDrops(true);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_ui->statusBar->addPermanentWidget(m_statusLabel);
    // Shown while autosave fails, so that unsaved work is known to be unprotected.
    m_autosaveIndicator = new QToolButton(this);
    m_autosaveIndicator->setObjectName(QStringLiteral("autosaveFailedIndicator"));
    m_autosaveIndicator->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_autosaveIndicator->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_autosaveIndicator->setAutoRaise(true);
    m_autosaveIndicator->hide();
    connect(m_autosaveIndicator, &QToolButton::clicked, this, [this] {
        MessageBox::warning(this, tr("Autosave failed"),
                            tr("The unsaved changes could not be copied to the recovery folder: %1.\n\nIf the "
                               "studio ends unexpectedly, they are lost. Save your documents, or make the folder "
                               "writable.")
                                .arg(m_documents->autosaveError()));
    });
    m_ui->statusBar->addPermanentWidget(m_autosaveIndicator);
    setupActions();
    // Format, word wrap, zoom, line and column, F1 help.
    new StudioActions(this, m_ui->menuEdit, m_ui->menuView, m_ui->menuHelp,
                      [this] { return currentTab() ? currentTab()->editor() : nullptr; });
    auto *accounts = new AccountPrincipals(m_documents, m_principal, this);
    // An account window opened while presenting takes the projector's colours too.
    connect(accounts, &AccountPrincipals::following, this,
            [this](AccountWindow *account) { account->setHighContrast(m_highContrast); });
    accounts->addOpenAction(m_ui->menuFile, m_ui->menuOpenRecent->menuAction());
    AwsActions::addTo(m_ui->menuFile, m_ui->menuOpenRecent->menuAction(), this,
                      [accounts](AccountWindow *account) { accounts->follow(account); });
    setupPrincipal();
    setupTrainingViews();
    connect(m_ui->documentTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_ui->documentTabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(tabAt(index)); });
    connect(m_documents->recentFiles(), &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    connect(m_documents, &DocumentManager::tabAdded, this, &MainWindow::onTabAdded);
    connect(m_documents, &DocumentManager::autosaveErrorChanged, this, &MainWindow::setAutosaveError);
    connect(m_documents, &DocumentManager::message, statusBar(), &QStatusBar::showMessage);
    updateRecentMenu();

    connect(&Settings::instance(), &Settings::languageChanged, this,
            [] { StudioApp::loadTranslation(Settings::instance().language()); });

    resizeWithinScreen(this, QSize(1280, 820));
    restoreGeometry(Settings::instance().windowGeometry());
    restoreState(Settings::instance().windowState(), stateVersion);
}

MainWindow::~MainWindow()
{
    // Hiding the dock and removing tabs while the window is torn down must not reach the
    // handlers, which use the form that is gone by then.
    m_scenarioDock->disconnect(this);
    m_presentation->disconnect(this);
    m_ui->documentTabs->disconnect(this);
    m_principal->disconnect();
}

void MainWindow::setupActions()
{
    Ui::MainWindow &ui = *m_ui;
    ActionSetup::apply(ui);

    connect(ui.actionNew, &QAction::triggered, this, [this] { newDocument(); });
    connect(ui.actionOpen, &QAction::triggered, this, [this] {
        const QString dir = currentTab() && !currentTab()->filePath().isEmpty()
            ? QFileInfo(currentTab()->filePath()).absolutePath()
            : QString();
        for (const QString &path : FileDialog::instance().getOpenFileNames(this, tr("Open Policy"), dir, fileFilter()))
            openFile(path);
    });
    connect(ui.actionSave, &QAction::triggered, this, [this] { save(currentTab()); });
    connect(ui.actionSaveAs, &QAction::triggered, this, [this] { saveAs(currentTab()); });
    connect(ui.actionClose, &QAction::triggered, this, [this] { closeTab(currentTab()); });
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);

    auto onEditor = [this](void (QPlainTextEdit::*method)()) {
        return [this, method] {
            if (PolicyTab *tab = currentTab())
                (tab->editor()->*method)();
        };
    };
    connect(ui.actionUndo, &QAction::triggered, this, onEditor(&QPlainTextEdit::undo));
    connect(ui.actionRedo, &QAction::triggered, this, onEditor(&QPlainTextEdit::redo));
    connect(ui.actionCut, &QAction::triggered, this, onEditor(&QPlainTextEdit::cut));
    connect(ui.actionCopy, &QAction::triggered, this, onEditor(&QPlainTextEdit::copy));
    connect(ui.actionPaste, &QAction::triggered, this, onEditor(&QPlainTextEdit::paste));
    connect(ui.actionFind, &QAction::triggered, this, [this] {
        if (PolicyTab *tab = currentTab())
            tab->findBar()->showFind();
    });
    connect(ui.actionReplace, &QAction::triggered, this, [this] {
        if (PolicyTab *tab = currentTab())
            tab->findBar()->showReplace();
    });
    connect(ui.actionGoToLine, &QAction::triggered, this, [this] {
        if (PolicyTab *tab = currentTab())
            tab->findBar()->showGoToLine();
    });
    connect(ui.actionCheck, &QAction::triggered, this, &MainWindow::checkCurrent);
    connect(ui.actionMigrate, &QAction::triggered, m_tools, &DocumentTools::showMigration);
    connect(ui.actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui.actionExport, &QAction::triggered, m_tools, &DocumentTools::showExport);
    connect(ui.actionPrint, &QAction::triggered, m_tools, &DocumentTools::printMatrix);
    connect(ui.actionCompare, &QAction::triggered, m_tools, [this] { m_tools->showComparison(); });

    for (const PolicyTemplates::Template &t : PolicyTemplates::all()) {
        QAction *action = ui.menuNewFromTemplate->addAction(t.title);
        action->setObjectName(QStringLiteral("template-") + t.id);
        connect(action, &QAction::triggered, this,
                [this, action, id = t.id] { newDocument(PolicyTemplates::text(id), action->text()); });
    }
    ui.menuNewFromTemplate->setToolTipsVisible(true);
}

// The principal panel (a dock beside the tabs) and the principal file's menu entries.
void MainWindow::setupPrincipal()
{
    m_principalPanel = new PrincipalPanel(m_principal, m_documents, this);
    m_principalPanel->setObjectName(QStringLiteral("principalPanel"));
    m_principalDock = new QDockWidget(this);
    m_principalDock->setObjectName(QStringLiteral("principalDock"));
    m_principalDock->setWidget(m_principalPanel);
    m_principalDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_principalDock);
    // Closed until it is asked for (View › Principal) or a principal is opened; open, it is narrow
    // enough that the matrix keeps its decision columns at 1280 pixels (PrincipalPanel::sizeHint).
    // The window's saved state brings it back as the user left it.
    m_principalDock->hide();
    m_ui->menuView->addAction(m_principalDock->toggleViewAction());
    connect(m_principal, &PrincipalSetup::changed, this,
            [this] { Settings::instance().setIdentity(m_principal->identity()); });
    m_principalActions = new PrincipalActions(m_principal, m_documents, this);
    m_principalActions->addToMenu(m_ui->menuFile, m_ui->actionExport);
    connect(m_principalActions, &PrincipalActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_principalActions, &PrincipalActions::opened, m_principalDock, &QWidget::show);
}

// The enrollment scenario (a dock beside the tabs) and presentation mode.
void MainWindow::setupTrainingViews()
{
    m_scenarioPage = new ScenarioPage(this);
    m_scenarioPage->setObjectName(QStringLiteral("scenarioPage"));
    m_scenarioDock = new QDockWidget(this);
    m_scenarioDock->setObjectName(QStringLiteral("scenarioDock"));
    m_scenarioDock->setWidget(m_scenarioPage);
    m_scenarioDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    // Below the tabs: beside them it would take the width the matrix's decision columns need.
    addDockWidget(Qt::BottomDockWidgetArea, m_scenarioDock);
    m_scenarioDock->hide();
    connect(m_ui->actionScenario, &QAction::toggled, m_scenarioDock, &QDockWidget::setVisible);
    connect(m_scenarioDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_scenarioDock->isHidden() != m_ui->actionScenario->isChecked())
            m_ui->actionScenario->setChecked(!m_scenarioDock->isHidden());
        if (visible)
            updateScenario();
    });
    connect(m_scenarioPage, &ScenarioPage::statementActivated, this,
            [this](const PrincipalPolicy &policy, int statement, const QString &action, const QString &resource,
                   AuthState state) {
                m_navigator->showStatement(policy, std::size_t(statement), action, resource, state);
            });
    // One device name for the scenario and the matrix.
    connect(m_scenarioPage, &ScenarioPage::deviceNameEdited, this, [this](const QString &name) {
        SimulationIdentity identity = m_principal->identity();
        identity.deviceName = name.toStdString();
        m_principal->setIdentity(identity);
    });
    connect(m_principal, &PrincipalSetup::changed, this, &MainWindow::updateScenario);
    connect(m_scenarioPage, &ScenarioPage::currentStepChanged, this,
            [this](const QString &action, const QString &resource, AuthState state) {
                if (PolicyTab *tab = currentTab())
                    tab->selectMatrixCell(action, resource, state);
            });

    m_presentation = new PresentationMode(this);
    m_presentation->setScenarioPage(m_scenarioPage);
    // The legend goes below the scenario, not beside it: side by side, the two would ask for more
    // than the width of a projector's screen. A hidden dock keeps its place, so the legend is put
    // below it before it shows.
    const auto stackLegend = [this] {
        if (m_presentation->isEnabled() && !m_scenarioDock->isFloating()
            && dockWidgetArea(m_scenarioDock) == Qt::BottomDockWidgetArea) {
            const QSignalBlocker blocker(m_scenarioDock);
            splitDockWidget(m_scenarioDock, m_presentation->legendDock(), Qt::Vertical);
            // With the larger font the scenario shows the current step and the whole AWS message,
            // up to half the height; the tabs keep the rest for the matrix.
            const int wanted = std::min(m_scenarioDock->sizeHint().height(), height() / 2);
            resizeDocks({m_scenarioDock}, {std::max(m_scenarioDock->minimumSizeHint().height(), wanted)}, Qt::Vertical);
        }
    };
    connect(m_presentation, &PresentationMode::enabledChanged, this, stackLegend);
    connect(m_scenarioDock, &QDockWidget::visibilityChanged, this, stackLegend);
    // The tab starts presenting before the larger fonts: it keeps the splitters as the user left them.
    connect(m_presentation, &PresentationMode::aboutToEnable, this, [this] {
        if (PolicyTab *tab = currentTab())
            tab->presentationLayout()->setPresenting(true);
    });
    connect(m_presentation, &PresentationMode::enabledChanged, this, &MainWindow::updatePresentationLayout);
    connect(m_ui->actionPresentation, &QAction::toggled, m_presentation, &PresentationMode::setEnabled);
    connect(m_presentation, &PresentationMode::enabledChanged, m_ui->actionPresentation, &QAction::setChecked);
    connect(m_presentation, &PresentationMode::highContrastChanged, this, &MainWindow::setHighContrast);
    retranslate();
}

// Texts set in code rather than in the form.
void MainWindow::retranslate()
{
    m_scenarioDock->setWindowTitle(tr("Enrollment scenario"));
    m_principalDock->setWindowTitle(tr("Principal"));
    for (const PolicyTemplates::Template &t : PolicyTemplates::all()) {
        if (auto *action = m_ui->menuNewFromTemplate->findChild<QAction *>(QStringLiteral("template-") + t.id)) {
            action->setText(t.title);
            action->setStatusTip(t.source);
            action->setToolTip(t.source);
        }
    }
    updateRecentMenu();
    updateTitle();
    updateStatus();
    m_autosaveIndicator->setText(tr("Autosave failed"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void MainWindow::setHighContrast(bool on)
{
    m_highContrast = on;
    for (int i = 0; i < tabCount(); ++i)
        tabAt(i)->setHighContrast(on);
    m_scenarioPage->setHighContrast(on);
    m_tools->setHighContrast(on);
    for (AccountWindow *account : findChildren<AccountWindow *>(QString(), Qt::FindDirectChildrenOnly))
        account->setHighContrast(on);
}

// The scenario runs on the principal the current document's matrix is of (the Principal panel's,
// the document in it as edited), or on the panel's alone without a document; while its dock is
// hidden it waits.
void MainWindow::updateScenario()
{
    PolicyTab *tab = currentTab();
    if ((tab && !tab->analysis()) || m_scenarioDock->isHidden()) {
        m_scenarioOutdated = true;
        return;
    }
    m_scenarioOutdated = false;
    m_scenarioPage->setPrincipal(tab ? tab->analysis()->principal.principal : m_principal->principal());
}

void MainWindow::updateRecentMenu()
{
    m_documents->recentFiles()->fillMenu(m_ui->menuOpenRecent, tr("Clear Recent Files"),
                                         [this](const QString &path) { openFile(path); });
}

PolicyTab *MainWindow::tabAt(int index) const
{
    return m_documents->tabAt(index);
}

PolicyTab *MainWindow::currentTab() const
{
    return m_documents->current();
}

int MainWindow::tabCount() const
{
    return m_documents->count();
}

void MainWindow::onTabAdded(PolicyTab *tab)
{
    connect(tab, &PolicyTab::titleChanged, this, [this, tab] {
        if (tab == currentTab())
            updateTitle();
    });
    connect(tab, &PolicyTab::modificationChanged, this, [this, tab] {
        if (tab == currentTab())
            updateTitle();
    });
    connect(tab, &PolicyTab::analysed, this, [this, tab] {
        if (tab != currentTab())
            return;
        updateStatus();
        updateScenario();
    });
    connect(tab, &PolicyTab::statementRequested, m_navigator, &PrincipalNavigator::showStatement);
    // Presenting on a small screen, the Principal panel gives its width when the editor's was not
    // enough for the matrix's decision columns; it comes back with the rest when the mode ends.
    connect(tab->presentationLayout(), &PresentationLayout::matrixNeedsRoom, this, [this] {
        if (!m_principalDock->isFloating())
            m_presentation->hideWhilePresenting(m_principalDock);
    });
    connect(tab, &PolicyTab::findingRequested, m_navigator, &PrincipalNavigator::showFinding);
    tab->setHighContrast(m_highContrast);
    connect(tab->editor(), &PolicyEditor::filesDropped, this, &MainWindow::openDropped);
    for (auto signal :
         {&QPlainTextEdit::undoAvailable, &QPlainTextEdit::redoAvailable, &QPlainTextEdit::copyAvailable}) {
        connect(tab->editor(), signal, this, [this, tab] {
            if (tab == currentTab())
                updateActions();
        });
    }
}

PolicyTab *MainWindow::newDocument(const QString &text, const QString &name)
{
    return m_documents->create(text, name);
}

bool MainWindow::openFile(const QString &path)
{
    if (PrincipalActions::isPrincipalFile(path))
        return m_principalActions->open(path);
    return m_documents->open(path) != nullptr;
}

void MainWindow::openDropped(const QStringList &paths)
{
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save(PolicyTab *tab)
{
    return m_documents->save(tab);
}

bool MainWindow::saveAs(PolicyTab *tab)
{
    return m_documents->saveAs(tab);
}

bool MainWindow::closeTab(PolicyTab *tab)
{
    if (tab == m_previousTab && tab)
        m_previousTab = nullptr;
    return m_documents->close(tab);
}

void MainWindow::onCurrentTabChanged(int index)
{
    PolicyTab *tab = tabAt(index);
    if (m_previousTab && m_previousTab != tab)
        m_previousTab->presentationLayout()->setPresenting(false);
    // Splitters look the same in every tab: carry the layout over from the tab left behind.
    if (tab && m_previousTab && m_previousTab != tab)
        tab->restoreSplitters(m_previousTab->editorSplitterState(), m_previousTab->verticalSplitterState());
    m_previousTab = tab;
    m_presentation->setMatrixView(tab ? tab->matrixView() : nullptr);
    updateTitle();
    updateStatus();
    updateActions();
    updateScenario();
    updatePresentationLayout();
}

// In presentation mode the tab shown gives the matrix the room it needs (PresentationLayout).
void MainWindow::updatePresentationLayout()
{
    if (PolicyTab *tab = currentTab())
        tab->presentationLayout()->setPresenting(m_presentation->isEnabled());
}

void MainWindow::updateTitle()
{
    PolicyTab *tab = currentTab();
    if (!tab) {
        setWindowTitle(tr("MFA Policy Studio"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tab->displayName() + QStringLiteral("[*] — ") + tr("MFA Policy Studio"));
    setWindowModified(tab->isModified());
}

void MainWindow::updateStatus()
{
    PolicyTab *tab = currentTab();
    m_statusLabel->setText(tab ? tab->statusText() : QString());
}

void MainWindow::updateActions()
{
    PolicyTab *tab = currentTab();
    Ui::MainWindow &ui = *m_ui;
    for (QAction *action :
         {ui.actionSave, ui.actionSaveAs, ui.actionClose, ui.actionPaste, ui.actionFind, ui.actionReplace,
          ui.actionGoToLine, ui.actionCheck, ui.actionMigrate, ui.actionExport, ui.actionPrint, ui.actionCompare})
        action->setEnabled(tab != nullptr);
    ui.actionUndo->setEnabled(tab && tab->editor()->document()->isUndoAvailable());
    ui.actionRedo->setEnabled(tab && tab->editor()->document()->isRedoAvailable());
    const bool selection = tab && tab->editor()->textCursor().hasSelection();
    ui.actionCut->setEnabled(selection);
    ui.actionCopy->setEnabled(selection);
}

void MainWindow::checkCurrent()
{
    PolicyTab *tab = currentTab();
    if (!tab)
        return;
    tab->analyseNow();
    const int count = tab->findingsModel()->rowCount();
    statusBar()->showMessage(count == 0 ? tr("No findings") : tr("%n finding(s)", nullptr, count), 5000);
    if (auto *view = tab->findChild<QWidget *>(QStringLiteral("findingsView")))
        view->setFocus();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::autosave()
{
    m_documents->autosave();
}

void MainWindow::setAutosaveError(const QString &error)
{
    m_autosaveIndicator->setText(tr("Autosave failed"));
    m_autosaveIndicator->setToolTip(error);
    m_autosaveIndicator->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(tr("Autosave failed, unsaved changes are not protected against a crash: %1").arg(error));
}

void MainWindow::offerRecovery()
{
    m_documents->offerRecovery();
}

void MainWindow::restoreSession(const QStringList &commandLineFiles)
{
    // A principal file on the command line becomes the window's principal; the rest are policies.
    QStringList policies;
    for (const QString &path : commandLineFiles) {
        if (PrincipalActions::isPrincipalFile(path))
            m_principalActions->open(path);
        else
            policies.append(path);
    }
    if (policies.isEmpty() && m_documents->count() > 0)
        m_documents->offerRecovery();
    else
        m_documents->restoreSession(policies);
}

void MainWindow::saveLayout()
{
    Settings &settings = Settings::instance();
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState(stateVersion));
    if (PolicyTab *tab = currentTab()) {
        settings.setEditorSplitterState(tab->editorSplitterState());
        settings.setVerticalSplitterState(tab->verticalSplitterState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (!m_documents->closeAll()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    openDropped(paths);
    event->acceptProposedAction();
}

} // namespace mfapolicy
