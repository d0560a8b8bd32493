#include "applydialog.h"

#include "accountfetch.h"
#include "accounttexts.h"
#include "applytexts.h"
#include "awstexts.h"
#include "awsworker.h"
#include "messagebox.h"
#include "rollbackrunner.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mfapolicy {

namespace {

QPlainTextEdit *textView(QWidget *parent, const char *name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(QLatin1String(name));
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

QString profileName(const AwsCli &cli)
{
    return cli.profile.isEmpty() ? QStringLiteral("default") : cli.profile;
}

bool ran(const PolicyApplyResult &result)
{
    return result.status == PolicyApplyResult::Status::Applied || result.status == PolicyApplyResult::Status::Failed
        || result.status == PolicyApplyResult::Status::VerifyFailed;
}

} // namespace

ApplyDialog::ApplyDialog(AccountStatePtr state, std::shared_ptr<const AccountFix> fix, const AwsCli &cli,
                         const QString &logPath, QWidget *parent)
    : QDialog(parent)
    , m_state(std::move(state))
    , m_fix(std::move(fix))
    , m_cli(cli)
    , m_logPath(logPath)
    , m_fetch(std::make_unique<AccountFetch>())
    , m_rollback(new RollbackRunner(this))
    , m_stack(new QStackedWidget(this))
    , m_runLabel(new QLabel(this))
    , m_runBar(new QProgressBar(this))
    , m_intro(new QLabel(this))
    , m_policies(new QListWidget(this))
    , m_policyInfo(new QLabel(this))
    , m_diff(textView(this, "diffView"))
    , m_commandsLabel(new QLabel(this))
    , m_commands(textView(this, "commandsView"))
    , m_usersLabel(new QLabel(this))
    , m_predicted(textView(this, "predictedView"))
    , m_report(textView(this, "reportView"))
{
    setObjectName(QStringLiteral("applyDialog"));
    auto *running = new QWidget(this);
    auto *runLayout = new QVBoxLayout(running);
    m_runLabel->setWordWrap(true);
    runLayout->addStretch();
    runLayout->addWidget(m_runLabel);
    runLayout->addWidget(m_runBar);
    runLayout->addStretch();

    auto *review = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(review);
    m_intro->setWordWrap(true);
    m_policyInfo->setWordWrap(true);
    m_policyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policies->setObjectName(QStringLiteral("policyList"));
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_policyInfo);
    rightLayout->addWidget(m_diff, 1);
    auto *split = new QSplitter(this);
    split->addWidget(m_policies);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    m_commands->setMaximumHeight(110);
    m_predicted->setMaximumHeight(110);
    m_predicted->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    reviewLayout->addWidget(m_intro);
    reviewLayout->addWidget(split, 1);
    reviewLayout->addWidget(m_usersLabel);
    reviewLayout->addWidget(m_predicted);
    reviewLayout->addWidget(m_commandsLabel);
    reviewLayout->addWidget(m_commands);

    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_stack->addWidget(running);
    m_stack->addWidget(review);
    m_stack->addWidget(m_report);

    auto *buttons = new QDialogButtonBox(this);
    m_applyButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_rollbackButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    connect(m_applyButton, &QPushButton::clicked, this, &ApplyDialog::apply);
    connect(m_rollbackButton, &QPushButton::clicked, this, &ApplyDialog::rollBack);
    connect(m_closeButton, &QPushButton::clicked, this, &ApplyDialog::reject);
    connect(m_policies, &QListWidget::currentRowChanged, this, &ApplyDialog::showPolicy);
    connect(m_fetch.get(), &AccountFetch::finished, this, &ApplyDialog::onFetched);
    connect(m_rollback, &RollbackRunner::progress, this, [this](int index, int total, const QString &policy) {
        m_runBar->setRange(0, total);
        m_runBar->setValue(index);
        m_runLabel->setText(tr("Rolling back %1 (%2 of %3)…").arg(policy).arg(index + 1).arg(total));
    });
    connect(m_rollback, &RollbackRunner::finished, this, [this] {
        m_outcome += QStringLiteral("\n\n") + tr("Roll back of run %1:").arg(m_plan.run) + QLatin1Char('\n')
            + m_rollback->report();
        startFetch();
    });

