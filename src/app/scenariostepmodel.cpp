#include "scenariostepmodel.h"

#include "matrixrenderer.h"
#include "texts.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace mfapolicy {

ScenarioStepModel::ScenarioStepModel(QObject *parent) : QAbstractTableModel(parent) { }

void ScenarioStepModel::setResult(const ScenarioResult &result, std::span<const Policy *const> policies)
{
    beginResetModel();
    m_result = result;
    m_rows.clear();
    m_current = -1;
    bool stopped = false;
    for (const ScenarioStep &step : m_result.steps) {
        Row row;
        row.reached = !stopped;
        const Evaluation &evaluation = step.evaluation;
        // The statement a trainer points at: the deny that won, else the allow that granted.
        const std::vector<StatementRef> &deciding
            = evaluation.decision == Decision::ExplicitDeny ? evaluation.deniedBy : evaluation.allowedBy;
        if (evaluation.notPolicyControlled) {
            row.statement = Texts::sessionTokenNote();
        } else if (evaluation.decision == Decision::ImplicitDeny || deciding.empty()) {
            row.statement = tr("No statement allows it");
        } else {
            row.statement = Texts::statementName(policies, deciding.front());
            row.policy = int(deciding.front().policy);
            row.statementIndex = int(deciding.front().statement);
        }
        if (!step.flowContinues)
            stopped = true;
        m_rows.push_back(row);
    }
    endResetModel();
}

const ScenarioStep *ScenarioStepModel::step(int row) const
{
    if (row < 0 || row >= int(m_result.steps.size()))
        return nullptr;
    return &m_result.steps[row];
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
    const Decision decision = step.evaluation.decision;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case StepColumn:
            return QString(QString::number(index.row() + 1) + QStringLiteral(". ") + Texts::scenarioStep(step.stepId));
        case CallColumn:
            return QString::fromStdString(step.request.action);
        case ResourceColumn:
            return QString::fromStdString(step.request.resource);
        case DecisionColumn:
            return Texts::decisionLabel(decision);
        case StatementColumn:
            return row.statement;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StepColumn) {
            const QString name = Texts::scenarioStep(step.stepId);
            return step.outcomeId.empty() ? name : name + QLatin1Char('\n') + Texts::scenarioOutcome(step.outcomeId);
        }
        if (!step.accessDeniedMessage.empty())
            return QString::fromStdString(step.accessDeniedMessage);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == DecisionColumn)
            return QBrush(MatrixRenderer::decisionStyle(decision, m_highContrast).background);
        if (index.row() == m_current)
            return QBrush(m_highContrast ? QColor(Qt::yellow) : QColor(0xff, 0xf3, 0xb0));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == DecisionColumn)
            return QBrush(MatrixRenderer::decisionStyle(decision, m_highContrast).foreground);
        if (index.row() == m_current)
            return QBrush(Qt::black);
        if (!row.reached)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case Qt::FontRole:
        if (index.row() == m_current || (index.column() == StatementColumn && row.statementIndex >= 0)) {
            QFont font;
            font.setBold(index.row() == m_current);
            font.setUnderline(index.column() == StatementColumn && row.statementIndex >= 0);
            return font;
        }
        return {};
    case DecisionRole:
        return int(decision);
    case PolicyIndexRole:
        return row.policy;
    case StatementIndexRole:
        return row.statementIndex;
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
    default:
        return {};
    }
}

QVariant ScenarioStepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StepColumn:
        return tr("Step");
    case CallColumn:
        return tr("Call");
    case ResourceColumn:
        return tr("Resource");
    case DecisionColumn:
        return tr("Decision");
    case StatementColumn:
        return tr("Decided by");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mfapolicy
