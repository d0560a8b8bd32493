#include "studioactions.h"

#include "helpwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "settings.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QTextBlock>

namespace mfapolicy {

StudioActions::StudioActions(QMainWindow *window, QMenu *editMenu, QMenu *viewMenu, QMenu *helpMenu,
                             CurrentEditor current)
    : QObject(window), m_window(window), m_current(std::move(current))
{
    auto make = [this](const char *name, QMenu *menu) {
        auto *action = new QAction(m_window);
        action->setObjectName(QLatin1String(name));
        menu->addAction(action);
        return action;
    };
    editMenu->addSeparator();
    m_format = make("actionFormatDocument", editMenu);
    m_format->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_compact = make("actionJoinLines", editMenu);
    viewMenu->addSeparator();
    m_wordWrap = make("actionWordWrap", viewMenu);
    m_wordWrap->setCheckable(true);
    m_wordWrap->setChecked(Settings::instance().wordWrap());
    m_wordWrap->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Z));
    m_zoomIn = make("actionZoomIn", viewMenu);
    // Ctrl+= as well, since Plus needs Shift on most keyboards.
    m_zoomIn->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = make("actionZoomOut", viewMenu);
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_zoomReset = make("actionZoomReset", viewMenu);
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // Where the platform has no standard key for these, the usual ones.
    const std::pair<const char *, QKeySequence> fallbacks[] = {
        {"actionSaveAs", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {"actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma)},
    };
    for (const auto &[name, key] : fallbacks) {
        if (auto *action = m_window->findChild<QAction *>(QLatin1String(name)); action && action->shortcut().isEmpty())
            action->setShortcut(key);
    }
    m_help = new QAction(m_window);
    m_help->setObjectName(QStringLiteral("actionHelp"));
    m_help->setShortcuts(QKeySequence::HelpContents);
    if (m_help->shortcuts().isEmpty())
        m_help->setShortcut(QKeySequence(Qt::Key_F1));
    m_help->setIcon(QIcon::fromTheme(QStringLiteral("help-contents")));
    helpMenu->insertAction(helpMenu->actions().value(0), m_help);

    connect(m_format, &QAction::triggered, this, [this] { relayout(true); });
    connect(m_compact, &QAction::triggered, this, [this] { relayout(false); });
    connect(m_wordWrap, &QAction::toggled, this, [](bool on) { Settings::instance().setWordWrap(on); });
    connect(&Settings::instance(), &Settings::editorFontChanged, this,
            [this] { m_wordWrap->setChecked(Settings::instance().wordWrap()); });
    connect(m_zoomIn, &QAction::triggered, this, [] { PolicyEditor::zoomBy(1); });
    connect(m_zoomOut, &QAction::triggered, this, [] { PolicyEditor::zoomBy(-1); });
    connect(m_zoomReset, &QAction::triggered, this, [] { PolicyEditor::resetZoom(); });
    connect(m_help, &QAction::triggered, this, [this] { showHelp(); });

    m_position = new QLabel(m_window);
    m_position->setObjectName(QStringLiteral("cursorPositionLabel"));
    m_window->statusBar()->addPermanentWidget(m_position);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (auto *editor = qobject_cast<PolicyEditor *>(now); editor && editor->window() == m_window)
            track(editor);
    });
    m_window->installEventFilter(this);
    retranslate();
}

StudioActions::~StudioActions() = default;

bool StudioActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void StudioActions::retranslate()
{
    m_format->setText(tr("F&ormat Document"));
    m_format->setStatusTip(tr("Lay the policy out as the AWS console does: four spaces, members in their order"));
    m_compact->setText(tr("&Join into One Line"));
    m_compact->setStatusTip(tr("Write the whole policy on one line, as the AWS CLI accepts it"));
    m_wordWrap->setText(tr("&Word Wrap"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Reset Zoom"));
    m_help->setText(tr("MFA Policy Studio &Help"));
    updatePosition();
}

void StudioActions::relayout(bool indented)
{
    PolicyEditor *editor = m_current ? m_current() : nullptr;
    if (!editor)
        return;
    QString error;
    if (!(indented ? editor->formatDocument(&error) : editor->compactDocument(&error)))
        MessageBox::warning(m_window, indented ? tr("Cannot format the document") : tr("Cannot join the document"),
                            error);
}

void StudioActions::track(PolicyEditor *editor)
{
    if (m_tracked == editor)
        return;
    if (m_tracked)
        disconnect(m_tracked, nullptr, this, nullptr);
    m_tracked = editor;
    connect(editor, &PolicyEditor::cursorPositionChanged, this, &StudioActions::updatePosition);
    connect(editor, &QObject::destroyed, this, &StudioActions::updatePosition, Qt::QueuedConnection);
    updatePosition();
}

void StudioActions::updatePosition()
{
    if (!m_tracked) {
        m_position->clear();
        return;
    }
    const QTextCursor c = m_tracked->textCursor();
    m_position->setText(tr("Line %1, Column %2").arg(c.blockNumber() + 1).arg(c.positionInBlock() + 1));
}

void StudioActions::showHelp(const QString &topic)
{
    if (!m_helpWindow) {
        m_helpWindow = new HelpWindow(m_window);
        m_helpWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_helpWindow->showTopic(topic);
    m_helpWindow->show();
    m_helpWindow->raise();
    m_helpWindow->activateWindow();
}

} // namespace mfapolicy
