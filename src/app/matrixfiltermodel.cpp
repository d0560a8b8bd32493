#include "matrixfiltermodel.h"

#include "decisionmatrixmodel.h"

namespace mfapolicy {

MatrixFilterModel::MatrixFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void MatrixFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_filter) {
    case AllRows:
        return true;
    case DifferingRows:
        return index.data(DecisionMatrixModel::DiffersRole).toBool();
    case MfaActions:
        return index.data(DecisionMatrixModel::MfaActionRole).toBool();
    }
    return true;
}

// Hidden rows can remove the first row of a group, so group starts are recomputed here.
QVariant MatrixFilterModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == DecisionMatrixModel::ActionColumn
        && (role == Qt::DisplayRole || role == DecisionMatrixModel::GroupStartRole)) {
        const QString action = QSortFilterProxyModel::data(index, DecisionMatrixModel::ActionRole).toString();
        const bool start = index.row() == 0
            || this->index(index.row() - 1, 0).data(DecisionMatrixModel::ActionRole).toString() != action;
        if (role == DecisionMatrixModel::GroupStartRole)
            return start;
        return start ? action : QString();
    }
    return QSortFilterProxyModel::data(index, role);
}

} // namespace mfapolicy
