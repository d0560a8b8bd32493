#include "awsaccountlink.h"

#include "accountfix.h"
#include "accountwindow.h"
#include "applydialog.h"
#include "fixalldialog.h"
#include "messagebox.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>

namespace mfapolicy {

AwsAccountLink::AwsAccountLink(AccountWindow *window, const AwsCli &cli, const QString &logPath)
    : QObject(window), m_window(window), m_cli(cli), m_logPath(logPath)
{
    setObjectName(QStringLiteral("awsAccountLink"));
    // The file name is what the window's title shows: where the account came from.
    const QString profile = cli.profile.isEmpty() ? QStringLiteral("default") : cli.profile;
    QString name = QStringLiteral("aws-") + profile + QStringLiteral(".json");
    name.replace(QLatin1Char('/'), QLatin1Char('_'));
    m_path = QDir(m_folder.path()).filePath(name);

    QMenu *menu = window->findChild<QMenu *>(QStringLiteral("accountFileMenu"));
    if (!menu)
        menu = window->menuBar()->addMenu(QString());
    m_apply = new QAction(window);
    m_apply->setObjectName(QStringLiteral("accountApplyAwsAction"));
    const QList<QAction *> actions = menu->actions();
    // Before Close, the last entry of the account window's File menu.
    menu->insertAction(actions.isEmpty() ? nullptr : actions.last(), m_apply);
    connect(m_apply, &QAction::triggered, this, [this] { openApplyDialog(); });
    connect(window, &AccountWindow::analysed, this, &AwsAccountLink::updateAction);
    connect(window, &AccountWindow::loadFailed, this, &AwsAccountLink::updateAction);
    // Fix All of a fetched account offers to apply the fix there, beside writing the folder.
    connect(window, &AccountWindow::fixAllDialogCreated, this, [this](FixAllDialog *dialog) {
        QPushButton *button = dialog->buttonBox()->addButton(m_apply->text(), QDialogButtonBox::ActionRole);
        button->setObjectName(QStringLiteral("fixAllApplyAwsButton"));
        button->setToolTip(m_apply->toolTip());
        button->setEnabled(m_apply->isEnabled());
        connect(button, &QPushButton::clicked, this, [this, dialog] {
            dialog->close();
            openApplyDialog();
        });
    });
    window->installEventFilter(this);
    retranslate();
    updateAction();
}

AccountWindow *AwsAccountLink::openFetched(QWidget *parent, const QByteArray &json, const AwsCli &cli,
                                           const QString &logPath)
{
    auto *window = new AccountWindow(parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    auto *link = new AwsAccountLink(window, cli, logPath);
    QString error;
    if (!link->write(json, &error)) {
        delete window;
        MessageBox::warning(parent, tr("Import from AWS"), error);
        return nullptr;
    }
    window->show();
    window->load(link->m_path);
    return window;
}

AwsAccountLink *AwsAccountLink::of(const AccountWindow *window)
{
    return window ? window->findChild<AwsAccountLink *>(QStringLiteral("awsAccountLink"), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

bool AwsAccountLink::write(const QByteArray &json, QString *error)
{
    QFile file(m_path);
    if (!m_folder.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()
        || !file.flush()) {
        *error = tr("Cannot keep the fetched account in a temporary file: %1")
                     .arg(m_folder.isValid() ? file.errorString() : m_folder.errorString());
        return false;
    }
    return true;
}

bool AwsAccountLink::showsFetchedAccount() const
{
    const AccountStatePtr state = m_window->state();
    return state && state->path == m_path && !m_window->isBusy();
}

void AwsAccountLink::updateAction()
{
    m_apply->setEnabled(showsFetchedAccount());
}

void AwsAccountLink::reload(const QByteArray &json)
{
    QString error;
    if (!write(json, &error)) {
        MessageBox::warning(m_window, tr("Apply Fix to AWS"), error);
        return;
    }
    m_window->load(m_path);
}

ApplyDialog *AwsAccountLink::openApplyDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    if (!showsFetchedAccount())
        return nullptr;
    const AccountStatePtr state = m_window->state();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    AccountAnalysis analysis;
    analysis.users = state->users;
    analysis.policies = state->policies;
    auto fix = std::make_shared<const AccountFix>(fixAccount(state->dump, analysis));
    QApplication::restoreOverrideCursor();
    if (fix->fixes.empty()) {
        MessageBox::information(m_window, tr("Apply Fix to AWS"),
                                fix->unchangeable.empty()
                                    ? tr("No policy of this account needs correcting.")
                                    : tr("The only policies to correct are managed by AWS and cannot be changed; "
                                         "attach a corrected customer managed policy instead."));
        return nullptr;
    }
    m_dialog = new ApplyDialog(state, fix, m_cli, m_logPath, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ApplyDialog::accountFetched, this, &AwsAccountLink::reload);
    m_dialog->show();
    return m_dialog;
}

void AwsAccountLink::retranslate()
{
    m_apply->setText(tr("&Apply Fix to AWS…"));
    m_apply->setToolTip(tr("Correct the stale policies of this account in AWS, after showing each change"));
}

bool AwsAccountLink::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace mfapolicy
