#include "scenariostepmodel.h"

#include "languagechange.h"
#include "matrixrenderer.h"
#include "scenarioformatter.h"
#include "texts.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace mfapolicy {

ScenarioStepModel::ScenarioStepModel(QObject *parent) : QAbstractTableModel(parent) { }

void ScenarioStepModel::setResult(const Principal &principal, const ScenarioResult &result)
{
    beginResetModel();
    m_principal = principal;
    m_result = result;
    m_current = -1;
    fillRows();
    endResetModel();
}

void ScenarioStepModel::fillRows()
{
    m_rows.clear();
    const ScenarioFormatter words(m_principal, m_result);
    bool stopped = false;
    for (std::size_t i = 0; i < m_result.steps.size(); ++i) {
        const ScenarioStep &step = m_result.steps[i];
        Row row;
        row.reached = !stopped;
        row.nonBlocking = ScenarioFormatter::nonBlockingNote(step);
        // What the trainer says at this step, readable without hovering: the step, then what
        // becomes of it when that is not the decision alone.
        row.title = words.stepTitle(i);
        for (const QString &line : {Texts::scenarioOutcome(step.outcomeId), row.nonBlocking}) {
            if (!line.isEmpty())
                row.title += QLatin1Char('\n') + line;
        }
        row.decidedBy = words.decidedBy(step);
        row.pointed = words.pointedStatement(step);
        if (!step.flowContinues)
            stopped = true;
        m_rows.push_back(std::move(row));
    }
}

void ScenarioStepModel::retranslate()
{
    fillRows();
    refreshModelTexts(this);
}

const ScenarioStep *ScenarioStepModel::step(int row) const
{
    if (row < 0 || row >= int(m_result.steps.size()))
        return nullptr;
    return &m_result.steps[row];
}

std::optional<PrincipalStatementRef> ScenarioStepModel::pointedStatement(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::nullopt;
    return m_rows[row].pointed;
}

void ScenarioStepModel::setCurrentStep(int row)
{
    if (row < -1 || row >= rowCount())
        row = -1;
    if (row == m_current)
        return;
    const int previous = m_current;
    m_current = row;
    for (int r : {previous, row}) {
        if (r >= 0)
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
    }
}

void ScenarioStepModel::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ScenarioStepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.steps.size());
}

int ScenarioStepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioStepModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ScenarioStep &step = m_result.steps[index.row()];
    const Row &row = m_rows[index.row()];
    const CellDecision decision = step.decision();
    // The colours of the decision; an undetermined step gets the plain one of no permission.
    const Decision shown = decision == CellDecision::Undetermined ? Decision::ImplicitDeny : step.evaluation.decision;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StepColumn:
            return row.title;
        case CallColumn:
            return QString::fromStdString(step.request.action);
        case ResourceColumn:
            return QString::fromStdString(step.request.resource);
        case DecisionColumn:
            return Texts::decisionLabel(decision);
        case StatementColumn:
            return row.decidedBy;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        // A resource elided in a narrow column is whole in its tooltip.
        if (index.column() == StepColumn || index.column() == StatementColumn || index.column() == ResourceColumn)
            return index.data(Qt::DisplayRole);
        if (!step.accessDeniedMessage.empty())
            return QString::fromStdString(step.accessDeniedMessage);
        return {};
    case Qt::TextAlignmentRole:
        // A row taller than the view (long sentences at a projector's size) shows its first lines.
        return int(Qt::AlignTop | Qt::AlignLeft);
    case Qt::BackgroundRole:
        if (index.column() == DecisionColumn)
            return QBrush(MatrixRenderer::decisionStyle(shown, m_highContrast).background);
        if (index.row() == m_current)
            return QBrush(m_highContrast ? QColor(Qt::yellow) : QColor(0xff, 0xf3, 0xb0));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn)
            return QBrush(MatrixRenderer::decisionStyle(shown, m_highContrast).foreground);
        if (index.row() == m_current)
            return QBrush(Qt::black);
        if (!row.reached)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (index.row() == m_current || (index.column() == StatementColumn && row.pointed)) {
            QFont font;
            font.setBold(index.row() == m_current);
            font.setUnderline(index.column() == StatementColumn && row.pointed.has_value());
            return font;
        }
        return {};
    case DecisionRole:
        return int(step.evaluation.decision);
    case StatementIndexRole:
        return row.pointed ? int(row.pointed->statement) : -1;
    case AccessDeniedRole:
        return QString::fromStdString(step.accessDeniedMessage);
    case ActionRole:
        return QString::fromStdString(step.request.action);
    case ResourceRole:
        return QString::fromStdString(step.request.resource);
    case AuthStateRole:
        return int(step.state);
    case ReachedRole:
        return row.reached;
    case NonBlockingRole:
        return row.nonBlocking;
    default:
        return {};
    }
}

QVariant ScenarioStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return ScenarioFormatter::columnTitles().value(section);
}

} // namespace mfapolicy
