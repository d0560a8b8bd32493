#include "documentmanager.h"

#include "awsmanagedpolicies.h"
#include "document.h"
#include "filedialog.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "principalsetup.h"
#include "recentfiles.h"
#include "recoverystore.h"
#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>

namespace mfapolicy {

namespace {
QString fileFilter()
{
    return DocumentManager::tr("Policies (*.json);;All files (*)");
}
} // namespace

DocumentManager::DocumentManager(QTabWidget *tabs, QWidget *window, PrincipalSetup *setup)
    : QObject(window)
    , m_tabs(tabs)
    , m_window(window)
    , m_setup(setup)
    , m_recentFiles(new RecentFiles(this))
    , m_recovery(std::make_unique<RecoveryStore>())
    , m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setInterval(Settings::instance().autosaveSeconds() * 1000);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentManager::autosave);
    connect(&Settings::instance(), &Settings::autosaveChanged, this,
            [this] { m_autosaveTimer->setInterval(Settings::instance().autosaveSeconds() * 1000); });
    m_autosaveTimer->start();
}

DocumentManager::~DocumentManager() = default;

PolicyTab *DocumentManager::tabAt(int index) const
{
    return qobject_cast<PolicyTab *>(m_tabs->widget(index));
}

PolicyTab *DocumentManager::current() const
{
    return qobject_cast<PolicyTab *>(m_tabs->currentWidget());
}

int DocumentManager::count() const
{
    return m_tabs->count();
}

QList<PolicyTab *> DocumentManager::tabs() const
{
    QList<PolicyTab *> result;
    for (int i = 0; i < count(); ++i)
        result.append(tabAt(i));
    return result;
}

void DocumentManager::add(PolicyTab *tab)
{
    tab->setRecoveryId(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (PolicyTab *previous = current())
        tab->restoreSplitters(previous->editorSplitterState(), previous->verticalSplitterState());
    else
        tab->restoreSplitters(Settings::instance().editorSplitterState(), Settings::instance().verticalSplitterState());
    const int index = m_tabs->addTab(tab, tab->displayName());
    auto refresh = [this, tab] {
        const int i = m_tabs->indexOf(tab);
        if (i < 0)
            return;
        m_tabs->setTabText(i, tab->displayName() + (tab->isModified() ? QStringLiteral(" *") : QString()));
        m_tabs->setTabToolTip(i, QDir::toNativeSeparators(tab->filePath()));
    };
    connect(tab, &PolicyTab::modificationChanged, this, refresh);
    connect(tab, &PolicyTab::titleChanged, this, refresh);
    connect(tab, &PolicyTab::titleChanged, this, [this, tab] { m_setup->linkTab(tab); });
    connect(tab, &PolicyTab::analysed, this, [this, tab] { m_setup->tabAnalysed(tab); });
    tab->setPrincipalSetup(m_setup);
    m_setup->linkTab(tab);
    refresh();
    Q_EMIT tabAdded(tab);
    m_tabs->setCurrentIndex(index);
    tab->editor()->setFocus();
}

PolicyTab *DocumentManager::create(const QString &text, const QString &name)
{
    auto *tab = new PolicyTab(m_tabs);
    tab->setUntitledText(text.isEmpty() ? PolicyTemplates::text(QStringLiteral("empty")) : text,
                         name.isEmpty() ? tr("Untitled %1").arg(++m_untitledCount) : name);
    add(tab);
    return tab;
}

PolicyTab *DocumentManager::openAwsManaged(const QString &name)
{
    const QString title = tr("%1 (AWS managed)").arg(name);
    for (PolicyTab *tab : tabs()) {
        if (tab->document()->isReadOnly() && tab->displayName() == title) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    const std::optional<AwsManagedPolicy> policy = AwsManagedPolicies::bundled().find(name.toStdString());
    if (!policy)
        return nullptr;
    auto *tab = new PolicyTab(m_tabs);
    tab->setUntitledText(QString::fromStdString(policy->documentText), title);
    tab->document()->setReadOnly(true);
    add(tab);
    return tab;
}

PolicyTab *DocumentManager::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (PolicyTab *tab : tabs()) {
        if (tab->filePath() == absolute) {
            m_tabs->setCurrentWidget(tab);
            return tab;
        }
    }
    auto *tab = new PolicyTab(m_tabs);
    QString error;
    if (!tab->loadFile(absolute, &error)) {
        delete tab;
        if (!QFileInfo::exists(absolute))
            m_recentFiles->remove(absolute);
        MessageBox::warning(m_window, tr("Cannot open the file"), error);
        return nullptr;
    }
    add(tab);
    tab->editor()->setFileWritable(QFileInfo(absolute).isWritable());
    m_recentFiles->add(absolute);
    return tab;
}

bool DocumentManager::save(PolicyTab *tab)
{
    if (!tab)
        return false;
    if (tab->filePath().isEmpty() || tab->document()->isReadOnly())
        return saveAs(tab);
    const QString error = tab->saveTo(tab->filePath());
    if (!error.isEmpty())
        return offerSaveAs(tab, tab->filePath(), error);
    m_recovery->remove(tab->recoveryId());
    m_recentFiles->add(tab->filePath());
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(tab->filePath())), 4000);
    return true;
}

