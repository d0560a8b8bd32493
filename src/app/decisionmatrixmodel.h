#pragma once

#include "matrix.h"

#include <QAbstractTableModel>
#include <QSet>

#include <array>

#include <optional>

namespace mfapolicy {

/// The decision matrix as a table: one row per action × resource pattern, one column per way
/// the request is signed. Decision columns expose the decision by role for the delegate.
class DecisionMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ActionColumn, ResourceColumn, MfaSessionColumn, NoMfaColumn, AccessKeyColumn, ColumnCount };
    enum Role {
        DecisionRole = Qt::UserRole, ///< int(CellDecision) for decision columns (Undetermined after Decision's)
        ActionRole, ///< action name on every row (display shows it once per group)
        DiffersRole, ///< the three decisions of the row are not all equal
        MfaActionRole, ///< the action is part of MFA self-service
        GroupStartRole, ///< first row of its action's group
        MarkedRole, ///< decided by the statement the editor cursor is in
        ResourceArnRole, ///< the ARN that was evaluated
    };

    explicit DecisionMatrixModel(QObject *parent = nullptr);

    void setMatrix(std::optional<DecisionMatrix> matrix);
    const std::optional<DecisionMatrix> &matrix() const { return m_matrix; }
    /// Cells whose deciding statements include this statement get MarkedRole.
    void setMarkedStatement(std::optional<StatementRef> statement);
    /// What decided each cell of a principal's matrix, per row like the matrix: a short tag shown
    /// after the decision (empty for the identity layer) and a sentence for the tooltip.
    struct CellNote {
        QString tag;
        QString decidedBy;
    };
    void setCellNotes(std::vector<std::array<CellNote, 3>> notes);

    static std::optional<AuthState> stateForColumn(int column);
    /// The column title of a state, its qualifier on a second line.
    static QString headerTitle(AuthState state);
    const MatrixRow *row(int row) const;
    /// The cell's evaluation; its decision means nothing when Evaluation::indeterminate is set.
    const Evaluation *evaluation(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isMarked(const MatrixRow &row, int stateIndex) const;
    std::optional<DecisionMatrix> m_matrix;
    std::optional<StatementRef> m_marked;
    std::vector<std::array<CellNote, 3>> m_notes;
};

} // namespace mfapolicy
