#pragma once

#include "applylog.h"
#include "awscli.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mfapolicy {

class RollbackRunner;

/// The apply log in the studio: every run applied to AWS (from the studio or the command
/// line), when, through which profile, its commands and what became of each policy; Roll Back
/// puts a run's policies back as they were, after asking.
class ApplyLogWindow final : public QDialog
{
    Q_OBJECT

public:
    /// `logPath` "" for the default log; `base` supplies the program and the environment of the
    /// CLI that rolls back (the profile, region and endpoint come from the log).
    explicit ApplyLogWindow(const QString &logPath = {}, const AwsCli &base = {}, QWidget *parent = nullptr);
    ~ApplyLogWindow() override;

    /// Shows the window of the default log (one per `parent`).
    static ApplyLogWindow *showLog(QWidget *parent);

    /// Reads the log again.
    void reload();
    /// The runs listed, newest first.
    QStringList runs() const;
    void selectRun(const QString &run);
    QString selectedRun() const;
    /// The details shown for the selected run: its entries, commands and results.
    QString details() const;
    /// Asks, then rolls back the selected run (the Roll Back button).
    void rollBack();
    bool isRollingBack() const;
    /// What the last rollback did, in words.
    QString rollbackReport() const;
    /// Cancel, Escape and the close button: while a rollback runs, stops it between two
    /// policies and stays open; otherwise closes.
    void reject() override;

Q_SIGNALS:
    void rollbackFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showRun();
    void updateButtons();
    AwsCli cliOf(const ApplyLogEntry &entry) const;

    ApplyLog m_log;
    AwsCli m_base;
    QList<ApplyLogEntry> m_entries;
    int m_unreadable = 0;
    RollbackRunner *m_runner;
    QString m_report;
    QLabel *m_pathLabel;
    QTreeWidget *m_runs;
    QPlainTextEdit *m_details;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_refreshButton;
    QPushButton *m_rollbackButton;
    QPushButton *m_closeButton;
};

} // namespace mfapolicy
