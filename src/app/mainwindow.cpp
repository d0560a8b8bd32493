#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountwindow.h"
#include "comparisondialog.h"
#include "comparisonwidget.h"
#include "filedialog.h"
#include "findbar.h"
#include "findingsmodel.h"
#include "messagebox.h"
#include "migration.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "presentationmode.h"
#include "recentfiles.h"
#include "recoverystore.h"
#include "scenariopage.h"
#include "settings.h"
#include "settingsdialog.h"
#include "studioactions.h"
#include "studioapp.h"
#include "ui_mainwindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

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
    , m_recentFiles(new RecentFiles(this))
    , m_recovery(std::make_unique<RecoveryStore>())
    , m_autosaveTimer(new QTimer(this))
    , m_statusLabel(new QLabel(this))
{
    PolicyTemplates::initResources();
    m_ui->setupUi(this);
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
                                .arg(m_autosaveError));
    });
    m_ui->statusBar->addPermanentWidget(m_autosaveIndicator);
    setupActions();
    // Format, word wrap, zoom, line and column, F1 help.
    new StudioActions(this, m_ui->menuEdit, m_ui->menuView, m_ui->menuHelp,
                      [this] { return currentTab() ? currentTab()->editor() : nullptr; });
    AccountWindow::addOpenAction(m_ui->menuFile, m_ui->menuOpenRecent->menuAction(), this);
    setupTrainingViews();
    connect(m_ui->documentTabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_ui->documentTabs, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(tabAt(index)); });
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();

    m_autosaveTimer->setInterval(Settings::instance().autosaveSeconds() * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosave);
    connect(&Settings::instance(), &Settings::autosaveChanged, this,
            [this] { m_autosaveTimer->setInterval(Settings::instance().autosaveSeconds() * 1000); });
    m_autosaveTimer->start();
    connect(&Settings::instance(), &Settings::languageChanged, this,
            [] { StudioApp::loadTranslation(Settings::instance().language()); });

    resize(1280, 820);
    restoreGeometry(Settings::instance().windowGeometry());
    restoreState(Settings::instance().windowState(), stateVersion);
}

MainWindow::~MainWindow()
{
    // Hiding the dock and removing tabs while the window is torn down must not reach the
    // handlers, which use the form that is gone by then.
    m_scenarioDock->disconnect(this);
    m_ui->documentTabs->disconnect(this);
}

