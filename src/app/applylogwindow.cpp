#include "applylogwindow.h"

#include "applyplan.h"
#include "awstexts.h"
#include "messagebox.h"
#include "rollbackrunner.h"
#include "screenfit.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mfapolicy {

namespace {
constexpr int RunRole = Qt::UserRole;

QString actionWords(const QString &action)
{
    return action == QLatin1String("rollback") ? ApplyLogWindow::tr("roll back") : ApplyLogWindow::tr("apply");
}
} // namespace

ApplyLogWindow::ApplyLogWindow(const QString &logPath, const AwsCli &base, QWidget *parent)
    : QDialog(parent)
    , m_log(logPath)
    , m_base(base)
    , m_runner(new RollbackRunner(this))
    , m_pathLabel(new QLabel(this))
    , m_runs(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("applyLogWindow"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setWordWrap(true);
    m_runs->setObjectName(QStringLiteral("runTree"));
    m_runs->setColumnCount(4);
    m_runs->setRootIsDecorated(true);
    m_runs->header()->setStretchLastSection(true);
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_runs);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    auto *buttons = new QDialogButtonBox(this);
    m_refreshButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rollbackButton = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_rollbackButton->setObjectName(QStringLiteral("rollbackButton"));
    m_closeButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pathLabel);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_refreshButton, &QPushButton::clicked, this, &ApplyLogWindow::reload);
    connect(m_rollbackButton, &QPushButton::clicked, this, &ApplyLogWindow::rollBack);
    connect(m_closeButton, &QPushButton::clicked, this, &ApplyLogWindow::reject);
    connect(m_runs, &QTreeWidget::currentItemChanged, this, &ApplyLogWindow::showRun);
    connect(m_runner, &RollbackRunner::progress, this, [this](int index, int total, const QString &policy) {
        m_progress->setRange(0, total);
        m_progress->setValue(index);
        m_status->setText(tr("Rolling back %1 (%2 of %3)…").arg(policy).arg(index + 1).arg(total));
    });
    connect(m_runner, &RollbackRunner::finished, this, [this] {
        m_progress->hide();
        m_report = m_runner->report();
        m_status->setText(m_report);
        const QString run = selectedRun();
        reload();
        selectRun(run);
        Q_EMIT rollbackFinished();
    });
    retranslate();
    reload();
    resizeWithinScreen(this, QSize(900, 640));
}

ApplyLogWindow::~ApplyLogWindow() = default;