bool DocumentManager::saveAs(PolicyTab *tab)
{
    if (!tab)
        return false;
    QString suggestion = tab->filePath();
    if (suggestion.isEmpty())
        suggestion
            = QDir::home().filePath(tab->displayName().section(QLatin1Char(' '), 0, 0) + QStringLiteral(".json"));
    const QString path
        = FileDialog::instance().getSaveFileName(m_window, tr("Save Policy As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    const QString error = tab->saveTo(path);
    if (!error.isEmpty())
        return offerSaveAs(tab, path, error);
    tab->document()->setReadOnly(false);
    tab->editor()->setFileWritable(true);
    m_recovery->remove(tab->recoveryId());
    m_recentFiles->add(tab->filePath());
    return true;
}

bool DocumentManager::offerSaveAs(PolicyTab *tab, const QString &path, const QString &error)
{
    // A read-only folder or a full disk: the text stays in the editor, and another place may work.
    const auto answer = MessageBox::question(
        m_window, tr("Cannot save the file"),
        tr("%1 could not be saved: %2\n\nYour changes are still in the editor. Save them under another name?")
            .arg(QDir::toNativeSeparators(path), error),
        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
    return answer == QMessageBox::Save && saveAs(tab);
}

bool DocumentManager::maybeSave(PolicyTab *tab)
{
    if (!tab->isModified())
        return true;
    m_tabs->setCurrentWidget(tab);
    const auto answer = MessageBox::question(
        m_window, tr("Unsaved changes"), tr("The policy %1 has unsaved changes. Save them?").arg(tab->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save(tab);
    return answer == QMessageBox::Discard;
}

bool DocumentManager::maybeSaveAll()
{
    QList<PolicyTab *> modified;
    for (PolicyTab *tab : tabs()) {
        if (tab->isModified())
            modified.append(tab);
    }
    if (modified.size() < 2)
        return modified.isEmpty() || maybeSave(modified.first());
    QStringList names;
    for (PolicyTab *tab : std::as_const(modified))
        names.append(tab->filePath().isEmpty() ? tab->displayName() : QDir::toNativeSeparators(tab->filePath()));
    const auto answer = MessageBox::question(
        m_window, tr("Unsaved changes"),
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

bool DocumentManager::close(PolicyTab *tab)
{
    if (!tab || !maybeSave(tab))
        return false;
    if (tab == current()) {
        Settings::instance().setEditorSplitterState(tab->editorSplitterState());
        Settings::instance().setVerticalSplitterState(tab->verticalSplitterState());
    }
    m_recovery->remove(tab->recoveryId());
    m_setup->unlinkTab(tab);
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    return true;
}

bool DocumentManager::closeAll()
{
    QStringList open;
    for (PolicyTab *tab : tabs()) {
        if (!tab->filePath().isEmpty())
            open.append(tab->filePath());
    }
    if (!maybeSaveAll())
        return false;
    Settings::instance().setOpenFiles(open);
    for (PolicyTab *tab : tabs())
        m_recovery->remove(tab->recoveryId());
    return true;
}

void DocumentManager::autosave()
{
    QString error;
    for (PolicyTab *tab : tabs()) {
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

void DocumentManager::setAutosaveError(const QString &error)
{
    if (error == m_autosaveError)
        return;
    m_autosaveError = error;
    Q_EMIT autosaveErrorChanged(error);
}

void DocumentManager::offerRecovery()
{
    const QList<RecoveryStore::Entry> entries = m_recovery->entries();
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const RecoveryStore::Entry &e : entries)
        names.append(e.filePath.isEmpty() ? e.title : QDir::toNativeSeparators(e.filePath));
    const auto answer = MessageBox::question(
        m_window, tr("Recover unsaved work"),
        tr("The studio did not close normally last time. Recover the unsaved text of these policies?\n\n%1")
            .arg(names.join(QLatin1Char('\n'))),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    for (const RecoveryStore::Entry &e : entries) {
        if (answer == QMessageBox::Yes) {
            PolicyTab *tab = nullptr;
            if (!e.filePath.isEmpty() && QFileInfo::exists(e.filePath))
                tab = open(e.filePath);
            if (!tab)
                tab = create(QStringLiteral(" "), e.title);
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

void DocumentManager::restoreSession(const QStringList &commandLineFiles)
{
    QStringList files = commandLineFiles;
    if (files.isEmpty() && Settings::instance().restoreOpenFiles()) {
        for (const QString &path : Settings::instance().openFiles()) {
            if (QFileInfo::exists(path))
                files.append(path);
        }
    }
    for (const QString &path : files)
        open(path);
    offerRecovery();
    if (count() == 0)
        create();
}

} // namespace mfapolicy
