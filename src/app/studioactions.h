#pragma once

#include "helpwindow.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;

namespace mfapolicy {

class PolicyEditor;

/// The editing, view and help commands a main window offers besides its own: format and join the
/// document, word wrap, zoom, the cursor's line and column in the status bar, and F1 help.
class StudioActions final : public QObject
{
    Q_OBJECT
public:
    using CurrentEditor = std::function<PolicyEditor *()>;
    StudioActions(QMainWindow *window, QMenu *editMenu, QMenu *viewMenu, QMenu *helpMenu, CurrentEditor current);
    ~StudioActions() override;

    QAction *formatAction() const { return m_format; }
    QAction *compactAction() const { return m_compact; }
    QAction *wordWrapAction() const { return m_wordWrap; }
    QAction *helpAction() const { return m_help; }
    HelpWindow *helpWindow() const { return m_helpWindow; }
    void showHelp(const QString &topic = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void relayout(bool indented);
    void track(PolicyEditor *editor);
    void updatePosition();

    QMainWindow *m_window;
    CurrentEditor m_current;
    QAction *m_format = nullptr;
    QAction *m_compact = nullptr;
    QAction *m_wordWrap = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_help = nullptr;
    QLabel *m_position = nullptr;
    QPointer<PolicyEditor> m_tracked;
    QPointer<HelpWindow> m_helpWindow;
};

} // namespace mfapolicy
