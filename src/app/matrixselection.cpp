#include "matrixselection.h"

#include "texts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>

#include <algorithm>

namespace mfapolicy {

MatrixSelection::MatrixSelection(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QComboBox(this))
    , m_actions(new QListWidget(this))
    , m_rowsLabel(new QLabel(this))
    , m_columnsLabel(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("rowFilterCombo"));
    m_actions->setObjectName(QStringLiteral("actionList"));
    m_actions->setMaximumHeight(fontMetrics().height() * 5);
    m_rowsLabel->setBuddy(m_filter);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_rowsLabel, 0, 0);
    layout->addWidget(m_filter, 0, 1);
    layout->addWidget(m_actions, 1, 0, 1, 3);
    auto *columns = new QHBoxLayout;
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        m_states[i] = new QCheckBox(this);
        m_states[i]->setObjectName(QStringLiteral("state-") + QLatin1String(authStateId(allAuthStates[i])));
        m_states[i]->setChecked(true);
        columns->addWidget(m_states[i]);
        connect(m_states[i], &QCheckBox::toggled, this, [this, i] {
            keepOneState(m_states[i]);
            Q_EMIT changed();
        });
    }
    columns->addStretch();
    layout->addWidget(m_columnsLabel, 2, 0);
    layout->addLayout(columns, 2, 1, 1, 2);
    layout->setColumnStretch(2, 1);
    for (int i = 0; i < 3; ++i)
        m_filter->addItem(QString());
    retranslate();
    connect(m_filter, &QComboBox::currentIndexChanged, this, &MatrixSelection::changed);
    connect(m_actions, &QListWidget::itemChanged, this, &MatrixSelection::changed);
}

void MatrixSelection::retranslate()
{
    m_rowsLabel->setText(tr("&Rows:"));
    m_columnsLabel->setText(tr("Columns:"));
    m_filter->setItemText(AllRows, tr("All rows"));
    m_filter->setItemText(DifferingRows, tr("Only rows that differ"));
    m_filter->setItemText(MfaActions, tr("Only MFA actions"));
    m_actions->setToolTip(tr("The actions shown; uncheck an action to leave its rows out"));
    m_actions->setAccessibleName(tr("Actions shown"));
    for (std::size_t i = 0; i < m_states.size(); ++i)
        m_states[i]->setText(Texts::authState(allAuthStates[i]));
}

void MatrixSelection::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MatrixSelection::setMatrices(const DecisionMatrix &matrix, const DecisionMatrix *after)
{
    m_matrix = matrix;
    m_after = after ? std::optional<DecisionMatrix>(*after) : std::nullopt;
    const QSignalBlocker blocker(m_actions);
    m_actions->clear();
    for (const MatrixRow &row : m_matrix.rows) {
        const QString action = QString::fromStdString(row.action);
        if (!m_actions->findItems(action, Qt::MatchExactly).isEmpty())
            continue;
        auto *item = new QListWidgetItem(action, m_actions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    Q_EMIT changed();
}

void MatrixSelection::setRowFilter(RowFilter filter)
{
    m_filter->setCurrentIndex(std::clamp(int(filter), 0, m_filter->count() - 1));
}

MatrixSelection::RowFilter MatrixSelection::rowFilter() const
{
    return RowFilter(m_filter->currentIndex());
}

bool MatrixSelection::setActionChecked(const QString &action, bool checked)
{
    const QList<QListWidgetItem *> items = m_actions->findItems(action, Qt::MatchExactly);
    for (QListWidgetItem *item : items)
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return !items.isEmpty();
}

void MatrixSelection::setStateChecked(AuthState state, bool checked)
{
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        if (allAuthStates[i] == state)
            m_states[i]->setChecked(checked);
    }
}

// At least one column stays: a table of actions without decisions says nothing.
void MatrixSelection::keepOneState(QCheckBox *unchecked)
{
    for (QCheckBox *box : m_states) {
        if (box->isChecked())
            return;
    }
    const QSignalBlocker blocker(unchecked);
    unchecked->setChecked(true);
}

bool MatrixSelection::rowPasses(std::size_t index) const
{
    const MatrixRow &row = m_matrix.rows[index];
    const MatrixRow *after = m_after && index < m_after->rows.size() ? &m_after->rows[index] : nullptr;
    const QList<QListWidgetItem *> items = m_actions->findItems(QString::fromStdString(row.action), Qt::MatchExactly);
    if (!items.isEmpty() && items.constFirst()->checkState() != Qt::Checked)
        return false;
    switch (rowFilter()) {
    case AllRows:
        return true;
    case DifferingRows:
        return row.differs() || (after && after->differs());
    case MfaActions:
        return row.mfaAction;
    }
    return true;
}

std::vector<std::size_t> MatrixSelection::rows() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < m_matrix.rows.size(); ++i) {
        if (rowPasses(i))
            out.push_back(i);
    }
    return out;
}

DecisionMatrix MatrixSelection::filtered(const DecisionMatrix &matrix) const
{
    DecisionMatrix out = matrix;
    out.rows.clear();
    for (std::size_t i : rows()) {
        if (i < matrix.rows.size())
            out.rows.push_back(matrix.rows[i]);
    }
    return out;
}

std::vector<AuthState> MatrixSelection::states() const
{
    std::vector<AuthState> out;
    for (std::size_t i = 0; i < m_states.size(); ++i) {
        if (m_states[i]->isChecked())
            out.push_back(allAuthStates[i]);
    }
    return out;
}

} // namespace mfapolicy
