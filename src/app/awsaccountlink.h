#pragma once

#include "awscli.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

class QAction;

namespace mfapolicy {

class AccountWindow;
class ApplyDialog;

/// What ties an account window to the live account it was fetched from: the AWS CLI settings
/// (profile, region, endpoint; never a secret), the fetched dump in a temporary folder, and the
/// window's "Apply Fix to AWS…" action, enabled while the window shows that account.
class AwsAccountLink final : public QObject
{
    Q_OBJECT

public:
    /// A new account window (deleted when closed) showing `json`, the dump fetched with `cli`.
    /// `logPath` is the apply log ("" for the default one).
    static AccountWindow *openFetched(QWidget *parent, const QByteArray &json, const AwsCli &cli,
                                      const QString &logPath = {});
    /// The link of a window opened with openFetched(), else nullptr.
    static AwsAccountLink *of(const AccountWindow *window);

    const AwsCli &cli() const { return m_cli; }
    QString logPath() const { return m_logPath; }
    QAction *applyAction() const { return m_apply; }
    /// The window shows the fetched account (not another dump opened since) and is idle.
    bool showsFetchedAccount() const;
    /// Shows `json`, a newer fetch of the same account, in the window.
    void reload(const QByteArray &json);
    /// Opens the apply dialog for the fix of the account shown; nullptr when there is nothing
    /// to fix (a message says so) or the window shows another account.
    ApplyDialog *openApplyDialog();

private:
    AwsAccountLink(AccountWindow *window, const AwsCli &cli, const QString &logPath);
    bool write(const QByteArray &json, QString *error);
    void updateAction();
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;

    AccountWindow *m_window;
    AwsCli m_cli;
    QString m_logPath;
    QTemporaryDir m_folder;
    QString m_path;
    QAction *m_apply = nullptr;
    QPointer<ApplyDialog> m_dialog;
};

} // namespace mfapolicy
