#include "fixalldialog.h"

#include "accountfixfolder.h"
#include "accounttexts.h"
#include "comparison.h"
#include "diffrenderer.h"
#include "filedialog.h"
#include "messagebox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextEdit>
#include <QThreadPool>
#include <QVBoxLayout>

#include <set>

namespace mfapolicy {

namespace {
/// List entries: a fix (index into AccountFix::fixes) or an AWS managed policy that cannot change.
constexpr int FixRole = Qt::UserRole;
constexpr int UnchangeableRole = Qt::UserRole + 1;

QString userNames(const AccountDump &dump, const std::vector<std::size_t> &users)
{
    QStringList names;
    for (std::size_t u : users)
        names << QString::fromStdString(dump.users[u].name);
    return names.join(QStringLiteral(", "));
}

/// The change sentences as HTML: a line each, the indented ones as a list under the line above.
QString paragraphs(const QString &text)
{
    QString out;
    bool inList = false;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const bool item = line.startsWith(QLatin1Char(' '));
        if (item != inList)
            out += item ? QStringLiteral("<ul style=\"margin-top:0\">") : QStringLiteral("</ul>");
        inList = item;
        out += (item ? QStringLiteral("<li>%1</li>") : QStringLiteral("<p>%1</p>")).arg(line.trimmed().toHtmlEscaped());
    }
    return inList ? out + QStringLiteral("</ul>") : out;
}
} // namespace

FixAllDialog::FixAllDialog(AccountStatePtr state, QWidget *parent)
    : QDialog(parent)
    , m_state(std::move(state))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_summary(new QLabel(this))
    , m_policies(new QListWidget(this))
    , m_policyHeading(new QLabel(this))
    , m_policyText(new QTextBrowser(this))
    , m_diff(new QTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_write(new QPushButton(this))
{
    setObjectName(QStringLiteral("fixAllDialog"));
    m_before.users = m_state->users;
    m_before.policies = m_state->policies;
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_policies->setObjectName(QStringLiteral("policyList"));
    m_policyHeading->setObjectName(QStringLiteral("policyHeading"));
    m_policyHeading->setWordWrap(true);
    m_policyText->setObjectName(QStringLiteral("policyText"));
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setReadOnly(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    m_write->setObjectName(QStringLiteral("writeFolderButton"));
    m_write->setEnabled(false);
    m_buttons->addButton(m_write, QDialogButtonBox::ActionRole);

    auto *right = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(right);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_policyHeading);
    topLayout->addWidget(m_policyText);
    right->addWidget(top);
    right->addWidget(m_diff);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_policies);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &FixAllDialog::chooseAndWriteFolder);
    connect(m_policies, &QListWidget::currentRowChanged, this, &FixAllDialog::showPolicy);
    // Never larger than the account window it belongs to (on a small screen, that is the screen).
    const QSize room = parent ? parent->window()->size() * 0.95 : QSize(1100, 700);
    resize(room.boundedTo(QSize(1100, 700)).expandedTo(QSize(640, 480)));
    retranslate();

    // The fix re-analyses every user it reaches: on a worker thread, dropped when the dialog goes.
    const QPointer<FixAllDialog> self = this;
    QThreadPool::globalInstance()->start([self, state = m_state, before = m_before, cancel = m_cancel] {
        AccountAnalysisOptions options;
        options.cancel = cancel.get();
        auto fix = std::make_shared<const AccountFix>(fixAccount(state->dump, before, options));
        QMetaObject::invokeMethod(
            qApp,
            [self, fix, cancel] {
                if (!self || cancel->load() || fix->after.cancelled)
                    return;
                self->m_fix = fix;
                self->showFix();
                Q_EMIT self->ready();
            },
            Qt::QueuedConnection);
    });
}

FixAllDialog::~FixAllDialog()
{
    m_cancel->store(true);
}

void FixAllDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FixAllDialog::retranslate()
{
    setWindowTitle(tr("Fix All — account %1").arg(QString::fromStdString(m_state->dump.account)));
    m_write->setText(tr("&Write Fix Folder…"));
    m_write->setToolTip(tr("The corrected documents, the ones in force now, apply.sh, rollback.sh and summary.md, "
                           "as 'mfa-policy account --fix' writes them"));
    if (m_fix)
        showFix();
    else
        m_summary->setText(tr("Correcting every stale policy and analysing its users again…"));
}

void FixAllDialog::showFix()
{
    const AccountFix &fix = *m_fix;
    const AccountDump &dump = m_state->dump;
    m_write->setEnabled(!fix.fixes.empty());
    if (fix.fixes.empty() && fix.unchangeable.empty()) {
        m_summary->setText(tr("No policy of this account allows iam:CreateVirtualMFADevice only on devices named "
                              "like the user: there is nothing to fix."));
    } else {
        m_summary->setText(
            QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("%n policy document(s) corrected with the default migration (the device resource any "
                        "name may take, nothing else widened).",
                        nullptr, int(fix.fixes.size()))
                         .toHtmlEscaped())
            + paragraphs(AccountFixFolder::changeSentences(dump, fix.users, fix.corrected, fix.after)));
    }
    const int row = std::max(0, m_policies->currentRow());
    const QSignalBlocker blocker(m_policies);
    m_policies->clear();
    for (std::size_t f = 0; f < fix.fixes.size(); ++f) {
        const AccountPolicy &policy = dump.policies[fix.fixes[f].policy];
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(QString::fromStdString(policy.name), AccountTexts::origin(policy)), m_policies);
        item->setData(FixRole, int(f));
    }
    for (std::size_t u = 0; u < fix.unchangeable.size(); ++u) {
        const AccountPolicy &policy = dump.policies[fix.unchangeable[u].policy];
        auto *item = new QListWidgetItem(
            tr("%1 (%2): cannot be changed").arg(QString::fromStdString(policy.name), AccountTexts::origin(policy)),
            m_policies);
        item->setData(UnchangeableRole, int(u));
    }
    // Wide enough for the names and kinds, as far as the diff can spare.
    m_policies->setMinimumWidth(std::min(m_policies->sizeHintForColumn(0) + 2 * m_policies->frameWidth()
                                             + m_policies->verticalScrollBar()->sizeHint().width(),
                                         width() / 3));
    m_policies->setCurrentRow(std::min(row, m_policies->count() - 1));
    showPolicy(m_policies->currentRow());
}

