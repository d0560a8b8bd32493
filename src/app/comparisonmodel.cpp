#include "comparisonmodel.h"

#include "matrixrenderer.h"
#include "texts.h"

#include <QBrush>
#include <QFont>

namespace mfapolicy {

namespace {
std::size_t stateIndex(AuthState state)
{
    return std::size_t(std::find(allAuthStates.begin(), allAuthStates.end(), state) - allAuthStates.begin());
}
} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) { }

void ComparisonModel::setMatrices(const DecisionMatrix &before, const DecisionMatrix &after)
{
    beginResetModel();
    m_before = before;
    m_after = after;
    m_beforeRow.assign(m_after.rows.size(), -1);
    for (std::size_t row = 0; row < m_after.rows.size(); ++row) {
        const MatrixRow &a = m_after.rows[row];
        // Same identity means same row layout; search only when the layouts differ.
        if (row < m_before.rows.size() && m_before.rows[row].action == a.action
            && m_before.rows[row].pattern == a.pattern) {
            m_beforeRow[row] = int(row);
            continue;
        }
        for (std::size_t b = 0; b < m_before.rows.size(); ++b) {
            if (m_before.rows[b].action == a.action && m_before.rows[b].pattern == a.pattern) {
                m_beforeRow[row] = int(b);
                break;
            }
        }
    }
    endResetModel();
}

void ComparisonModel::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

Decision ComparisonModel::beforeDecision(int row, AuthState state) const
{
    const int b = m_beforeRow[row];
    // A row the old matrix did not have is compared against an implicit deny, as the core does.
    return b < 0 ? Decision::ImplicitDeny : m_before.rows[b].cells[stateIndex(state)].evaluation.decision;
}

Decision ComparisonModel::afterDecision(int row, AuthState state) const
{
    return m_after.rows[row].cells[stateIndex(state)].evaluation.decision;
}

int ComparisonModel::changedCellCount() const
{
    int count = 0;
    for (int row = 0; row < rowCount(); ++row) {
        for (AuthState state : allAuthStates)
            count += beforeDecision(row, state) != afterDecision(row, state);
    }
    return count;
}

std::optional<AuthState> ComparisonModel::stateOfColumn(int column)
{
    if (column < MfaSessionColumn || column > AccessKeyColumn)
        return std::nullopt;
    return allAuthStates[column - MfaSessionColumn];
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_after.rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRow &row = m_after.rows[index.row()];
    const std::optional<AuthState> state = stateOfColumn(index.column());
    if (!state) {
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == ActionColumn)
                return QString::fromStdString(row.action);
            return Texts::resourcePattern(row.pattern);
        case Qt::ToolTipRole:
            return QString::fromStdString(row.resource);
        case ChangedRole:
            for (AuthState s : allAuthStates) {
                if (beforeDecision(index.row(), s) != afterDecision(index.row(), s))
                    return true;
            }
            return false;
        default:
            return {};
        }
    }
    const Decision before = beforeDecision(index.row(), *state);
    const Decision after = afterDecision(index.row(), *state);
    const bool changed = before != after;
    switch (role) {
    case Qt::DisplayRole:
        return MatrixRenderer::transition(before, after);
    case Qt::ToolTipRole:
        return changed ? tr("%1 → %2").arg(Texts::decision(before), Texts::decision(after))
                       : tr("Unchanged: %1").arg(Texts::decision(after));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return QBrush(MatrixRenderer::decisionStyle(after, m_highContrast).background);
    case Qt::ForegroundRole:
        return QBrush(MatrixRenderer::decisionStyle(after, m_highContrast).foreground);
    case Qt::FontRole:
        if (changed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ChangedRole:
        return changed;
    case BeforeRole:
        return int(before);
    case AfterRole:
        return int(after);
    case AuthStateRole:
        return int(*state);
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (const std::optional<AuthState> state = stateOfColumn(section))
        return Texts::authState(*state);
    if (section == ActionColumn)
        return tr("Action");
    if (section == ResourceColumn)
        return tr("Resource");
    return {};
}

} // namespace mfapolicy
