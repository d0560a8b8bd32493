#pragma once

#include "policysource.h"
#include "scenario.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ScenarioPage;
}

namespace mfapolicy {

class ScenarioStepModel;

/// Simulates an enrollment flow against the user's policies, call by call, for administrators
/// (which call fails, with AWS's exact message) and for trainers (step through it).
class ScenarioPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPage(QWidget *parent = nullptr);
    ~ScenarioPage() override;

    /// The policies attached to the simulated user; the page keeps copies.
    void setPolicies(std::vector<PolicySource> sources);
    /// Account, user and path; the device name becomes the page's device name.
    void setIdentity(const SimulationIdentity &identity);
    void setFlow(EnrollmentFlow flow);
    void setSignedInWith(AuthState state);

    ScenarioOptions options() const;
    const ScenarioResult &result() const;
    ScenarioStepModel *model() const { return m_model; }
    int currentStep() const;

public Q_SLOTS:
    void setCurrentStep(int step);
    void nextStep();
    void previousStep();
    void setHighContrast(bool on);

Q_SIGNALS:
    /// The user clicked the statement that decided a call: the host shows it in the editor.
    void statementActivated(int policyIndex, int statementIndex);
    /// The step the trainer is at, so the host can highlight the matrix cell of that call.
    void currentStepChanged(const QString &action, const QString &resource, mfapolicy::AuthState state);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMessageFont();
    void fillCombos();
    void run();
    void updateStepControls();
    void onCellClicked(const QModelIndex &index);

    std::unique_ptr<Ui::ScenarioPage> m_ui;
    ScenarioStepModel *m_model = nullptr;
    std::vector<PolicySource> m_sources;
    SimulationIdentity m_identity;
};

} // namespace mfapolicy
