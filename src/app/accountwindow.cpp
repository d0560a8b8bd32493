#include "accountwindow.h"

#include "accountgroupmodel.h"
#include "accountloader.h"
#include "accountpolicymodel.h"
#include "accounttexts.h"
#include "accountuserdetails.h"
#include "accountuserfilter.h"
#include "accountusermodel.h"
#include "filedialog.h"
#include "fixalldialog.h"
#include "languagechange.h"
#include "messagebox.h"
#include "screenfit.h"
#include "ui_accountwindow.h"

#include <QAction>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenuBar>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace mfapolicy {

namespace {
QSortFilterProxyModel *sorted(QAbstractItemModel *model, QObject *parent, int sortRole)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}
} // namespace

AccountWindow::AccountWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::AccountWindow>())
    , m_loader(new AccountLoader(this))
    , m_users(new AccountUserModel(this))
    , m_filter(new AccountUserFilter(this))
    , m_groups(new AccountGroupModel(this))
    , m_policies(new AccountPolicyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_users);
    m_ui->usersView->setModel(m_filter);
    m_ui->usersView->sortByColumn(AccountUserModel::NameColumn, Qt::AscendingOrder);
    m_ui->groupsView->setModel(sorted(m_groups, this, Qt::DisplayRole));
    m_ui->groupsView->sortByColumn(AccountGroupModel::NameColumn, Qt::AscendingOrder);
    m_ui->policiesView->setModel(sorted(m_policies, this, AccountPolicyModel::SortRole));
    m_ui->policiesView->sortByColumn(AccountPolicyModel::NameColumn, Qt::AscendingOrder);
    for (QTableView *view : {m_ui->usersView, m_ui->groupsView, m_ui->policiesView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->horizontalHeader()->setSectionsClickable(true);
    }
    // Seven tenths for the tables, so that every answer column is in sight beside the details.
    m_ui->splitter->setStretchFactor(0, 7);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({7000, 3000});
    m_ui->progressBox->hide();
    m_ui->noticeLabel->hide();

    connect(m_loader, &AccountLoader::progress, this,
            [this](AccountLoader::Phase phase, qint64 done, qint64 total) { showProgress(int(phase), done, total); });
    connect(m_loader, &AccountLoader::finished, this, &AccountWindow::showState);
    connect(m_loader, &AccountLoader::failed, this, &AccountWindow::showFailure);
    connect(m_loader, &AccountLoader::runningChanged, this, [this](bool running) {
        m_ui->progressBox->setVisible(running);
        if (running)
            showProgress(int(AccountLoader::Phase::Reading), 0, 0);
    });
    connect(m_loader, &AccountLoader::cancelled, this, [this] {
        m_reading = false;
        m_ui->statusBar->showMessage(tr("Cancelled: the tables show what was there before."));
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &AccountWindow::cancel);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });
    connect(m_ui->answerCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setAnswer(AccountUserFilter::Answer(std::max(0, index)));
        updateCount();
    });
    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setGroup(index > 0 ? m_ui->groupCombo->itemData(index).toString() : QString());
        updateCount();
    });
    // The side panel shows what is chosen on the tab in view: a user, a group or a policy.
    for (QTableView *view : {m_ui->usersView, m_ui->groupsView, m_ui->policiesView})
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountWindow::updateDetails);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &AccountWindow::updateDetails);
    connect(m_ui->usersView, &QTableView::activated, this, &AccountWindow::requestPrincipal);
    connect(m_ui->openPrincipalButton, &QPushButton::clicked, this, &AccountWindow::requestPrincipal);
    connect(m_ui->fixAllButton, &QPushButton::clicked, this, &AccountWindow::fixAll);
    setupActions();
    retranslate();
    // Room for the users table with every answer and the details beside it.
    resizeWithinScreen(this, QSize(1280, 720));
}

AccountWindow::~AccountWindow() = default;

