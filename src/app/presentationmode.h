#pragma once

#include <QDockWidget>
#include <QFont>
#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QMainWindow;

namespace mfapolicy {

class ScenarioPage;

/// Teaching mode for a main window: full screen, fonts scaled up, a high-contrast cell palette, the
/// legend of decision symbols always in view, and keyboard navigation through matrix cells or
/// scenario steps (arrows, and Page Up/Down as presentation remotes send). Leaving restores all.
class PresentationMode final : public QObject
{
    Q_OBJECT

public:
    explicit PresentationMode(QMainWindow *window);
    ~PresentationMode() override;

    bool isEnabled() const { return m_enabled; }
    qreal fontScale() const { return m_fontScale; }
    void setFontScale(qreal scale) { m_fontScale = scale; }
    /// When false (tests, screenshots), the window keeps its size instead of going full screen.
    void setFullScreenAllowed(bool allowed) { m_fullScreenAllowed = allowed; }

    /// The matrix view that arrows move through; it gets the focus when the mode starts.
    void setMatrixView(QAbstractItemView *view);
    /// The scenario page whose steps Page Up/Down (and arrows when it is shown) move through.
    void setScenarioPage(ScenarioPage *page);
    QDockWidget *legendDock() const { return m_legend.data(); }

public Q_SLOTS:
    void setEnabled(bool enabled);
    void toggle() { setEnabled(!m_enabled); }
    /// Hides `widget` until the mode ends (a dock the matrix needs the room of).
    void hideWhilePresenting(QWidget *widget);

Q_SIGNALS:
    /// Before the mode changes anything: what is to be restored afterwards is as the user left it.
    void aboutToEnable();
    void enabledChanged(bool enabled);
    /// Views hosting decisions switch their palette (ScenarioPage, ComparisonWidget, ExportDialog
    /// all have a matching slot).
    void highContrastChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void moveCurrentCell(int rows, int columns);
    void scaleEditors(qreal scale);

    QMainWindow *m_window;
    QPointer<QAbstractItemView> m_matrixView;
    QPointer<ScenarioPage> m_scenarioPage;
    QPointer<QDockWidget> m_legend; ///< the window owns it while the mode is on, this object otherwise
    bool m_enabled = false;
    bool m_fullScreenAllowed = true;
    qreal m_fontScale = 1.5;
    // What to restore.
    Qt::WindowStates m_windowStates;
    QFont m_font;
    bool m_hadOwnFont = false;
    /// The toolbar, the status bar and docks hidden for the mode, shown again when it ends.
    QList<QPointer<QWidget>> m_hiddenWhilePresenting;
    /// The docks' widths (left and right) or heights (top and bottom) before the larger fonts.
    struct DockSize {
        QPointer<QDockWidget> dock;
        Qt::DockWidgetArea area;
        int size;
    };
    QList<DockSize> m_dockSizes;
    void rememberDockSizes();
    void restoreDockSizes();
};

} // namespace mfapolicy