    QList<PolicyChange> changes;
    for (const PolicyFix &f : m_fix->fixes)
        changes << policyChangeFor(m_state->dump, m_state->dump.policies[f.policy],
                                   QByteArray::fromStdString(f.corrected->text()));
    retranslate();
    setStage(Stage::Planning);
    m_thread = startAwsWork<ApplyPlan>(
        this, [cli = m_cli, changes] { return planChanges(cli, changes); },
        [this](ApplyPlan plan) {
            m_plan = std::move(plan);
            if (m_closeWhenDone)
                QDialog::reject();
            else
                showReview();
        });
    resizeWithinScreen(this, QSize(1000, 720));
}

ApplyDialog::~ApplyDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    waitForAwsWork(m_thread);
}

void ApplyDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage != Stage::Review && stage != Stage::Done;
    m_stack->setCurrentIndex(busy ? 0 : stage == Stage::Review ? 1 : 2);
    m_applyButton->setVisible(stage == Stage::Review);
    const bool anyRan = std::any_of(m_result.policies.begin(), m_result.policies.end(), ran);
    m_rollbackButton->setVisible(stage == Stage::Done && anyRan && !m_rollback->allRolledBack());
    m_closeButton->setText(busy || stage == Stage::Review ? tr("Cancel") : tr("Close"));
    if (stage == Stage::Planning) {
        m_runBar->setRange(0, 0);
        m_runLabel->setText(tr("Reading the live policies through the AWS CLI (profile %1)…").arg(profileName(m_cli)));
    } else if (stage == Stage::Fetching) {
        m_runBar->setRange(0, 0);
        m_runLabel->setText(tr("Reading the account back from AWS and analysing it again…"));
    } else if (stage == Stage::Applying || stage == Stage::RollingBack) {
        m_runBar->setRange(0, 0);
        m_runLabel->setText(tr("Starting…"));
    }
    Q_EMIT stageChanged(stage);
}

void ApplyDialog::showReview()
{
    m_policies->clear();
    for (const PolicyPlan &policy : m_plan.policies) {
        QString state;
        if (policy.error.isError())
            state = tr("cannot be applied");
        else if (policy.unchanged)
            state = tr("already corrected");
        else if (!policy.versionToDelete.isEmpty())
            state = tr("needs a stored version deleted");
        else
            state = tr("%n user(s)", nullptr, int(policy.change.affectedUsers.size()));
        m_policies->addItem(policy.change.target.displayName() + QStringLiteral("\n    ") + state);
    }
    m_commands->setPlainText(m_plan.commandLines().join(QLatin1Char('\n')));
    AccountAnalysis before;
    before.users = m_state->users;
    const QString predicted = ApplyTexts::answerChanges(m_state->dump, before.users, m_fix->users);
    m_predicted->setPlainText(predicted.isEmpty() ? tr("No answer changes for any user.") : predicted);
    const bool applicable
        = std::any_of(m_plan.policies.begin(), m_plan.policies.end(), [](const PolicyPlan &p) { return p.canApply(); });
    m_applyButton->setEnabled(applicable);
    retranslate();
    setStage(Stage::Review);
    m_policies->setCurrentRow(0);
}

void ApplyDialog::showPolicy(int row)
{
    if (row < 0 || row >= m_plan.policies.size()) {
        m_policyInfo->clear();
        m_diff->clear();
        return;
    }
    const PolicyPlan &policy = m_plan.policies.at(row);
    QStringList info {tr("Users it affects: %1")
                          .arg(policy.change.affectedUsers.isEmpty()
                                   ? tr("none")
                                   : policy.change.affectedUsers.join(QStringLiteral(", ")))};
    if (policy.error.isError())
        info << AwsTexts::errorWithDetails(policy.error);
    else if (policy.unchanged)
        info << tr("AWS already has the corrected document: nothing runs for it.");
    if (!policy.versionToDelete.isEmpty())
        info << tr("AWS already stores %1 versions of this policy, the most it keeps: its oldest version that is not "
                   "the default, %2, must be deleted to make room. You are asked before that.")
                    .arg(MaxPolicyVersions)
                    .arg(policy.versionToDelete);
    if (!policy.defaultVersionId.isEmpty() && policy.canApply())
        info << tr("Default version now: %1 (Roll Back returns to it).").arg(policy.defaultVersionId);
    m_policyInfo->setText(info.join(QLatin1Char('\n')));
    m_diff->setPlainText(policy.diff);
}