AccountWindow *AccountWindow::open(QWidget *parent, const QString &path)
{
    auto *window = new AccountWindow(parent);
    window->setWindowFlag(Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->load(path);
    return window;
}

namespace {
// Sets the open action's text now and again whenever the menu's language changes.
class OpenActionText final : public QObject
{
public:
    explicit OpenActionText(QAction *action) : QObject(action), m_action(action) { update(); }
    void update() { m_action->setText(AccountWindow::tr("Open Account &Dump…")); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            update();
        return QObject::eventFilter(watched, event);
    }

private:
    QAction *m_action;
};
} // namespace

QAction *AccountWindow::addOpenAction(QMenu *menu, QAction *before, QWidget *window,
                                      std::function<void(AccountWindow *)> opened)
{
    auto *action = new QAction(menu);
    action->setObjectName(QStringLiteral("actionOpenAccountDump"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    menu->installEventFilter(new OpenActionText(action));
    menu->insertAction(before, action);
    window->addAction(action);
    connect(action, &QAction::triggered, window, [window, opened = std::move(opened)] {
        const QStringList names = FileDialog::instance().getOpenFileNames(window, tr("Open Account Dump"), QString(),
                                                                          tr("JSON files (*.json);;All files (*)"));
        if (names.isEmpty())
            return;
        AccountWindow *account = open(window, names.front());
        if (opened)
            opened(account);
    });
    return action;
}

void AccountWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(QString());
    file->setObjectName(QStringLiteral("accountFileMenu"));
    QAction *open = file->addAction(QString(), this, [this] {
        const QStringList names = FileDialog::instance().getOpenFileNames(
            this, tr("Open Account Dump"), QFileInfo(m_path).absolutePath(), tr("JSON files (*.json);;All files (*)"));
        if (!names.isEmpty())
            load(names.front());
    });
    open->setObjectName(QStringLiteral("accountOpenAction"));
    open->setShortcuts(QKeySequence::Open);
    QAction *close = file->addAction(QString(), this, &QWidget::close);
    close->setObjectName(QStringLiteral("accountCloseAction"));
    close->setShortcuts(QKeySequence::Close);
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("accountFindAction"));
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    addAction(find);
}

void AccountWindow::retranslate()
{
    m_ui->retranslateUi(this);
    QMenu *file = findChild<QMenu *>(QStringLiteral("accountFileMenu"));
    file->setTitle(tr("&File"));
    findChild<QAction *>(QStringLiteral("accountOpenAction"))->setText(tr("&Open Account Dump…"));
    findChild<QAction *>(QStringLiteral("accountCloseAction"))->setText(tr("&Close"));
    const int answer = std::max(0, m_ui->answerCombo->currentIndex());
    const QSignalBlocker blocker(m_ui->answerCombo);
    m_ui->answerCombo->clear();
    for (int a = 0; a < AccountUserFilter::AnswerCount; ++a)
        m_ui->answerCombo->addItem(AccountUserFilter::answerName(AccountUserFilter::Answer(a)));
    m_ui->answerCombo->setCurrentIndex(answer);
    m_ui->answerCombo->setToolTip(tr("Show only the users with this answer"));
    updateGroups();
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_users), static_cast<QAbstractItemModel *>(m_groups),
          static_cast<QAbstractItemModel *>(m_policies)})
        refreshModelTexts(model);
    setWindowTitle(m_path.isEmpty() ? tr("Account") : tr("Account — %1").arg(QFileInfo(m_path).fileName()));
    updateDetails();
    updateCount();
    if (m_state && !m_state->dump.problems.empty())
        m_ui->noticeLabel->setText(AccountUserDetails::problemsHtml(*m_state));
}

void AccountWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void AccountWindow::load(const QString &path)
{
    m_path = path;
    m_edits.clear();
    m_reading = true;
    m_failure.clear();
    setWindowTitle(tr("Account — %1").arg(QFileInfo(path).fileName()));
    m_ui->statusBar->clearMessage();
    m_loader->load(path);
}

void AccountWindow::setPolicyText(std::size_t policy, const QString &text)
{
    // While another dump is read, an edit of the one shown would cancel the reading: it is dropped.
    if (!m_state || m_reading || policy >= m_state->dump.policies.size())
        return;
    m_edits[policy] = text;
    m_loader->reanalyse(m_state, m_edits);
}

