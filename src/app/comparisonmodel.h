#pragma once

#include "matrix.h"

#include <QAbstractTableModel>

#include <optional>

namespace mfapolicy {

/// Two decision matrices cell by cell: every cell shows "before → after", changed cells stand out.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ResourceColumn, MfaSessionColumn, NoMfaColumn, AccessKeyColumn, ColumnCount };
    enum Role {
        ChangedRole = Qt::UserRole, ///< bool: the decision differs (state columns), any cell of the row (others)
        BeforeRole, ///< int(Decision)
        AfterRole, ///< int(Decision)
        AuthStateRole, ///< int(AuthState) of a state column
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    /// Both matrices must be computed for the same identity (rows are matched by action and pattern).
    void setMatrices(const DecisionMatrix &before, const DecisionMatrix &after);
    void setHighContrast(bool on);
    const DecisionMatrix &before() const { return m_before; }
    const DecisionMatrix &after() const { return m_after; }
    int changedCellCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static std::optional<AuthState> stateOfColumn(int column);

private:
    Decision beforeDecision(int row, AuthState state) const;
    Decision afterDecision(int row, AuthState state) const;

    DecisionMatrix m_before;
    DecisionMatrix m_after;
    std::vector<int> m_beforeRow; ///< per row of `after`: the matching row of `before`, or -1
    bool m_highContrast = false;
};

} // namespace mfapolicy
