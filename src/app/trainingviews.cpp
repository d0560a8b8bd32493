#include "trainingviews.h"

#include "policyanalysis.h"
#include "policytab.h"
#include "presentationlayout.h"
#include "presentationmode.h"
#include "principalnavigator.h"
#include "principalsetup.h"
#include "scenariopage.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalBlocker>
#include <QTableView>

#include <algorithm>

namespace mfapolicy {

TrainingViews::TrainingViews(QMainWindow *window, QAction *scenarioAction, QAction *presentationAction,
                             PrincipalSetup *principal, PrincipalNavigator *navigator,
                             std::function<PolicyTab *()> currentTab)
    : QObject(window)
    , m_window(window)
    , m_principal(principal)
    , m_navigator(navigator)
    , m_currentTab(std::move(currentTab))
{
    setupScenario(scenarioAction);
    setupPresentation(presentationAction);
    retranslate();
}

TrainingViews::~TrainingViews()
{
    // Hiding the dock while the window is torn down must not reach the handlers.
    m_dock->disconnect(this);
}

void TrainingViews::setupScenario(QAction *scenarioAction)
{
    m_page = new ScenarioPage(m_window);
    m_page->setObjectName(QStringLiteral("scenarioPage"));
    m_dock = new QDockWidget(m_window);
    m_dock->setObjectName(QStringLiteral("scenarioDock"));
    m_dock->setWidget(m_page);
    m_dock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    // Below the tabs: beside them it would take the width the matrix's decision columns need.
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    connect(scenarioAction, &QAction::toggled, m_dock, &QDockWidget::setVisible);
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this, scenarioAction](bool visible) {
        if (!m_dock->isHidden() != scenarioAction->isChecked())
            scenarioAction->setChecked(!m_dock->isHidden());
        if (visible)
            updateScenario();
    });
    connect(m_page, &ScenarioPage::statementActivated, this,
            [this](const PrincipalPolicy &policy, int statement, const QString &action, const QString &resource,
                   AuthState state) {
                m_navigator->showStatement(policy, std::size_t(statement), action, resource, state);
            });
    // One device name for the scenario and the matrix.
    connect(m_page, &ScenarioPage::deviceNameEdited, this, [this](const QString &name) {
        SimulationIdentity identity = m_principal->identity();
        identity.deviceName = name.toStdString();
        m_principal->setIdentity(identity);
    });
    connect(m_principal, &PrincipalSetup::changed, this, &TrainingViews::updateScenario);
    connect(m_page, &ScenarioPage::currentStepChanged, this,
            [this](const QString &action, const QString &resource, AuthState state) {
                if (PolicyTab *tab = m_currentTab())
                    tab->selectMatrixCell(action, resource, state);
            });
}

void TrainingViews::setupPresentation(QAction *presentationAction)
{
    m_presentation = new PresentationMode(m_window);
    m_presentation->setScenarioPage(m_page);
    // The legend goes below the scenario, not beside it: side by side, the two would ask for more
    // than the width of a projector's screen. A hidden dock keeps its place, so the legend is put
    // below it before it shows.
    const auto stackLegend = [this] {
        if (m_presentation->isEnabled() && !m_dock->isFloating()
            && m_window->dockWidgetArea(m_dock) == Qt::BottomDockWidgetArea) {
            const QSignalBlocker blocker(m_dock);
            m_window->splitDockWidget(m_dock, m_presentation->legendDock(), Qt::Vertical);
            // With the larger font the scenario shows the current step (it follows the steps), and
            // the tabs keep the height for the matrix.
            m_window->resizeDocks({m_dock}, {std::max(m_dock->minimumSizeHint().height(), m_window->height() * 2 / 5)},
                                  Qt::Vertical);
        }
    };
    connect(m_presentation, &PresentationMode::enabledChanged, this, stackLegend);
    connect(m_dock, &QDockWidget::visibilityChanged, this, stackLegend);
    // Measured once the docks have their new sizes.
    m_layout = new PresentationLayout(this);
    connect(m_presentation, &PresentationMode::enabledChanged, this, &TrainingViews::updateLayout,
            Qt::QueuedConnection);
    connect(m_dock, &QDockWidget::visibilityChanged, this, &TrainingViews::updateLayout, Qt::QueuedConnection);
    connect(presentationAction, &QAction::toggled, m_presentation, &PresentationMode::setEnabled);
    connect(m_presentation, &PresentationMode::enabledChanged, presentationAction, &QAction::setChecked);
    connect(m_presentation, &PresentationMode::highContrastChanged, this, &TrainingViews::highContrastChanged);
}

void TrainingViews::retranslate()
{
    m_dock->setWindowTitle(tr("Enrollment scenario"));
}

void TrainingViews::setHighContrast(bool on)
{
    m_page->setHighContrast(on);
}

void TrainingViews::leaveTab()
{
    m_layout->release();
}

void TrainingViews::showTab(PolicyTab *tab)
{
    m_presentation->setMatrixView(tab ? tab->matrixView() : nullptr);
    updateScenario();
    updateLayout();
}

void TrainingViews::updateScenario()
{
    PolicyTab *tab = m_currentTab();
    if ((tab && !tab->analysis()) || m_dock->isHidden())
        return;
    m_page->setPrincipal(tab ? tab->analysis()->principal.principal : m_principal->principal());
}

void TrainingViews::updateLayout()
{
    PolicyTab *tab = m_currentTab();
    const bool presenting = m_presentation->isEnabled() && m_dock->isVisible() && !m_dock->isFloating();
    m_layout->update(tab, tab ? tab->matrixView() : nullptr, presenting);
}

} // namespace mfapolicy
