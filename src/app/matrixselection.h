#pragma once

#include "matrix.h"

#include <QWidget>

#include <array>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace mfapolicy {

/// Chooses what a matrix export shows: rows by the matrix's filter (all rows, rows whose decisions
/// differ, MFA actions) and by action, and columns by sign-in state (with MFA, without MFA,
/// access keys). Starts with the filter the matrix view shows.
class MatrixSelection final : public QWidget
{
    Q_OBJECT
public:
    /// Same order as the matrix view's filter (MatrixFilterModel::Filter).
    enum RowFilter { AllRows, DifferingRows, MfaActions };

    explicit MatrixSelection(QWidget *parent = nullptr);

    /// The matrix (or the two of a comparison) rows are chosen from; every action starts checked.
    void setMatrices(const DecisionMatrix &matrix, const DecisionMatrix *after = nullptr);
    void setRowFilter(RowFilter filter);
    RowFilter rowFilter() const;
    /// Checks or unchecks one action; false when the matrix has no such action.
    bool setActionChecked(const QString &action, bool checked);
    void setStateChecked(AuthState state, bool checked);

    /// The rows shown, as indexes into the matrix's rows.
    std::vector<std::size_t> rows() const;
    /// `matrix` with only the rows shown.
    DecisionMatrix filtered(const DecisionMatrix &matrix) const;
    /// The sign-in states shown, in allAuthStates order; never empty.
    std::vector<AuthState> states() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool rowPasses(std::size_t row) const;
    void keepOneState(QCheckBox *unchecked);

    QComboBox *m_filter;
    QListWidget *m_actions;
    std::array<QCheckBox *, 3> m_states {};
    QLabel *m_rowsLabel;
    QLabel *m_columnsLabel;
    DecisionMatrix m_matrix;
    std::optional<DecisionMatrix> m_after;
};

} // namespace mfapolicy
