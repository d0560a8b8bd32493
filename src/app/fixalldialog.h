#pragma once

#include "accountfix.h"
#include "accountstate.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTextEdit;

namespace mfapolicy {

/// Fix All of the account window: the default migration of every stale policy of the account as
/// shown (edits included), each one's diff, the users it reaches and what changes for them, what
/// to do about AWS managed policies, and the folder `mfa-policy account --fix` writes. The fix is
/// worked out on a worker thread; nothing is applied to AWS here.
class FixAllDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FixAllDialog(AccountStatePtr state, QWidget *parent = nullptr);
    ~FixAllDialog() override;

    /// Null until the fix is worked out (see ready()).
    const AccountFix *fix() const { return m_fix.get(); }
    AccountStatePtr state() const { return m_state; }
    /// The state's answers as the core's analysis (the "before" of the fix).
    const AccountAnalysis &before() const { return m_before; }
    /// Where buttons that act on the fix go (e.g. applying it to AWS): add them with a role.
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    /// Writes the fix folder to `folder`, which must be new or empty. False with `error` set.
    bool writeFolder(const QString &folder, QString *error) const;
    /// Write Folder…: asks for a folder; a folder that is not empty is never written into, the
    /// user is asked whether to make a new one inside it. Returns the folder written, or empty.
    QString chooseAndWriteFolder();

Q_SIGNALS:
    /// The fix is worked out and shown; fix() is set.
    void ready();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showFix();
    void showPolicy(int row);

    AccountStatePtr m_state;
    AccountAnalysis m_before;
    std::shared_ptr<const AccountFix> m_fix;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QLabel *m_summary;
    QListWidget *m_policies;
    QLabel *m_policyHeading;
    QTextBrowser *m_policyText;
    QTextEdit *m_diff;
    QDialogButtonBox *m_buttons;
    QPushButton *m_write;
};

} // namespace mfapolicy
