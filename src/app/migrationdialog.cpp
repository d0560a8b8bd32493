#include "migrationdialog.h"

#include "comparison.h"
#include "diffrenderer.h"
#include "jsonlayout.h"
#include "matrixrenderer.h"
#include "migration.h"
#include "policyanalysis.h"
#include "texts.h"
#include "ui_migrationdialog.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace mfapolicy {

namespace {

// The text as HTML in which no path or policy variable (mfa/${aws:username}, user/*/NAME) is
// broken across lines: Japanese text wraps between any two characters, and after a slash. Qt's
// rich text ignores nowrap inside a paragraph, so word joiners (U+2060) hold the characters together.
QString htmlKeepingPathsWhole(const QString &text)
{
    static const QRegularExpression path(QStringLiteral("[A-Za-z0-9_*:.{}$-]*[/$][A-Za-z0-9_*:./{}$-]*"));
    QString html;
    qsizetype from = 0;
    for (auto it = path.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(from, match.capturedStart() - from).toHtmlEscaped();
        const QString whole = match.captured();
        for (qsizetype i = 0; i < whole.size(); ++i)
            html += (i > 0 ? QString(QChar(0x2060)) : QString()) + QString(whole.at(i)).toHtmlEscaped();
        from = match.capturedEnd();
    }
    return html + text.mid(from).toHtmlEscaped();
}

} // namespace

MigrationDialog::MigrationDialog(std::shared_ptr<const PolicyAnalysis> analysis, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MigrationDialog>())
    , m_analysis(std::move(analysis))
    , m_plan(std::make_unique<MigrationPlan>(planMigration(m_analysis->source)))
{
    m_ui->setupUi(this);
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QPushButton *apply = m_ui->buttonBox->button(QDialogButtonBox::Apply);
    apply->setObjectName(QStringLiteral("applyButton"));
    connect(apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The short columns (how the request is signed, before, after) keep their natural width; the
    // action and resource share what is left, so After is never pushed out of sight.
    QHeaderView *header = m_ui->cellChangesView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);

    for (const MigrationChange &change : m_plan->changes) {
        auto *item = new QListWidgetItem(m_ui->changeList);
        item->setData(Qt::UserRole, QString::fromStdString(change.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(change.onByDefault ? Qt::Checked : Qt::Unchecked);
    }
    showTexts();
    connect(m_ui->changeList, &QListWidget::itemChanged, this, &MigrationDialog::updatePreview);
    connect(m_ui->changeList, &QListWidget::currentItemChanged, this, &MigrationDialog::showRationale);
    if (m_ui->changeList->count() > 0)
        m_ui->changeList->setCurrentRow(0);
    updatePreview();
}

MigrationDialog::~MigrationDialog() = default;

void MigrationDialog::showTexts()
{
    const QSignalBlocker blocker(m_ui->changeList);
    for (int i = 0; i < m_ui->changeList->count(); ++i) {
        const MigrationChange &change = m_plan->changes[std::size_t(i)];
        m_ui->changeList->item(i)->setText(Texts::migrationTitle(change.id, change.args));
        m_ui->changeList->item(i)->setToolTip(Texts::migrationRationale(change.id, change.args));
    }
    m_ui->summaryLabel->setTextFormat(Qt::RichText);
    m_ui->summaryLabel->setText(htmlKeepingPathsWhole(
        m_plan->changes.empty()
            ? tr("This policy needs no migration: it already matches what the current AWS examples do.")
            : tr("Pick the changes to make. The checked ones restore enrollment with any device name (mfa/*); "
                 "because device names are not owned by users, a name such as another user's becomes creatable "
                 "too, as in AWS's current example. The others align the policy with the current AWS examples.")));
}

void MigrationDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();
        showRationale();
        updatePreview();
    }
}

std::vector<std::string> MigrationDialog::selectedChangeIds() const
{
    std::vector<std::string> ids;
    for (int i = 0; i < m_ui->changeList->count(); ++i) {
        const QListWidgetItem *item = m_ui->changeList->item(i);
        if (item->checkState() == Qt::Checked)
            ids.push_back(item->data(Qt::UserRole).toString().toStdString());
    }
    return ids;
}

void MigrationDialog::showRationale()
{
    const int row = m_ui->changeList->currentRow();
    if (row < 0 || row >= int(m_plan->changes.size())) {
        m_ui->rationaleView->clear();
        return;
    }
    const MigrationChange &change = m_plan->changes[std::size_t(row)];
    m_ui->rationaleView->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                                     .arg(htmlKeepingPathsWhole(Texts::migrationTitle(change.id, change.args)),
                                          htmlKeepingPathsWhole(Texts::migrationRationale(change.id, change.args))));
}

