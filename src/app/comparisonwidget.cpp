#include "comparisonwidget.h"
#include "ui_comparisonwidget.h"

#include "comparisonformatter.h"
#include "comparisonmodel.h"
#include "diffrenderer.h"
#include "languagechange.h"
#include "matrixrenderer.h"
#include "policysource.h"
#include "texts.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace mfapolicy {

namespace {
// A frame around changed cells, so a change is visible without telling colours apart.
class ChangedCellDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!ComparisonModel::stateOfColumn(index.column()) || !index.data(ComparisonModel::ChangedRole).toBool())
            return;
        painter->save();
        painter->setPen(QPen(option.palette.color(QPalette::Text), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
        painter->restore();
    }
};
} // namespace

ComparisonWidget::ComparisonWidget(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ComparisonWidget>()), m_model(new ComparisonModel(this))
{
    m_ui->setupUi(this);
    m_ui->matrixView->setModel(m_model);
    m_ui->matrixView->setItemDelegate(new ChangedCellDelegate(m_ui->matrixView));
    m_ui->matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->diffView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->changesList->setSpacing(2);
    m_ui->verticalSplitter->setStretchFactor(0, 3);
    m_ui->verticalSplitter->setStretchFactor(1, 2);
    connect(m_ui->matrixView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const std::optional<AuthState> state = ComparisonModel::stateOfColumn(index.column());
        if (!state)
            return;
        const MatrixRow &row = m_model->after().rows.at(index.row());
        Q_EMIT cellActivated(QString::fromStdString(row.action), QString::fromStdString(row.resource), *state);
    });
    recompute();
}

ComparisonWidget::~ComparisonWidget() = default;

void ComparisonWidget::setIdentity(const SimulationIdentity &identity)
{
    m_identity = identity;
    recompute();
}

void ComparisonWidget::setPolicies(const QString &beforeName, const QString &beforeText, const QString &afterName,
                                   const QString &afterText)
{
    m_beforeName = beforeName;
    m_beforeText = beforeText;
    m_afterName = afterName;
    m_afterText = afterText;
    recompute();
}

const DecisionMatrix &ComparisonWidget::beforeMatrix() const
{
    return m_model->before();
}

const DecisionMatrix &ComparisonWidget::afterMatrix() const
{
    return m_model->after();
}

void ComparisonWidget::setHighContrast(bool on)
{
    m_highContrast = on;
    m_model->setHighContrast(on);
    showTexts();
    showDiff(m_hunks);
}

QStringList ComparisonWidget::changeSentences() const
{
    QStringList sentences;
    for (const CellChange &change : m_changes)
        sentences.append(ComparisonFormatter::changeSentence(change));
    return sentences;
}

void ComparisonWidget::recompute()
{
    const std::string beforeText = m_beforeText.toStdString();
    const std::string afterText = m_afterText.toStdString();
    const PolicySource before = PolicySource::parse(beforeText, m_beforeName.toStdString());
    const PolicySource after = PolicySource::parse(afterText, m_afterName.toStdString());
    const Policy *beforePolicies[] = {&before.policy()};
    const Policy *afterPolicies[] = {&after.policy()};
    const DecisionMatrix beforeMatrix = computeMatrix(beforePolicies, m_identity);
    const DecisionMatrix afterMatrix = computeMatrix(afterPolicies, m_identity);
    m_model->setMatrices(beforeMatrix, afterMatrix);
    m_changes = compareMatrices(beforeMatrix, afterMatrix);
    m_hunks = textDiff(beforeText, afterText);
    m_diff = QString::fromStdString(unifiedDiffText(m_hunks, m_beforeName.toStdString(), m_afterName.toStdString()));
    showTexts();
    showDiff(m_hunks);
}

void ComparisonWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showTexts();
        refreshModelTexts(m_model);
    } else if (event->type() == QEvent::PaletteChange) {
        // A theme change: the changes and the diff take the new scheme's colours.
        showTexts();
        showDiff(m_hunks);
    }
}

// The texts that depend on the language: title, summary and the changes in words.
void ComparisonWidget::showTexts()
{
    m_ui->titleLabel->setText(
        tr("<b>%1</b> → <b>%2</b>").arg(m_beforeName.toHtmlEscaped(), m_afterName.toHtmlEscaped()));
    m_ui->summaryLabel->setText(m_changes.empty()
                                    ? tr("No cell of the decision matrix changes.")
                                    : tr("%n cell(s) of the decision matrix change.", nullptr, int(m_changes.size())));
    m_ui->changesList->clear();
    for (const CellChange &change : m_changes) {
        auto *item = new QListWidgetItem(ComparisonFormatter::changeSentence(change), m_ui->changesList);
        const DecisionStyle style = MatrixRenderer::decisionStyle(change.after, m_highContrast);
        item->setBackground(style.background);
        item->setForeground(style.foreground);
    }
}

void ComparisonWidget::showDiff(const std::vector<DiffHunk> &hunks)
{
    m_ui->diffView->clear();
    if (hunks.empty()) {
        m_ui->diffView->setPlaceholderText(tr("The texts are identical."));
        return;
    }
    DiffRenderer::render(m_ui->diffView->document(), m_diff, m_highContrast);
}

} // namespace mfapolicy
