#pragma once

#include "accountfix.h"
#include "accountstate.h"
#include "applyplan.h"

#include <QDialog>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace mfapolicy {

class AccountFetch;
class RollbackRunner;

/// Applies an account's fix to the live account it was fetched from. Reads what is live and
/// shows each corrected policy's diff, the users it affects and the exact commands; applies only
/// after an explicit yes (deleting a stored version at AWS's five-version limit needs its own);
/// runs the commands one by one with progress, Cancel stopping between two of them; then reads
/// the account back, analyses it again and shows what changed for users, with Roll Back.
class ApplyDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Stage { Planning, Review, Applying, Fetching, RollingBack, Done };
    Q_ENUM(Stage)

    /// `fix` is fixAccount() of `state`; `cli` the CLI the account was fetched with; `logPath`
    /// the apply log ("" for the default one).
    ApplyDialog(AccountStatePtr state, std::shared_ptr<const AccountFix> fix, const AwsCli &cli, const QString &logPath,
                QWidget *parent = nullptr);
    /// Waits for the command that runs, if any (Cancel was given: no other starts).
    ~ApplyDialog() override;

    Stage stage() const { return m_stage; }
    const ApplyPlan &plan() const { return m_plan; }
    const ApplyResult &result() const { return m_result; }
    /// The text of the last page: the outcomes, the log's run and what changed for users.
    QString report() const;
    /// Asks for confirmation (and, at the version limit, for deleting the oldest stored
    /// version), then applies. The Apply button.
    void apply();
    /// Asks, then rolls back this dialog's run. The Roll Back button.
    void rollBack();
    /// Stops a run between two commands, or a fetch at once.
    void cancel();
    /// Cancel, Escape and the close button: while commands run, stops between two of them and
    /// stays open; while planning, closes once the read that runs returns; otherwise closes.
    void reject() override;

Q_SIGNALS:
    void stageChanged(mfapolicy::ApplyDialog::Stage stage);
    /// The account as AWS now has it (after an apply or a rollback), for the account window.
    void accountFetched(const QByteArray &json);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setStage(Stage stage);
    void showReview();
    void showPolicy(int row);
    void startApply(bool allowDeletion);
    void onApplied();
    void startFetch();
    void onFetched();
    void retranslate();
    QString outcomeText() const;

    AccountStatePtr m_state;
    std::shared_ptr<const AccountFix> m_fix;
    AwsCli m_cli;
    QString m_logPath;
    ApplyPlan m_plan;
    ApplyResult m_result;
    Stage m_stage = Stage::Planning;
    QString m_outcome; ///< what the apply or rollback did, in words
    QString m_readBack; ///< what changed for users, read back from AWS
    bool m_closeWhenDone = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QPointer<QThread> m_thread;
    std::unique_ptr<AccountFetch> m_fetch;
    RollbackRunner *m_rollback;

    QStackedWidget *m_stack;
    QLabel *m_runLabel;
    QProgressBar *m_runBar;
    QLabel *m_intro;
    QListWidget *m_policies;
    QLabel *m_policyInfo;
    QPlainTextEdit *m_diff;
    QLabel *m_commandsLabel;
    QPlainTextEdit *m_commands;
    QLabel *m_usersLabel;
    QPlainTextEdit *m_predicted;
    QPlainTextEdit *m_report;
    QPushButton *m_applyButton;
    QPushButton *m_rollbackButton;
    QPushButton *m_closeButton;
};

} // namespace mfapolicy
