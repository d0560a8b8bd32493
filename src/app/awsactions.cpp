#include "awsactions.h"

#include "accountwindow.h"
#include "applylogwindow.h"
#include "importawsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QMenu>

namespace mfapolicy {

namespace {

// Sets the actions' texts now and whenever the menu's language changes.
class AwsActionTexts final : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AwsActions)

public:
    AwsActionTexts(QMenu *menu, QAction *import, QAction *log) : QObject(menu), m_import(import), m_log(log)
    {
        update();
    }
    void update()
    {
        m_import->setText(tr("I&mport from AWS…"));
        m_import->setToolTip(tr("Fetch a live account's users and policies through the AWS CLI"));
        m_log->setText(tr("AWS Apply &Log…"));
        m_log->setToolTip(tr("Every change applied to AWS from here or the command line, with Roll Back"));
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_import;
    QAction *m_log;
};

} // namespace

void AwsActions::addTo(QMenu *menu, QAction *before, QWidget *window, std::function<void(AccountWindow *)> imported)
{
    auto *import = new QAction(menu);
    import->setObjectName(QStringLiteral("actionImportFromAws"));
    auto *log = new QAction(menu);
    log->setObjectName(QStringLiteral("actionAwsApplyLog"));
    menu->installEventFilter(new AwsActionTexts(menu, import, log));
    menu->insertAction(before, import);
    menu->insertAction(before, log);
    QObject::connect(import, &QAction::triggered, window, [window, imported = std::move(imported)] {
        auto *dialog = new ImportAwsDialog(window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (imported)
            QObject::connect(dialog, &ImportAwsDialog::imported, window, imported);
        dialog->show();
    });
    QObject::connect(log, &QAction::triggered, window, [window] { ApplyLogWindow::showLog(window); });
}

} // namespace mfapolicy
