#pragma once

#include "scenario.h"

#include <QAbstractTableModel>

#include <vector>

namespace mfapolicy {

/// The calls of one enrollment scenario, one row each, with the step the trainer is at.
class ScenarioStepModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StepColumn, CallColumn, ResourceColumn, DecisionColumn, StatementColumn, ColumnCount };
    enum Role {
        DecisionRole = Qt::UserRole, ///< int(Decision)
        PolicyIndexRole, ///< index of the deciding statement's policy, -1 when none
        StatementIndexRole, ///< index of the deciding statement, -1 when none
        AccessDeniedRole, ///< AWS's English AccessDenied text, "" when allowed
        ActionRole,
        ResourceRole,
        AuthStateRole, ///< int(AuthState) the call is signed with
        ReachedRole, ///< false for calls after the flow stopped
    };

    explicit ScenarioStepModel(QObject *parent = nullptr);

    /// `policies` must be the ones the scenario ran against; only names and Sids are read here.
    void setResult(const ScenarioResult &result, std::span<const Policy *const> policies);
    const ScenarioResult &result() const { return m_result; }
    const ScenarioStep *step(int row) const;

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
        QString statement;
        int policy = -1;
        int statementIndex = -1;
        bool reached = true;
    };
    ScenarioResult m_result;
    std::vector<Row> m_rows;
    int m_current = -1;
    bool m_highContrast = false;
};

} // namespace mfapolicy