void MainWindow::setupActions()
{
    Ui::MainWindow &ui = *m_ui;
    const std::pair<QAction *, QKeySequence::StandardKey> keys[] = {
        {ui.actionNew, QKeySequence::New},         {ui.actionOpen, QKeySequence::Open},
        {ui.actionSave, QKeySequence::Save},       {ui.actionSaveAs, QKeySequence::SaveAs},
        {ui.actionClose, QKeySequence::Close},     {ui.actionQuit, QKeySequence::Quit},
        {ui.actionUndo, QKeySequence::Undo},       {ui.actionRedo, QKeySequence::Redo},
        {ui.actionCut, QKeySequence::Cut},         {ui.actionCopy, QKeySequence::Copy},
        {ui.actionPaste, QKeySequence::Paste},     {ui.actionFind, QKeySequence::Find},
        {ui.actionReplace, QKeySequence::Replace}, {ui.actionSettings, QKeySequence::Preferences},
    };
    for (const auto &[action, key] : keys)
        action->setShortcuts(key);
    ui.actionGoToLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    ui.actionCheck->setShortcut(QKeySequence(Qt::Key_F7));
    ui.actionMigrate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    ui.actionPrint->setShortcuts(QKeySequence::Print);
    ui.actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.actionCompare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    ui.actionScenario->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    // F5 as presentation programs use; Ctrl+Shift+P where F5 is taken.
    ui.actionPresentation->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    if (ui.actionReplace->shortcuts().isEmpty())
        ui.actionReplace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    auto themed = [](QAction *action, const char *name) { action->setIcon(QIcon::fromTheme(QLatin1String(name))); };
    themed(ui.actionNew, "document-new");
    themed(ui.actionOpen, "document-open");
    themed(ui.actionSave, "document-save");
    themed(ui.actionSaveAs, "document-save-as");
    themed(ui.actionUndo, "edit-undo");
    themed(ui.actionRedo, "edit-redo");
    themed(ui.actionQuit, "application-exit");
    themed(ui.actionPrint, "document-print");
    themed(ui.actionExport, "document-export");
    themed(ui.actionPresentation, "view-presentation");
    ui.actionCheck->setIcon(QIcon(QStringLiteral(":/icons/severity-warning.svg")));
    ui.actionMigrate->setIcon(QIcon(QStringLiteral(":/icons/mfa-policy-studio.svg")));

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
    connect(ui.actionMigrate, &QAction::triggered, this, &MainWindow::showMigration);
    connect(ui.actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui.actionExport, &QAction::triggered, this, &MainWindow::showExport);
    connect(ui.actionPrint, &QAction::triggered, this, &MainWindow::printMatrix);
    connect(ui.actionCompare, &QAction::triggered, this, [this] { showComparison(); });

    for (const PolicyTemplates::Template &t : PolicyTemplates::all()) {
        QAction *action = ui.menuNewFromTemplate->addAction(t.title);
        action->setObjectName(QStringLiteral("template-") + t.id);
        connect(action, &QAction::triggered, this,
                [this, action, id = t.id] { newDocument(PolicyTemplates::text(id), action->text()); });
    }
    ui.menuNewFromTemplate->setToolTipsVisible(true);
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
    addDockWidget(Qt::RightDockWidgetArea, m_scenarioDock);
    m_scenarioDock->hide();
    connect(m_ui->actionScenario, &QAction::toggled, m_scenarioDock, &QDockWidget::setVisible);
    connect(m_scenarioDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!m_scenarioDock->isHidden() != m_ui->actionScenario->isChecked())
            m_ui->actionScenario->setChecked(!m_scenarioDock->isHidden());
        if (visible)
            updateScenario();
    });
    connect(m_scenarioPage, &ScenarioPage::statementActivated, this, [this](int, int statement) {
        if (PolicyTab *tab = currentTab())
            tab->selectStatement(std::size_t(statement));
    });
    connect(m_scenarioPage, &ScenarioPage::currentStepChanged, this,
            [this](const QString &action, const QString &resource, AuthState state) {
                if (PolicyTab *tab = currentTab())
                    tab->selectMatrixCell(action, resource, state);
            });

    m_presentation = new PresentationMode(this);
    m_presentation->setScenarioPage(m_scenarioPage);
    connect(m_ui->actionPresentation, &QAction::toggled, m_presentation, &PresentationMode::setEnabled);
    connect(m_presentation, &PresentationMode::enabledChanged, m_ui->actionPresentation, &QAction::setChecked);
    connect(m_presentation, &PresentationMode::highContrastChanged, this, &MainWindow::setHighContrast);
    retranslate();
}

// Texts set in code rather than in the form.
void MainWindow::retranslate()
{
    m_scenarioDock->setWindowTitle(tr("Enrollment scenario"));
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
    if (m_comparison)
        m_comparison->comparison()->setHighContrast(on);
}

// The scenario runs against the current document; while its dock is hidden it waits.
void MainWindow::updateScenario()
{
    PolicyTab *tab = currentTab();
    if (!tab || !tab->analysis() || m_scenarioDock->isHidden()) {
        m_scenarioOutdated = true;
        return;
    }
    m_scenarioOutdated = false;
    m_scenarioPage->setIdentity(tab->identity());
    m_scenarioPage->setPolicies({tab->analysis()->source});
}

// The export dialog with the current document's policy, matrix and findings; false without one.
bool MainWindow::prepareExport(ExportDialog &dialog)
{
    PolicyTab *tab = currentTab();
    if (!tab)
        return false;
    tab->analyseNow();
    const PolicyAnalysis &analysis = *tab->analysis();
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setPolicy(analysis.source);
    if (analysis.matrix)
        dialog.setMatrix(*analysis.matrix);
    dialog.setFindings(analysis.findings);
    dialog.setHighContrast(m_highContrast);
    if (m_printDialog)
        dialog.setPrintDialogRunner(m_printDialog);
    return true;
}

void MainWindow::showExport()
{
    ExportDialog dialog(this);
    if (prepareExport(dialog))
        dialog.exec();
}

void MainWindow::printMatrix()
{
    // The export dialog paginates and prints; it is not shown.
    ExportDialog dialog(this);
    if (prepareExport(dialog) && currentTab()->analysis()->matrix)
        dialog.print();
}