ApplyLogWindow *ApplyLogWindow::showLog(QWidget *parent)
{
    auto *window = parent->findChild<ApplyLogWindow *>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new ApplyLogWindow({}, {}, parent);
        window->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        window->reload();
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void ApplyLogWindow::reload()
{
    m_entries = m_log.read(&m_unreadable);
    const QString current = selectedRun();
    m_runs->clear();
    // Newest run first; the entries of a run (its applies and rollbacks) in the order they happened.
    QStringList order;
    for (const ApplyLogEntry &entry : m_entries) {
        const QString run = entry.run.isEmpty() ? entry.time.toString(Qt::ISODate) : entry.run;
        if (!order.contains(run))
            order.prepend(run);
    }
    for (const QString &run : order) {
        auto *top = new QTreeWidgetItem(m_runs);
        top->setData(0, RunRole, run);
        top->setText(0, run);
        for (const ApplyLogEntry &entry : m_entries) {
            if ((entry.run.isEmpty() ? entry.time.toString(Qt::ISODate) : entry.run) != run)
                continue;
            if (top->childCount() == 0) {
                top->setText(1, entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
                top->setText(2, entry.profile.isEmpty() ? QStringLiteral("default") : entry.profile);
            }
            auto *item = new QTreeWidgetItem(top);
            item->setData(0, RunRole, run);
            item->setText(0, entry.rollback.target.displayName());
            item->setText(1, entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            item->setText(2, actionWords(entry.action));
            item->setText(3, AwsTexts::outcome(entry.outcome));
        }
    }
    m_runs->resizeColumnToContents(0);
    retranslate();
    if (!current.isEmpty())
        selectRun(current);
    if (!m_runs->currentItem() && m_runs->topLevelItemCount() > 0)
        m_runs->setCurrentItem(m_runs->topLevelItem(0));
    showRun();
}

QStringList ApplyLogWindow::runs() const
{
    QStringList out;
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i)
        out << m_runs->topLevelItem(i)->data(0, RunRole).toString();
    return out;
}

void ApplyLogWindow::selectRun(const QString &run)
{
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i) {
        if (m_runs->topLevelItem(i)->data(0, RunRole).toString() == run)
            m_runs->setCurrentItem(m_runs->topLevelItem(i));
    }
}

QString ApplyLogWindow::selectedRun() const
{
    const QTreeWidgetItem *item = m_runs->currentItem();
    return item ? item->data(0, RunRole).toString() : QString();
}

QString ApplyLogWindow::details() const
{
    return m_details->toPlainText();
}

AwsCli ApplyLogWindow::cliOf(const ApplyLogEntry &entry) const
{
    AwsCli cli = m_base;
    cli.profile = entry.profile;
    cli.region = entry.region;
    cli.endpointUrl = entry.endpointUrl;
    return cli;
}

void ApplyLogWindow::showRun()
{
    const QString run = selectedRun();
    QStringList lines;
    for (const ApplyLogEntry &entry : m_entries) {
        if ((entry.run.isEmpty() ? entry.time.toString(Qt::ISODate) : entry.run) != run)
            continue;
        const AwsCli cli = cliOf(entry);
        lines << entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("  ")
                + actionWords(entry.action) + QStringLiteral("  ") + entry.rollback.target.displayName();
        lines << QStringLiteral("  ")
                + tr("profile %1, region %2, endpoint %3")
                      .arg(entry.profile.isEmpty() ? QStringLiteral("default") : entry.profile,
                           entry.region.isEmpty() ? tr("the profile's") : entry.region,
                           entry.endpointUrl.isEmpty() ? tr("AWS's") : entry.endpointUrl);
        if (!entry.affectedUsers.isEmpty())
            lines << QStringLiteral("  ") + tr("users: %1").arg(entry.affectedUsers.join(QStringLiteral(", ")));
        for (const PlannedCommand &command : loggedCommands(entry))
            lines << QStringLiteral("  $ ") + cli.commandLine(command.command);
        QString result = AwsTexts::outcome(entry.outcome);
        if (!entry.appliedVersionId.isEmpty())
            result += QStringLiteral("; ")
                + tr("new default version %1 (was %2)").arg(entry.appliedVersionId, entry.rollback.versionId);
        else if (entry.action == QLatin1String("rollback") && !entry.rollback.versionId.isEmpty())
            result += QStringLiteral("; ") + tr("default version back to %1").arg(entry.rollback.versionId);
        lines << QStringLiteral("  ") + tr("result: %1").arg(result);
        if (!entry.errorText.isEmpty())
            lines << QStringLiteral("  ") + entry.errorText;
        lines << QString();
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    updateButtons();
}

void ApplyLogWindow::updateButtons()
{
    const QString run = selectedRun();
    m_rollbackButton->setEnabled(!m_runner->isRunning() && !run.isEmpty()
                                 && !entriesToRollBack(m_entries, run).isEmpty());
    m_refreshButton->setEnabled(!m_runner->isRunning());
    m_closeButton->setText(m_runner->isRunning() ? tr("Cancel") : tr("Close"));
}

void ApplyLogWindow::rollBack()
{
    const QString run = selectedRun();
    if (run.isEmpty() || m_runner->isRunning())
        return;
    QDateTime rolledBackAt;
    const QList<ApplyLogEntry> entries = entriesToRollBack(m_entries, run, &rolledBackAt);
    if (entries.isEmpty()) {
        MessageBox::information(
            this, tr("Roll Back"),
            rolledBackAt.isValid()
                ? tr("Run %1 was already rolled back at %2.").arg(run, rolledBackAt.toLocalTime().toString(Qt::ISODate))
                : tr("Run %1 changed nothing that can be rolled back.").arg(run));
        return;
    }
    QStringList names;
    for (const ApplyLogEntry &entry : entries)
        names << entry.rollback.target.displayName();
    const AwsCli cli = cliOf(entries.front());
    if (MessageBox::question(this, tr("Roll Back"),
                             tr("Put these policies back as they were before run %1, through the AWS CLI profile %2?")
                                     .arg(run, cli.profile.isEmpty() ? QStringLiteral("default") : cli.profile)
                                 + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    m_report.clear();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_runner->start(cli, m_log.path(), run, entries);
    updateButtons();
}

bool ApplyLogWindow::isRollingBack() const
{
    return m_runner->isRunning();
}

QString ApplyLogWindow::rollbackReport() const
{
    return m_report;
}

void ApplyLogWindow::reject()
{
    if (m_runner->isRunning()) {
        m_runner->cancel();
        m_status->setText(tr("Stopping after the policy that is being rolled back…"));
        return;
    }
    QDialog::reject();
}

void ApplyLogWindow::retranslate()
{
    setWindowTitle(tr("AWS Apply Log"));
    m_runs->setHeaderLabels({tr("Run / policy"), tr("Time"), tr("Profile / action"), tr("Result")});
    m_pathLabel->setText(
        m_unreadable > 0
            ? tr("%1 (%n line(s) cannot be read and are left out)", nullptr, m_unreadable).arg(m_log.path())
            : m_log.path());
    if (m_runs->topLevelItemCount() == 0)
        m_status->setText(tr("Nothing has been applied to AWS yet."));
    m_refreshButton->setText(tr("&Refresh"));
    m_rollbackButton->setText(tr("&Roll Back…"));
    updateButtons();
}

void ApplyLogWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mfapolicy
