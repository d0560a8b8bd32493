#include "actionsetup.h"

#include "ui_mainwindow.h"

#include <QIcon>
#include <QKeySequence>

namespace mfapolicy {

void ActionSetup::apply(Ui::MainWindow &ui)
{
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
}

} // namespace mfapolicy