ComparisonDialog *MainWindow::showComparison(int candidate)
{
    PolicyTab *tab = currentTab();
    if (!tab)
        return nullptr;
    tab->analyseNow();
    const std::shared_ptr<const PolicyAnalysis> analysis = tab->analysis();
    QList<ComparisonDialog::Candidate> candidates;
    const MigrationPlan plan = planMigration(analysis->source);
    if (!plan.changes.empty()) {
        candidates.append({tr("Its migrated form"), tr("%1 (migrated)").arg(tab->displayName()),
                           QString::fromStdString(applyMigration(analysis->source, plan)), true});
    }
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i) != tab)
            candidates.append({tr("Open document: %1").arg(tabAt(i)->displayName()), tabAt(i)->displayName(),
                               tabAt(i)->editor()->toPlainText()});
    }
    for (const PolicyTemplates::Template &t : PolicyTemplates::all())
        candidates.append(
            {tr("AWS example: %1").arg(t.title), t.id + QStringLiteral(".json"), PolicyTemplates::text(t.id)});
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(this);
        m_comparison->setObjectName(QStringLiteral("comparisonDialog"));
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_comparison, &ComparisonDialog::exportRequested, this, &MainWindow::exportComparison);
    }
    m_comparison->comparison()->setHighContrast(m_highContrast);
    m_comparison->setDocument(tab->displayName(), analysis->text, tab->identity(), candidates);
    m_comparison->setCurrentCandidate(std::clamp(candidate, 0, int(candidates.size()) - 1));
    m_comparison->show();
    m_comparison->raise();
    return m_comparison;
}

void MainWindow::exportComparison()
{
    if (!m_comparison)
        return;
    const ComparisonWidget *c = m_comparison->comparison();
    ExportDialog dialog(m_comparison);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setComparison(c->beforeMatrix(), c->afterMatrix(), tr("%1 → %2").arg(c->beforeName(), c->afterName()),
                         c->changes(), c->hunks(), c->beforeName(), c->afterName());
    dialog.setHighContrast(m_highContrast);
    dialog.setFormat(ExportDialog::Format::MatrixPng);
    if (m_printDialog)
        dialog.setPrintDialogRunner(m_printDialog);
    dialog.exec();
}

void MainWindow::updateRecentMenu()
{
    QMenu *menu = m_ui->menuOpenRecent;
    menu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = menu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QStringLiteral("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        menu->addSeparator();
    QAction *clear = menu->addAction(tr("Clear Recent Files"), m_recentFiles, &RecentFiles::clear);
    clear->setEnabled(!files.isEmpty());
}

PolicyTab *MainWindow::tabAt(int index) const
{
    return qobject_cast<PolicyTab *>(m_ui->documentTabs->widget(index));
}

PolicyTab *MainWindow::currentTab() const
{
    return qobject_cast<PolicyTab *>(m_ui->documentTabs->currentWidget());
}

int MainWindow::tabCount() const
{
    return m_ui->documentTabs->count();
}

void MainWindow::addTab(PolicyTab *tab)
{
    tab->setRecoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (PolicyTab *current = currentTab())
        tab->restoreSplitters(current->editorSplitterState(), current->verticalSplitterState());
    else
        tab->restoreSplitters(Settings::instance().editorSplitterState(), Settings::instance().verticalSplitterState());
    const int index = m_ui->documentTabs->addTab(tab, tab->displayName());
    auto refresh = [this, tab] {
        const int i = m_ui->documentTabs->indexOf(tab);
        if (i < 0)
            return;
        m_ui->documentTabs->setTabText(i, tab->displayName() + (tab->isModified() ? QStringLiteral(" *") : QString()));
        m_ui->documentTabs->setTabToolTip(i, QDir::toNativeSeparators(tab->filePath()));
        if (tab == currentTab())
            updateTitle();
    };
    connect(tab, &PolicyTab::modificationChanged, this, refresh);
    connect(tab, &PolicyTab::titleChanged, this, refresh);
    connect(tab, &PolicyTab::analysed, this, [this, tab] {
        if (tab != currentTab())
            return;
        updateStatus();
        updateScenario();
    });
    tab->setHighContrast(m_highContrast);
    connect(tab->editor(), &PolicyEditor::filesDropped, this, &MainWindow::openDropped);
    for (auto signal :
         {&QPlainTextEdit::undoAvailable, &QPlainTextEdit::redoAvailable, &QPlainTextEdit::copyAvailable}) {
        connect(tab->editor(), signal, this, [this, tab] {
            if (tab == currentTab())
                updateActions();
        });
    }
    refresh();
    m_ui->documentTabs->setCurrentIndex(index);
    tab->editor()->setFocus();
}

PolicyTab *MainWindow::newDocument(const QString &text, const QString &name)
{
    auto *tab = new PolicyTab(m_ui->documentTabs);
    tab->setUntitledText(text.isEmpty() ? PolicyTemplates::text(QStringLiteral("empty")) : text,
                         name.isEmpty() ? tr("Untitled %1").arg(++m_untitledCount) : name);
    addTab(tab);
    return tab;
}

bool MainWindow::openFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->filePath() == absolute) {
            m_ui->documentTabs->setCurrentIndex(i);
            return true;
        }
    }
    auto *tab = new PolicyTab(m_ui->documentTabs);
    QString error;
    if (!tab->loadFile(absolute, &error)) {
        delete tab;
        if (!QFileInfo::exists(absolute))
            m_recentFiles->remove(absolute);
        MessageBox::warning(this, tr("Cannot open the file"), error);
        return false;
    }
    addTab(tab);
    tab->editor()->setFileWritable(QFileInfo(absolute).isWritable());
    m_recentFiles->add(absolute);
    return true;
}

