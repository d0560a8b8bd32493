#pragma once

#include "principal.h"
#include "scenario.h"

#include <QWidget>

#include <memory>

class QMenu;

namespace Ui {
class ScenarioPage;
}

namespace mfapolicy {

class ScenarioStepModel;

/// Simulates an enrollment flow for a principal (every layer decides), call by call, for
/// administrators (which call fails, which policy decided, with AWS's exact message) and for
/// trainers (step through it, export it as a handout).
class ScenarioPage final : public QWidget
{
    Q_OBJECT

public:
    enum class ExportFormat { Png, Pdf, Html, Markdown };

    explicit ScenarioPage(QWidget *parent = nullptr);
    ~ScenarioPage() override;

    /// The simulated user and every policy that decides its requests; the page keeps a copy.
    /// Its device name is the page's, except while the user is typing one in the page.
    void setPrincipal(const Principal &principal);
    void setFlow(EnrollmentFlow flow);
    void setSignedInWith(AuthState state);

    ScenarioOptions options() const;
    /// The principal the scenario ran on, with the page's device name.
    const Principal &principal() const;
    const ScenarioResult &result() const;
    ScenarioStepModel *model() const { return m_model; }
    int currentStep() const;

    QSize sizeHint() const override;

    /// Writes the scenario as a handout; false with `error` set when the file cannot be written.
    bool exportTo(ExportFormat format, const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void setCurrentStep(int step);
    void nextStep();
    void previousStep();
    void setHighContrast(bool on);

Q_SIGNALS:
    /// The user clicked the statement a step points at: the host shows it in the document that
    /// holds it, and the matrix cell of the step's call.
    void statementActivated(const mfapolicy::PrincipalPolicy &policy, int statement, const QString &action,
                            const QString &resource, mfapolicy::AuthState state);
    /// The step the trainer is at, so the host can highlight the matrix cell of that call.
    void currentStepChanged(const QString &action, const QString &resource, mfapolicy::AuthState state);
    /// The user typed a device name: the host makes it the one the matrix uses too.
    void deviceNameEdited(const QString &name);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyMessageFont();
    void fitMessage();
    void fitResourceColumn();
    /// The step whose refusal stopped the flow, else the first refused one, else -1.
    int stoppingStep() const;
    void fillCombos();
    void fillExportMenu();
    void run();
    void showResult();
    void updateStepControls();
    void onCellClicked(const QModelIndex &index);
    void exportAs(ExportFormat format);

    std::unique_ptr<Ui::ScenarioPage> m_ui;
    ScenarioStepModel *m_model = nullptr;
    QMenu *m_exportMenu = nullptr;
    Principal m_principal;
};

} // namespace mfapolicy