void FixAllDialog::showPolicy(int row)
{
    m_diff->clear();
    m_policyText->clear();
    m_policyHeading->clear();
    const QListWidgetItem *item = m_fix ? m_policies->item(row) : nullptr;
    if (!item)
        return;
    const AccountFix &fix = *m_fix;
    const AccountDump &dump = m_state->dump;
    const bool changeable = item->data(FixRole).isValid();
    const std::size_t p = changeable ? fix.fixes[std::size_t(item->data(FixRole).toInt())].policy
                                     : fix.unchangeable[std::size_t(item->data(UnchangeableRole).toInt())].policy;
    const AccountPolicy &policy = dump.policies[p];
    m_policyHeading->setText(
        QStringLiteral("<b>%1</b> (%2)")
            .arg(QString::fromStdString(policy.name).toHtmlEscaped(), AccountTexts::origin(policy).toHtmlEscaped()));
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(tr("Reaches %n user(s): %1", nullptr, int(policy.users.size()))
                                .arg(userNames(dump, policy.users))
                                .toHtmlEscaped());
    if (!changeable) {
        m_policyText->setHtml(html + QStringLiteral("<p>%1</p>").arg(AccountTexts::awsManagedRemedy().toHtmlEscaped()));
        m_diff->setPlainText(tr("No corrected document: AWS keeps this policy as it is. Write a customer managed copy "
                                "with the device resource any name may take, attach it to these users or their "
                                "groups, and detach this one."));
        return;
    }
    // What changes for this policy's users alone.
    const std::set<std::string> names = [&] {
        std::set<std::string> out;
        for (std::size_t u : policy.users)
            out.insert(dump.users[u].name);
        return out;
    }();
    std::vector<UserChange> changes;
    for (const UserChange &change : fix.users)
        if (names.count(dump.users[change.user].name))
            changes.push_back(change);
    AccountAnalysis after;
    for (const UserAnswers &answers : fix.after.users)
        if (names.count(fix.corrected.users[answers.user].name))
            after.users.push_back(answers);
    html += paragraphs(AccountFixFolder::changeSentences(dump, changes, fix.corrected, after));
    m_policyText->setHtml(html);

    const PolicyFix &corrected = fix.fixes[std::size_t(item->data(FixRole).toInt())];
    const AccountFixFolder folder(dump, m_before, fix, m_state->path);
    const std::vector<DiffHunk> hunks = textDiff(policy.source->text(), corrected.corrected->text());
    if (hunks.empty()) {
        m_diff->setPlainText(tr("No text changes."));
        return;
    }
    DiffRenderer::render(m_diff->document(),
                         QString::fromStdString(unifiedDiffText(hunks, folder.previousPath(policy).toStdString(),
                                                                folder.correctedPath(policy).toStdString())),
                         false);
}

bool FixAllDialog::writeFolder(const QString &folder, QString *error) const
{
    if (!m_fix) {
        *error = tr("The fix is still being worked out.");
        return false;
    }
    AccountFixFolder writer(m_state->dump, m_before, *m_fix, m_state->path);
    writer.setMadeBy(tr("MFA Policy Studio's Fix All"));
    return writer.write(folder, error);
}

QString FixAllDialog::chooseAndWriteFolder()
{
    QString folder = FileDialog::instance().getExistingDirectory(this, tr("Write the Fix Folder Into"),
                                                                 QFileInfo(m_state->path).absolutePath());
    if (folder.isEmpty())
        return {};
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        // Never written into: a new folder inside it, if the user agrees.
        const QString base = QStringLiteral("mfa-fix-%1").arg(QString::fromStdString(m_state->dump.account));
        QString name = base;
        for (int n = 2; dir.exists(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        const QString inside = dir.filePath(name);
        if (MessageBox::question(this, tr("Folder not empty"),
                                 tr("%1 is not empty, and nothing in it is overwritten.\n\nWrite the fix into a new "
                                    "folder %2 inside it?")
                                     .arg(QDir::toNativeSeparators(folder), name),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
            != QMessageBox::Yes)
            return {};
        folder = inside;
    }
    QString error;
    if (!writeFolder(folder, &error)) {
        MessageBox::warning(this, tr("Cannot write the fix folder"), error);
        return {};
    }
    MessageBox::information(
        this, tr("Fix folder written"),
        tr("Wrote %1: %n corrected policy document(s), apply.sh, rollback.sh and summary.md. Review "
           "the documents, then run apply.sh with the AWS CLI's options for the account.",
           nullptr, int(m_fix->fixes.size()))
            .arg(QDir::toNativeSeparators(folder)));
    return folder;
}

} // namespace mfapolicy
