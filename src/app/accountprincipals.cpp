#include "accountprincipals.h"

#include "accountwindow.h"
#include "document.h"
#include "documentmanager.h"
#include "policyanalysis.h"
#include "policytab.h"
#include "principalsetup.h"

#include <QDockWidget>
#include <QTabWidget>

#include <optional>

namespace mfapolicy {

namespace {
/// The dump policy a principal's policy is: principals share their documents with the dump.
std::optional<std::size_t> dumpPolicy(const AccountDump &dump, const PrincipalPolicy &policy)
{
    for (std::size_t p = 0; p < dump.policies.size(); ++p) {
        if (policy.source && dump.policies[p].source == policy.source)
            return p;
    }
    return std::nullopt;
}
} // namespace

AccountPrincipals::AccountPrincipals(DocumentManager *documents, PrincipalSetup *setup, QWidget *window)
    : QObject(window), m_documents(documents), m_setup(setup), m_window(window)
{
    setObjectName(QStringLiteral("accountPrincipals"));
}

QAction *AccountPrincipals::addOpenAction(QMenu *menu, QAction *before)
{
    return AccountWindow::addOpenAction(menu, before, m_window, [this](AccountWindow *account) { follow(account); });
}

void AccountPrincipals::follow(AccountWindow *account)
{
    Q_EMIT following(account);
    connect(account, &AccountWindow::principalRequested, this, [this, account](const Principal &principal) {
        const AccountStatePtr state = account->state();
        if (!state)
            return;
        for (std::size_t u = 0; u < state->dump.users.size(); ++u) {
            if (state->dump.users[u].name == principal.identity.userName)
                return openUser(account, u);
        }
    });
    connect(account, &QObject::destroyed, this, [this, account] { m_opened.remove(account); });
}

PolicyTab *AccountPrincipals::tabFor(AccountWindow *account, std::size_t policy)
{
    const AccountStatePtr state = account->state();
    Opened &opened = m_opened[account];
    if (opened.path != state->path)
        opened = Opened {state->path, {}};
    if (PolicyTab *tab = opened.tabs.value(policy))
        return tab;
    const AccountPolicy &dumpPolicy = state->dump.policies[policy];
    if (!dumpPolicy.source)
        return nullptr; // unreadable in the dump: the account window says why
    const QString name = QString::fromStdString(dumpPolicy.name);
    const QString text = QString::fromStdString(dumpPolicy.source->text());
    if (dumpPolicy.origin == PolicyOrigin::AwsManaged) {
        // AWS's policy as the account has it, read-only: AWS managed policies cannot be changed.
        PolicyTab *tab = m_documents->create(text, DocumentManager::tr("%1 (AWS managed)").arg(name));
        tab->document()->setReadOnly(true);
        opened.tabs.insert(policy, tab);
        return tab;
    }
    PolicyTab *tab = m_documents->create(text, name);
    opened.tabs.insert(policy, tab);
    // Every analysed edit (the studio's usual pause after typing) re-analyses the users it reaches.
    const QPointer<AccountWindow> target = account;
    const QString path = state->path;
    const std::string policyName = dumpPolicy.name;
    connect(tab, &PolicyTab::analysed, account, [target, tab, path, policy, policyName] {
        const auto analysis = tab->analysis();
        const AccountStatePtr now = target ? target->state() : nullptr;
        if (!analysis || !now || now->path != path || policy >= now->dump.policies.size()
            || now->dump.policies[policy].name != policyName)
            return; // another dump is shown now
        const auto &source = now->dump.policies[policy].source;
        if (source && source->text() == analysis->text.toStdString())
            return;
        target->setPolicyText(policy, analysis->text);
    });
    return tab;
}

void AccountPrincipals::openUser(AccountWindow *account, std::size_t user)
{
    const AccountStatePtr state = account->state();
    if (!state || user >= state->dump.users.size())
        return;
    const Principal principal = principalOfUser(state->dump, user);
    PolicyTab *first = nullptr;
    const auto entry = [&](const PrincipalPolicy &policy) {
        PrincipalSetup::Entry out {policy, {}};
        const std::optional<std::size_t> index = dumpPolicy(state->dump, policy);
        PolicyTab *tab = index ? tabFor(account, *index) : nullptr;
        // An editable document stands for the policy; an AWS managed one is only shown.
        if (tab && policy.origin != PolicyOrigin::AwsManaged) {
            out.tab = tab;
            if (!first)
                first = tab;
        }
        return out;
    };
    m_setup->clear();
    m_setup->setIdentity(principal.identity);
    for (const PrincipalPolicy &policy : principal.policies)
        m_setup->addPolicy(entry(policy));
    if (principal.boundary)
        m_setup->setBoundary(entry(*principal.boundary));
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        m_setup->addScpLevel(QString::fromStdString(principal.scps[level].name));
        for (const PrincipalPolicy &policy : principal.scps[level].policies)
            m_setup->addScp(level, entry(policy));
    }
    if (!principal.context.empty())
        m_setup->setContext(principal.context);

    if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("documentTabs")); tabs && first)
        tabs->setCurrentWidget(first);
    if (auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("principalDock")))
        dock->show();
    m_window->raise();
    m_window->activateWindow();
    Q_EMIT opened();
}

} // namespace mfapolicy