void AccountWindow::fixAll()
{
    if (!m_state || !m_ui->fixAllButton->isEnabled())
        return;
    auto *dialog = new FixAllDialog(m_state, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    Q_EMIT fixAllDialogCreated(dialog);
    dialog->show();
}

void AccountWindow::cancel()
{
    m_loader->cancel();
}

void AccountWindow::setHighContrast(bool on)
{
    m_users->setHighContrast(on);
}

bool AccountWindow::isBusy() const
{
    return m_loader->isRunning();
}

void AccountWindow::showProgress(int phase, qint64 done, qint64 total)
{
    switch (AccountLoader::Phase(phase)) {
    case AccountLoader::Phase::Reading:
        m_ui->progressLabel->setText(tr("Reading %1…").arg(QFileInfo(m_path).fileName()));
        break;
    case AccountLoader::Phase::Parsing:
        m_ui->progressLabel->setText(tr("Reading the users and policies…"));
        break;
    case AccountLoader::Phase::Analysing:
        m_ui->progressLabel->setText(tr("Analysing user %1 of %2…").arg(done + 1).arg(total));
        break;
    }
    // Without a total the bar moves on its own: the step cannot be measured.
    m_ui->progressBar->setRange(0, total > 0 ? 1000 : 0);
    if (total > 0)
        m_ui->progressBar->setValue(int(done * 1000 / total));
}

void AccountWindow::showState(const AccountStatePtr &state)
{
    const int user = selectedUser();
    m_reading = false;
    m_state = state;
    m_users->setState(state);
    m_groups->setState(state);
    m_policies->setState(state);
    updateGroups();
    // A fix made from part of an account would leave the rest unchanged without saying so.
    const bool stale = std::any_of(state->policies.begin(), state->policies.end(),
                                   [](const PolicyAnswers &p) { return p.stale && !p.users.empty(); });
    m_ui->fixAllButton->setEnabled(stale && !state->dump.truncated && !state->dump.cut);
    m_ui->noticeLabel->setVisible(!state->dump.problems.empty());
    m_ui->noticeLabel->setText(AccountUserDetails::problemsHtml(*state));
    for (QTableView *view : {m_ui->usersView, m_ui->groupsView, m_ui->policiesView})
        view->resizeColumnsToContents();
    if (user >= 0) {
        const QModelIndexList rows
            = m_filter->match(m_filter->index(0, 0), AccountUserModel::UserIndexRole, user, 1, Qt::MatchExactly);
        if (!rows.isEmpty())
            m_ui->usersView->setCurrentIndex(rows.front());
    }
    updateDetails();
    updateCount();
    m_ui->statusBar->showMessage(AccountTexts::accountUsers(state->dump.account, int(state->dump.users.size())));
    Q_EMIT analysed();
}

void AccountWindow::showFailure(const QString &message)
{
    m_failure = message;
    m_reading = false;
    m_ui->noticeLabel->setText(message.toHtmlEscaped());
    m_ui->noticeLabel->show();
    MessageBox::warning(this, tr("Cannot open the account dump"), message);
    Q_EMIT loadFailed(message);
}

void AccountWindow::updateGroups()
{
    const QString current = m_ui->groupCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->groupCombo);
    m_ui->groupCombo->clear();
    m_ui->groupCombo->addItem(tr("Every group"));
    for (const QString &group : m_groups->groupNames())
        m_ui->groupCombo->addItem(group, group);
    const int index = m_ui->groupCombo->findData(current);
    m_ui->groupCombo->setCurrentIndex(current.isEmpty() || index < 0 ? 0 : index);
    m_filter->setGroup(m_ui->groupCombo->currentData().toString());
}

void AccountWindow::updateCount()
{
    m_ui->countLabel->setText(tr("%1 of %n user(s)", nullptr, m_users->rowCount()).arg(m_filter->rowCount()));
}

int AccountWindow::selectedUser() const
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    return current.isValid() ? current.data(AccountUserModel::UserIndexRole).toInt() : -1;
}

void AccountWindow::updateDetails()
{
    const QWidget *page = m_ui->tabs->currentWidget();
    const int user = page == m_ui->usersPage ? selectedUser() : -1;
    // Only a user has a principal to open: a group or a policy leaves the button off.
    m_ui->openPrincipalButton->setEnabled(m_state && user >= 0);
    if (!m_state) {
        m_ui->detailText->clear();
        return;
    }
    if (page == m_ui->groupsPage) {
        const QModelIndex group = m_ui->groupsView->currentIndex();
        m_ui->detailText->setHtml(
            group.isValid()
                ? AccountUserDetails::groupHtml(group.siblingAtColumn(AccountGroupModel::NameColumn).data().toString(),
                                                group.data(AccountGroupModel::MembersRole).toStringList(),
                                                group.data(AccountGroupModel::PoliciesRole).toStringList(),
                                                group.data(AccountGroupModel::InDumpRole).toBool())
                : tr("Choose a group to see its members and policies.").toHtmlEscaped());
        return;
    }
    if (page == m_ui->policiesPage) {
        const QModelIndex policy = m_ui->policiesView->currentIndex();
        if (!policy.isValid()) {
            m_ui->detailText->setHtml(tr("Choose a policy to see whom it reaches and whom it blocks.").toHtmlEscaped());
            return;
        }
        const auto index = std::size_t(policy.data(AccountPolicyModel::PolicyIndexRole).toInt());
        const QString attachedTo = policy.siblingAtColumn(AccountPolicyModel::AttachedColumn).data().toString();
        m_ui->detailText->setHtml(AccountUserDetails::policyHtml(*m_state, index, attachedTo));
        return;
    }
    m_ui->detailText->setHtml(
        user >= 0 ? AccountUserDetails::html(*m_state, std::size_t(user))
                  : tr("Choose a user to see its answers and every refused enrollment call.").toHtmlEscaped());
}

void AccountWindow::requestPrincipal()
{
    const int user = selectedUser();
    if (!m_state || user < 0)
        return;
    Q_EMIT principalRequested(principalOfUser(m_state->dump, std::size_t(user)));
}

} // namespace mfapolicy