void MainWindow::openDropped(const QStringList &paths)
{
    for (const QString &path : paths)
        openFile(path);
}

bool MainWindow::save(PolicyTab *tab)
{
    if (!tab)
        return false;
    if (tab->filePath().isEmpty())
        return saveAs(tab);
    const QString error = tab->saveTo(tab->filePath());
    if (!error.isEmpty())
        return offerSaveAs(tab, tab->filePath(), error);
    m_recovery->remove(tab->recoveryId());
    m_recentFiles->add(tab->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())), 4000);
    return true;
}

bool MainWindow::saveAs(PolicyTab *tab)
{
    if (!tab)
        return false;
    QString suggestion = tab->filePath();
    if (suggestion.isEmpty())
        suggestion
            = QDir::home().filePath(tab->displayName().section(QLatin1Char(' '), 0, 0) + QStringLiteral(".json"));
    const QString path = FileDialog::instance().getSaveFileName(this, tr("Save Policy As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    const QString error = tab->saveTo(path);
    if (!error.isEmpty())
        return offerSaveAs(tab, path, error);
    tab->editor()->setFileWritable(true);
    m_recovery->remove(tab->recoveryId());
    m_recentFiles->add(tab->filePath());
    return true;
}

bool MainWindow::offerSaveAs(PolicyTab *tab, const QString &path, const QString &error)
{
    // A read-only folder or a full disk: the text stays in the editor, and another place may work.
    const auto answer = MessageBox::question(
        this, tr("Cannot save the file"),
        tr("%1 could not be saved: %2\n\nYour changes are still in the editor. Save them under another name?")
            .arg(QDir::toNativeSeparators(path), error),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && saveAs(tab);
}

bool MainWindow::maybeSave(PolicyTab *tab)
{
    if (!tab->isModified())
        return true;
    m_ui->documentTabs->setCurrentWidget(tab);
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"), tr("The policy %1 has unsaved changes. Save them?").arg(tab->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(tab);
    return answer == QMessageBox::Discard;
}

bool MainWindow::maybeSaveAll()
{
    QList<PolicyTab *> modified;
    for (int i = 0; i < tabCount(); ++i) {
        if (tabAt(i)->isModified())
            modified.append(tabAt(i));
    }
    if (modified.size() < 2)
        return modified.isEmpty() || maybeSave(modified.first());
    QStringList names;
    for (PolicyTab *tab : std::as_const(modified))
        names.append(tab->filePath().isEmpty() ? tab->displayName() : QDir::toNativeSeparators(tab->filePath()));
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        tr("%n policies have unsaved changes:\n\n%1\n\nSave all of them, or discard all their changes?", nullptr,
           int(modified.size()))
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::SaveAll | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::SaveAll,
        {{QMessageBox::SaveAll, tr("&Save All")}, {QMessageBox::Discard, tr("&Discard All")}});
    if (answer == QMessageBox::Discard)
        return true;
    if (answer != QMessageBox::SaveAll)
        return false;
    for (PolicyTab *tab : std::as_const(modified)) {
        if (!save(tab))
            return false;
    }
    return true;
}

bool MainWindow::closeTab(PolicyTab *tab)
{
    if (!tab || !maybeSave(tab))
        return false;
    if (tab == currentTab()) {
        Settings::instance().setEditorSplitterState(tab->editorSplitterState());
        Settings::instance().setVerticalSplitterState(tab->verticalSplitterState());
    }
    m_recovery->remove(tab->recoveryId());
    if (m_previousTab == tab)
        m_previousTab = nullptr;
    m_ui->documentTabs->removeTab(m_ui->documentTabs->indexOf(tab));
    tab->deleteLater();
    return true;
}

void MainWindow::onCurrentTabChanged(int index)
{
    PolicyTab *tab = tabAt(index);
    // Splitters look the same in every tab: carry the layout over from the tab left behind.
    if (tab && m_previousTab && m_previousTab != tab)
        tab->restoreSplitters(m_previousTab->editorSplitterState(), m_previousTab->verticalSplitterState());
    m_previousTab = tab;
    m_presentation->setMatrixView(tab ? tab->matrixView() : nullptr);
    updateTitle();
    updateStatus();
    updateActions();
    updateScenario();
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

void MainWindow::showMigration()
{
    PolicyTab *tab = currentTab();
    if (!tab)
        return;
    tab->analyseNow();
    MigrationDialog dialog(tab->analysis(), this);
    dialog.setHighContrast(m_highContrast);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tab->applyEdits(dialog.edits());
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
    QString error;
    for (int i = 0; i < tabCount(); ++i) {
        PolicyTab *tab = tabAt(i);
        QString reason;
        if (!tab->isModified())
            m_recovery->remove(tab->recoveryId());
        else if (!m_recovery->write(
                     {tab->recoveryId(), tab->filePath(), tab->displayName(), tab->editor()->toPlainText(), {}},
                     &reason)
                 && error.isEmpty())
            error = reason;
    }
    setAutosaveError(error);
}

void MainWindow::setAutosaveError(const QString &error)
{
    const bool changed = error != m_autosaveError;
    m_autosaveError = error;
    m_autosaveIndicator->setText(tr("Autosave failed"));
    m_autosaveIndicator->setToolTip(error);
    m_autosaveIndicator->setVisible(!error.isEmpty());
    if (error.isEmpty()) {
        if (changed)
            statusBar()->clearMessage();
        return;
    }
    statusBar()->showMessage(tr("Autosave failed, unsaved changes are not protected against a crash: %1").arg(error));
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_recovery->entries();
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const RecoveryStore::Entry &e : entries)
        names.append(e.filePath.isEmpty() ? e.title : QDir::toNativeSeparators(e.filePath));
    const auto answer = MessageBox::question(
        this, tr("Recover unsaved work"),
        tr("The studio did not close normally last time. Recover the unsaved text of these policies?\n\n%1")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    for (const RecoveryStore::Entry &e : entries) {
        if (answer == QMessageBox::Yes) {
            PolicyTab *tab = nullptr;
            if (!e.filePath.isEmpty() && QFileInfo::exists(e.filePath) && openFile(e.filePath))
                tab = currentTab();
            if (!tab)
                tab = newDocument(QStringLiteral(" "), e.title);
            // Replace as an edit, so the recovered text is modified and the file version is one undo away.
            QTextCursor c(tab->editor()->document());
            c.select(QTextCursor::Document);
            c.insertText(e.text);
        }
        m_recovery->remove(e.id);
    }
    if (answer == QMessageBox::Yes)
        autosave();
}

void MainWindow::restoreSession(const QStringList &commandLineFiles)
{
    QStringList files = commandLineFiles;
    if (files.isEmpty() && Settings::instance().restoreOpenFiles()) {
        for (const QString &path : Settings::instance().openFiles()) {
            if (QFileInfo::exists(path))
                files.append(path);
        }
    }
    for (const QString &path : files)
        openFile(path);
    offerRecovery();
    if (tabCount() == 0)
        newDocument();
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
    QStringList open;
    for (int i = 0; i < tabCount(); ++i) {
        if (!tabAt(i)->filePath().isEmpty())
            open.append(tabAt(i)->filePath());
    }
    if (!maybeSaveAll()) {
        event->ignore();
        return;
    }
    Settings::instance().setOpenFiles(open);
    for (int i = 0; i < tabCount(); ++i)
        m_recovery->remove(tabAt(i)->recoveryId());
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
