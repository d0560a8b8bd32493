#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <cstddef>

class QAction;
class QMenu;
class QWidget;

namespace mfapolicy {

class AccountWindow;
class DocumentManager;
class PolicyTab;
class PrincipalSetup;
struct Principal;

/// Opens an account window's users in the main window: the user becomes the window's principal,
/// its customer managed and inline policies open as editable untitled documents named after the
/// policy, AWS managed ones read-only, and editing such a document re-analyses the account.
class AccountPrincipals final : public QObject
{
    Q_OBJECT
public:
    /// `window` is the main window: it parents the account windows and shows the principal.
    AccountPrincipals(DocumentManager *documents, PrincipalSetup *setup, QWidget *window);

    /// File › Open Account Dump… (Ctrl+Shift+A) before `before`, with every window it opens followed.
    QAction *addOpenAction(QMenu *menu, QAction *before);
    /// Opens the users `account` asks for (Open Principal, Enter, a double click) here.
    void follow(AccountWindow *account);
    /// Makes user `user` (index into the account's dump) the principal and opens its policies.
    void openUser(AccountWindow *account, std::size_t user);

Q_SIGNALS:
    /// A user became the principal of the main window.
    void opened();
    /// `account` is followed from now on (it was just opened).
    void following(mfapolicy::AccountWindow *account);

private:
    /// The tab of dump policy `policy` of `account`: the one opened before, or a new one.
    PolicyTab *tabFor(AccountWindow *account, std::size_t policy);

    DocumentManager *m_documents;
    PrincipalSetup *m_setup;
    QWidget *m_window;
    /// Per account window and dump: the tab of each policy opened from it.
    struct Opened {
        QString path;
        QHash<std::size_t, QPointer<PolicyTab>> tabs;
    };
    QHash<const AccountWindow *, Opened> m_opened;
};

} // namespace mfapolicy