void ApplyDialog::apply()
{
    if (m_stage != Stage::Review)
        return;
    int count = 0;
    QStringList versions;
    for (const PolicyPlan &policy : m_plan.policies) {
        count += policy.canApply() ? 1 : 0;
        if (policy.canApply() && !policy.versionToDelete.isEmpty())
            versions << tr("%1 of %2").arg(policy.versionToDelete, policy.change.target.displayName());
    }
    const QString account = QString::fromStdString(m_state->dump.account);
    QString question = tr("Change %n policy(ies) of AWS account %1 through the AWS CLI profile %2?", nullptr, count)
                           .arg(account.isEmpty() ? tr("(unknown)") : account, profileName(m_cli))
        + QStringLiteral("\n\n") + tr("Users affected: %1").arg(m_plan.affectedUsers().join(QStringLiteral(", ")));
    if (versions.isEmpty()) {
        if (MessageBox::question(this, tr("Apply to AWS"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
            == QMessageBox::Yes)
            startApply(false);
        return;
    }
    // At AWS's version limit the one question asks about the deletion too, with its own answer.
    question += QStringLiteral("\n\n")
        + tr("AWS keeps at most %1 versions of a managed policy. To make room, these stored versions (none of them "
             "the default) would be deleted:")
              .arg(MaxPolicyVersions)
        + QLatin1Char('\n') + versions.join(QLatin1Char('\n'));
    const QMessageBox::StandardButton answer = MessageBox::question(
        this, tr("Apply to AWS"), question, QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel,
        QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Apply and Delete")}, {QMessageBox::No, tr("Apply Without Deleting")}});
    if (answer == QMessageBox::Yes || answer == QMessageBox::No)
        startApply(answer == QMessageBox::Yes);
}

void ApplyDialog::startApply(bool allowDeletion)
{
    setStage(Stage::Applying);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    // `this` outlives the thread: the destructor waits for it.
    m_thread = startAwsWork<ApplyResult>(
        this,
        [this, plan = m_plan, allowDeletion, logPath = m_logPath, cancel = m_cancel] {
            const ApplyLog log(logPath);
            ApplyProgress progress;
            progress.beforeCommand = [this, cancel](int index, int total, const QString &commandLine) {
                if (cancel->load())
                    return false;
                QMetaObject::invokeMethod(
                    this,
                    [this, index, total, commandLine] {
                        m_runBar->setRange(0, total);
                        m_runBar->setValue(index);
                        m_runLabel->setText(tr("Command %1 of %2:").arg(index + 1).arg(total) + QLatin1Char('\n')
                                            + commandLine);
                    },
                    Qt::QueuedConnection);
                return true;
            };
            return applyPlan(plan, ApplyConfirmation::confirm(plan, allowDeletion), &log, &progress);
        },
        [this](ApplyResult result) {
            m_result = std::move(result);
            onApplied();
        });
}

void ApplyDialog::onApplied()
{
    m_outcome = outcomeText();
    if (std::any_of(m_result.policies.begin(), m_result.policies.end(), ran))
        startFetch();
    else
        setStage(Stage::Done);
    m_report->setPlainText(report());
}

QString ApplyDialog::outcomeText() const
{
    QStringList lines;
    for (const PolicyApplyResult &p : m_result.policies) {
        lines << p.target.displayName() + QStringLiteral(": ") + AwsTexts::status(p.status);
        if (p.error.isError())
            lines << QStringLiteral("    ") + AwsTexts::errorWithDetails(p.error);
        if (!p.appliedVersionId.isEmpty())
            lines << QStringLiteral("    ")
                    + tr("new default version %1 (was %2)").arg(p.appliedVersionId, p.rollback.versionId);
        if (!p.deletedVersionId.isEmpty())
            lines << QStringLiteral("    ") + tr("deleted stored version %1").arg(p.deletedVersionId);
    }
    if (m_result.canceled)
        lines << QString()
              << tr("Canceled between two commands: the policies marked applied are changed, the others "
                    "are not.");
    if (std::any_of(m_result.policies.begin(), m_result.policies.end(), ran))
        lines << QString()
              << tr("Recorded in the apply log (%1) as run %2.").arg(ApplyLog(m_logPath).path(), m_plan.run);
    return lines.join(QLatin1Char('\n'));
}

void ApplyDialog::startFetch()
{
    setStage(Stage::Fetching);
    m_fetch->start(m_cli);
}

void ApplyDialog::onFetched()
{
    const FetchResult &fetched = m_fetch->result();
    if (!fetched.ok()) {
        m_readBack = tr("The account could not be read back: %1").arg(AwsTexts::errorWithDetails(fetched.error));
        m_report->setPlainText(report());
        setStage(Stage::Done);
        return;
    }
    const QByteArray json = fetched.json;
    m_thread = startAwsWork<QString>(
        this,
        [state = m_state, dump = fetched.dump] {
            AccountAnalysis before;
            before.users = state->users;
            before.policies = state->policies;
            const AccountAnalysis after = analyseAccount(dump);
            const QString changes = ApplyTexts::answerChanges(state->dump, state->users,
                                                              compareAnswers(state->dump, before, dump, after));
            return changes.isEmpty() ? tr("No answer changed for any user.") : changes;
        },
        [this, json](QString changes) {
            m_readBack
                = tr("What changed for users, read back from AWS and analysed again:") + QLatin1Char('\n') + changes;
            m_report->setPlainText(report());
            setStage(Stage::Done);
            Q_EMIT accountFetched(json);
        });
}

QString ApplyDialog::report() const
{
    return m_readBack.isEmpty() ? m_outcome : m_outcome + QStringLiteral("\n\n") + m_readBack;
}

void ApplyDialog::rollBack()
{
    if (m_stage != Stage::Done || m_rollback->isRunning())
        return;
    const QList<ApplyLogEntry> entries = entriesToRollBack(ApplyLog(m_logPath).read(), m_plan.run);
    if (entries.isEmpty()) {
        MessageBox::information(this, tr("Roll Back"), tr("The apply log records nothing of this run to roll back."));
        return;
    }
    QStringList names;
    for (const ApplyLogEntry &entry : entries)
        names << entry.rollback.target.displayName();
    if (MessageBox::question(this, tr("Roll Back"),
                             tr("Put these policies back as they were before run %1?").arg(m_plan.run)
                                 + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_readBack.clear();
    setStage(Stage::RollingBack);
    m_rollback->start(m_cli, m_logPath, m_plan.run, entries);
}

void ApplyDialog::cancel()
{
    switch (m_stage) {
    case Stage::Applying:
        if (m_cancel)
            m_cancel->store(true);
        m_runLabel->setText(tr("Stopping after the command that runs…"));
        break;
    case Stage::RollingBack:
        m_rollback->cancel();
        m_runLabel->setText(tr("Stopping after the policy that is being rolled back…"));
        break;
    case Stage::Fetching:
        m_fetch->cancel();
        break;
    case Stage::Planning:
        // Planning only reads; the dialog closes once the read that runs returns.
        m_closeWhenDone = true;
        hide();
        break;
    case Stage::Review:
    case Stage::Done:
        break;
    }
}

void ApplyDialog::reject()
{
    if (m_stage == Stage::Review || m_stage == Stage::Done)
        QDialog::reject();
    else
        cancel();
}

void ApplyDialog::retranslate()
{
    setWindowTitle(tr("Apply Fix to AWS"));
    m_intro->setText(tr("Review each corrected policy before anything changes in AWS account %1 (AWS CLI profile "
                        "%2). Nothing is applied until you confirm.")
                         .arg(QString::fromStdString(m_state->dump.account), profileName(m_cli)));
    m_usersLabel->setText(
        tr("What changes for users (%n user(s) affected):", nullptr, int(m_plan.affectedUsers().size())));
    m_commandsLabel->setText(tr("The commands, in order (the corrected documents go to a temporary folder):"));
    m_applyButton->setText(tr("&Apply to AWS…"));
    m_rollbackButton->setText(tr("&Roll Back This Run…"));
    m_closeButton->setText(m_stage == Stage::Done ? tr("Close") : tr("Cancel"));
}

void ApplyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mfapolicy
