#pragma once

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;

namespace mfapolicy {

class PolicyTab;
class PresentationLayout;
class PresentationMode;
class PrincipalNavigator;
class PrincipalSetup;
class ScenarioPage;

/// What a trainer shows a class in the main window: the enrollment scenario in a dock below the
/// tabs, and presentation mode with its legend and the room it gives the matrix.
class TrainingViews final : public QObject
{
    Q_OBJECT

public:
    /// `scenarioAction` shows the scenario, `presentationAction` the presentation mode;
    /// `currentTab` is the tab the window shows (nullptr: none).
    TrainingViews(QMainWindow *window, QAction *scenarioAction, QAction *presentationAction, PrincipalSetup *principal,
                  PrincipalNavigator *navigator, std::function<PolicyTab *()> currentTab);
    ~TrainingViews() override;

    ScenarioPage *scenarioPage() const { return m_page; }
    QDockWidget *scenarioDock() const { return m_dock; }
    PresentationMode *presentation() const { return m_presentation; }

    void retranslate();
    void setHighContrast(bool on);
    /// Before the window shows another tab: the tab left behind gets its room back.
    void leaveTab();
    /// The window shows `tab` now (or no tab).
    void showTab(PolicyTab *tab);
    /// The scenario runs on the principal the current document's matrix is of (the Principal
    /// panel's, the document in it as edited), or on the panel's alone without a document; while
    /// its dock is hidden it waits.
    void updateScenario();

Q_SIGNALS:
    void highContrastChanged(bool on);

private:
    void setupScenario(QAction *scenarioAction);
    void setupPresentation(QAction *presentationAction);
    void updateLayout();

    QMainWindow *m_window;
    PrincipalSetup *m_principal;
    PrincipalNavigator *m_navigator;
    std::function<PolicyTab *()> m_currentTab;
    ScenarioPage *m_page = nullptr;
    QDockWidget *m_dock = nullptr;
    PresentationMode *m_presentation = nullptr;
    PresentationLayout *m_layout = nullptr;
};

} // namespace mfapolicy
