#pragma once

#include "principal.h"
#include "scenario.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace mfapolicy {

/// The calls of one enrollment scenario of a principal, one row each, with the step the trainer
/// is at. Its words are the ones the command line and the exports use (ScenarioFormatter).
class ScenarioStepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, CallColumn, ResourceColumn, DecisionColumn, StatementColumn, ColumnCount };
    enum Role {
        DecisionRole = Qt::UserRole, ///< int(Decision)
        StatementIndexRole, ///< index of the statement the step points at (see pointedStatement), -1 when none
        AccessDeniedRole, ///< AWS's English AccessDenied text, "" when allowed
        ActionRole,
        ResourceRole,
        AuthStateRole, ///< int(AuthState) the call is signed with
        ReachedRole, ///< false for calls after the flow stopped
        NonBlockingRole, ///< "Not required: the flow goes on." for a denied step the flow does not need
    };

    explicit ScenarioStepModel(QObject *parent = nullptr);

    /// `result` must be runScenario(principal, ...).
    void setResult(const Principal &principal, const ScenarioResult &result);
    const ScenarioResult &result() const { return m_result; }
    const Principal &principal() const { return m_principal; }
    const ScenarioStep *step(int row) const;
    /// The statement to show for a row: the deciding one, or for an implicit deny the Allow that
    /// covers the call but not this request. nullopt when there is none.
    std::optional<PrincipalStatementRef> pointedStatement(int row) const;
    /// Rebuilds the texts in the current language.
    void retranslate();

    int currentStep() const { return m_current; }
    /// -1 for none; the row is highlighted.
    void setCurrentStep(int row);
    void setHighContrast(bool on);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString title; ///< "N. Step", with the non-blocking note or the outcome below
        QString decidedBy;
        QString nonBlocking;
        std::optional<PrincipalStatementRef> pointed;
        bool reached = true;
    };
    void fillRows();

    Principal m_principal;
    ScenarioResult m_result;
    std::vector<Row> m_rows;
    int m_current = -1;
    bool m_highContrast = false;
};

} // namespace mfapolicy