void MigrationDialog::setHighContrast(bool on)
{
    m_highContrast = on;
    updatePreview();
}

void MigrationDialog::showDiff()
{
    const std::string &original = m_analysis->source.text();
    QString name = QString::fromStdString(m_analysis->source.name());
    QString migratedName = tr("%1 (migrated)").arg(name);
    std::string before = original;
    std::string after = m_migrated;
    // A one-line (minified) policy would show as one long removed and one long added line: the diff
    // then compares both texts laid out one member a line, and its header says so.
    if (std::count(original.begin(), original.end(), '\n') <= 1) {
        QString error;
        const std::optional<QString> laidOutBefore
            = JsonLayout::apply(QString::fromStdString(original), JsonLayout::Style::Indented, &error);
        const std::optional<QString> laidOutAfter
            = JsonLayout::apply(QString::fromStdString(m_migrated), JsonLayout::Style::Indented, &error);
        if (laidOutBefore && laidOutAfter) {
            before = laidOutBefore->toStdString();
            after = laidOutAfter->toStdString();
            name = tr("%1 (formatted)").arg(name);
            migratedName = tr("%1 (migrated, formatted)").arg(QString::fromStdString(m_analysis->source.name()));
        }
    }
    const std::vector<DiffHunk> hunks = textDiff(before, after);
    if (hunks.empty()) {
        m_ui->diffView->setPlainText(tr("No text changes."));
        return;
    }
    const QString diff = QString::fromStdString(unifiedDiffText(hunks, name.toStdString(), migratedName.toStdString()));
    DiffRenderer::render(m_ui->diffView->document(), diff, m_highContrast);
}

void MigrationDialog::updatePreview()
{
    const std::vector<std::string> ids = selectedChangeIds();
    const std::string &original = m_analysis->source.text();
    // applyMigration treats an empty list as "the defaults"; nothing checked means no change.
    const MigrationResult result
        = ids.empty() ? MigrationResult {original, {}, {}, {}} : migrate(m_analysis->source, *m_plan, ids);
    m_migrated = result.text;
    showTexts(); // the summary, then the chosen changes that could not be applied
    if (!result.notApplied.empty())
        m_ui->summaryLabel->setText(
            m_ui->summaryLabel->text() + QStringLiteral("<br>")
            + htmlKeepingPathsWhole(Texts::migrationNotApplied(*m_plan, result.notApplied).join(QLatin1Char('\n')))
                  .replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_ui->buttonBox->button(QDialogButtonBox::Apply)->setEnabled(m_migrated != original);

    showDiff();

    m_ui->cellChangesView->clear();
    if (m_analysis->matrix) {
        const PolicySource migrated = PolicySource::parse(m_migrated);
        const Policy *policy = &migrated.policy();
        const DecisionMatrix after
            = computeMatrix(std::span<const Policy *const>(&policy, 1), m_analysis->matrix->identity);
        for (const CellChange &change : compareMatrices(*m_analysis->matrix, after)) {
            auto *item = new QTreeWidgetItem(m_ui->cellChangesView);
            item->setText(0, QString::fromStdString(change.action));
            item->setToolTip(0, item->text(0));
            item->setText(1, Texts::resourcePattern(change.pattern));
            item->setToolTip(1, QString::fromStdString(change.resource));
            item->setText(2, Texts::authState(change.state));
            item->setText(3, Texts::decisionLabel(change.before));
            item->setText(4, Texts::decisionLabel(change.after));
            for (const auto &[column, decision] : {std::pair {3, change.before}, std::pair {4, change.after}}) {
                const DecisionStyle style = MatrixRenderer::decisionStyle(decision, m_highContrast);
                item->setBackground(column, style.background);
                item->setForeground(column, style.foreground);
            }
        }
    }
    m_ui->previewTabs->setTabText(1, tr("Matrix cells that change (%1)").arg(cellChangeCount()));
}

int MigrationDialog::cellChangeCount() const
{
    return m_ui->cellChangesView->topLevelItemCount();
}

std::vector<TextEdit> MigrationDialog::edits() const
{
    const std::string &a = m_analysis->source.text();
    const std::string &b = m_migrated;
    if (a == b)
        return {};
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    // Never split a UTF-8 sequence: back up to the start of a character.
    while (prefix > 0 && (static_cast<unsigned char>(a[prefix]) & 0xC0) == 0x80)
        --prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    while (suffix > 0 && (static_cast<unsigned char>(a[a.size() - suffix]) & 0xC0) == 0x80)
        --suffix;
    return {TextEdit {prefix, a.size() - suffix, b.substr(prefix, b.size() - suffix - prefix)}};
}

} // namespace mfapolicy
