#pragma once

#include "accountstate.h"

#include <QMainWindow>

#include <functional>
#include <map>
#include <memory>

class QMenu;

namespace Ui {
class AccountWindow;
}

namespace mfapolicy {

class AccountGroupModel;
class AccountLoader;
class AccountPolicyModel;
class AccountUserFilter;
class AccountUserModel;
class FixAllDialog;

/// An account dump's users, groups and policies with every user's MFA answers. Reading and
/// analysing run on a worker thread with progress and Cancel; the window only shows.
class AccountWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit AccountWindow(QWidget *parent = nullptr);
    ~AccountWindow() override;

    /// A new window (deleted when closed) that reads `path`.
    static AccountWindow *open(QWidget *parent, const QString &path);

    /// Adds "Open Account Dump…" (Ctrl+Shift+A) to `menu` before `before`: it asks for a file
    /// and opens it in a new account window with `window` as parent, which `opened` is given.
    /// Translated with the menu.
    static QAction *addOpenAction(QMenu *menu, QAction *before, QWidget *window,
                                  std::function<void(AccountWindow *)> opened = {});

    void load(const QString &path);
    /// Replaces the text of policy `policy` (index into AccountDump::policies) and re-analyses
    /// every user it reaches in the background; the tables follow when that is done. Edits of
    /// several policies in a row all count, also while an earlier one is still being analysed;
    /// while a dump is being read, edits are dropped.
    void setPolicyText(std::size_t policy, const QString &text);
    /// Shows the Fix All dialog for the account as analysed now (with every edit made to it).
    void fixAll();
    void cancel();
    bool isBusy() const;
    AccountStatePtr state() const { return m_state; }
    /// Presentation mode's high-contrast colours for the answers instead of the theme's.
    void setHighContrast(bool on);

Q_SIGNALS:
    /// The user chosen with Open Principal, Enter or a double click, as its requests are decided.
    void principalRequested(const mfapolicy::Principal &principal);
    /// A load or re-analysis finished and the tables show it.
    void analysed();
    void loadFailed(const QString &message);
    /// A Fix All dialog was made, before it is shown: the place to add buttons to it (such as
    /// one that applies the corrected policies to AWS).
    void fixAllDialogCreated(mfapolicy::FixAllDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setupActions();
    void retranslate();
    void showState(const AccountStatePtr &state);
    void showProgress(int phase, qint64 done, qint64 total);
    void showFailure(const QString &message);
    void updateDetails();
    void updateCount();
    void updateGroups();
    void requestPrincipal();
    int selectedUser() const;

    std::unique_ptr<Ui::AccountWindow> m_ui;
    AccountLoader *m_loader;
    AccountUserModel *m_users;
    AccountUserFilter *m_filter;
    AccountGroupModel *m_groups;
    AccountPolicyModel *m_policies;
    AccountStatePtr m_state;
    QString m_path;
    QString m_failure;
    bool m_reading = false; ///< a dump is being read (not a re-analysis)
    std::map<std::size_t, QString> m_edits; ///< policy index → text edited since the dump was read
};

} // namespace mfapolicy
