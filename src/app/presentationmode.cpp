#include "presentationmode.h"

#include "decisiondelegate.h"
#include "policyeditor.h"
#include "scenariopage.h"
#include "studiopalette.h"
#include "texts.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMainWindow>
#include <QPainter>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace mfapolicy {

namespace {

QList<QWidget *> barsOf(QMainWindow *window)
{
    QList<QWidget *> bars;
    for (QToolBar *toolBar : window->findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        bars.append(toolBar);
    if (auto *status = window->findChild<QStatusBar *>(QString(), Qt::FindDirectChildrenOnly))
        bars.append(status);
    return bars;
}

// A decision as the matrix shows it: the symbol DecisionDelegate paints, then the word.
class LegendChip final : public QLabel
{
public:
    LegendChip(Decision decision, QWidget *parent) : QLabel(parent), m_decision(decision) { makeRoom(); }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange)
            makeRoom();
    }

    void paintEvent(QPaintEvent *event) override
    {
        const int symbol = fontMetrics().height();
        QLabel::paintEvent(event);
        QPainter painter(this);
        const QRectF box(margin() + 2, (height() - symbol) / 2.0, symbol, symbol);
        DecisionDelegate::paintSymbol(&painter, box, int(m_decision), palette().color(QPalette::WindowText),
                                      palette().color(QPalette::Window));
    }

private:
    // The word starts after the symbol, which is as tall as the text.
    void makeRoom() { setIndent(fontMetrics().height() + 8); }

    Decision m_decision;
};

} // namespace

PresentationMode::PresentationMode(QMainWindow *window) : QObject(window), m_window(window)
{
    // Without a parent until the mode starts: QMainWindow::restoreState adds every dock widget
    // it finds among the window's children, which would bring the legend back with the layout.
    m_legend = new QDockWidget;
    m_legend->setObjectName(QStringLiteral("presentationLegendDock"));
    m_legend->setFeatures(QDockWidget::NoDockWidgetFeatures);
    auto *content = new QWidget(m_legend);
    auto *layout = new QHBoxLayout(content);
    // One row: the title is the row's first word, not a title bar above it, so that a projector's
    // few lines go to the matrix and the scenario.
    auto *title = new QLabel(content);
    title->setObjectName(QStringLiteral("legendTitle"));
    layout->addWidget(title);
    for (Decision decision : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
        const DecisionStyle style = StudioPalette::decision(decision, StudioPalette::Variant::HighContrast);
        auto *label = new LegendChip(decision, content);
        label->setObjectName(QStringLiteral("legend-") + Texts::decisionId(decision));
        label->setAutoFillBackground(true);
        QPalette palette = label->palette();
        palette.setColor(QPalette::Window, style.background);
        palette.setColor(QPalette::WindowText, style.foreground);
        label->setPalette(palette);
        label->setMargin(6);
        layout->addWidget(label);
    }
    layout->addStretch();
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_legend->setWidget(content);
    m_legend->setTitleBarWidget(new QWidget(m_legend));
    m_legend->hide();
    m_legend->installEventFilter(this);
    // Closing the window in presentation mode must not save its full screen, fonts or legend.
    m_window->installEventFilter(this);
    retranslate();
}

void PresentationMode::retranslate()
{
    m_legend->setWindowTitle(tr("Legend"));
    if (auto *title = m_legend->findChild<QLabel *>(QStringLiteral("legendTitle")))
        title->setText(tr("Legend:"));
    for (Decision decision : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
        if (auto *label = m_legend->findChild<QLabel *>(QStringLiteral("legend-") + Texts::decisionId(decision)))
            label->setText(Texts::decision(decision));
    }
}

PresentationMode::~PresentationMode()
{
    if (qApp)
        qApp->removeEventFilter(this);
    if (m_legend && !m_legend->parent())
        delete m_legend;
}

void PresentationMode::setMatrixView(QAbstractItemView *view)
{
    m_matrixView = view;
}

void PresentationMode::setScenarioPage(ScenarioPage *page)
{
    m_scenarioPage = page;
}

void PresentationMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    if (enabled)
        Q_EMIT aboutToEnable();
    m_enabled = enabled;
    if (enabled) {
        m_windowStates = m_window->windowState();
        rememberDockSizes();
        m_hadOwnFont = m_window->testAttribute(Qt::WA_SetFont);
        m_font = m_window->font();
        // Children that did not set a font of their own inherit the larger one.
        QFont large = m_font;
        if (large.pointSizeF() > 0)
            large.setPointSizeF(large.pointSizeF() * m_fontScale);
        else
            large.setPixelSize(qRound(large.pixelSize() * m_fontScale));
        m_window->setFont(large);
        scaleEditors(m_fontScale);
        m_window->addDockWidget(Qt::BottomDockWidgetArea, m_legend);
        m_legend->show();
        // A class needs neither the toolbar nor the status bar; their lines go to the matrix.
        m_hiddenWhilePresenting.clear();
        for (QWidget *bar : barsOf(m_window)) {
            if (!bar->isHidden()) {
                bar->hide();
                m_hiddenWhilePresenting.append(bar);
            }
        }
        if (m_fullScreenAllowed)
            m_window->setWindowState(m_windowStates | Qt::WindowFullScreen);
        qApp->installEventFilter(this);
        if (m_matrixView && m_matrixView->isVisible())
            m_matrixView->setFocus();
    } else {
        qApp->removeEventFilter(this);
        m_window->setFont(m_hadOwnFont ? m_font : QFont());
        scaleEditors(1.0);
        m_window->removeDockWidget(m_legend);
        m_legend->hide();
        for (QWidget *bar : std::as_const(m_hiddenWhilePresenting)) {
            if (bar)
                bar->show();
        }
        m_hiddenWhilePresenting.clear();
        m_legend->setParent(nullptr);
        if (m_fullScreenAllowed)
            m_window->setWindowState(m_windowStates);
        restoreDockSizes();
    }
    Q_EMIT highContrastChanged(enabled);
    Q_EMIT enabledChanged(enabled);
}

void PresentationMode::hideWhilePresenting(QWidget *widget)
{
    if (!m_enabled || !widget || widget->isHidden())
        return;
    widget->hide();
    m_hiddenWhilePresenting.append(widget);
}

void PresentationMode::rememberDockSizes()
{
    m_dockSizes.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
        const Qt::DockWidgetArea area = m_window->dockWidgetArea(dock);
        if (dock == m_legend || dock->isHidden() || dock->isFloating() || area == Qt::NoDockWidgetArea)
            continue;
        const bool beside = area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea;
        m_dockSizes.append({dock, area, beside ? dock->width() : dock->height()});
    }
}

// The larger fonts made the docks wider or taller; with the usual fonts back they return to the
// sizes the user had, once the window has laid itself out again.
void PresentationMode::restoreDockSizes()
{
    QTimer::singleShot(0, this, [this, sizes = std::exchange(m_dockSizes, {})] {
        if (m_enabled)
            return;
        QList<QDockWidget *> beside, across;
        QList<int> besideSizes, acrossSizes;
        for (const DockSize &size : sizes) {
            if (!size.dock || size.dock->isHidden() || size.dock->isFloating()
                || m_window->dockWidgetArea(size.dock) != size.area)
                continue;
            const bool horizontal = size.area == Qt::LeftDockWidgetArea || size.area == Qt::RightDockWidgetArea;
            (horizontal ? beside : across).append(size.dock);
            (horizontal ? besideSizes : acrossSizes).append(size.size);
        }
        if (!beside.isEmpty())
            m_window->resizeDocks(beside, besideSizes, Qt::Horizontal);
        if (!across.isEmpty())
            m_window->resizeDocks(across, acrossSizes, Qt::Vertical);
    });
}

// The editors set a font of their own (the fixed one, zoomed), so they do not inherit the
// window's larger font: they are told.
void PresentationMode::scaleEditors(qreal scale)
{
    for (PolicyEditor *editor : m_window->findChildren<PolicyEditor *>())
        editor->setFontScale(scale);
}

void PresentationMode::moveCurrentCell(int rows, int columns)
{
    QAbstractItemModel *model = m_matrixView->model();
    if (!model || model->rowCount() == 0 || model->columnCount() == 0)
        return;
    QModelIndex current = m_matrixView->currentIndex();
    if (!current.isValid())
        current = model->index(0, 0);
    const int row = std::clamp(current.row() + rows, 0, model->rowCount() - 1);
    const int column = std::clamp(current.column() + columns, 0, model->columnCount() - 1);
    m_matrixView->setCurrentIndex(model->index(row, column));
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_legend && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == m_window && event->type() == QEvent::Close && m_enabled)
        setEnabled(false);
    if (event->type() != QEvent::KeyPress || !m_window->isActiveWindow())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return QObject::eventFilter(watched, event);
    switch (key->key()) {
    case Qt::Key_Escape:
        // A completion list or a menu closes first; Escape leaves the mode only after.
        if (QApplication::activePopupWidget() || QApplication::activeModalWidget())
            break;
        setEnabled(false);
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
        if (m_scenarioPage && m_scenarioPage->isVisible()
            && !qobject_cast<QPlainTextEdit *>(QApplication::focusWidget())) {
            key->key() == Qt::Key_PageDown ? m_scenarioPage->nextStep() : m_scenarioPage->previousStep();
            return true;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Arrows drive the matrix or the scenario only where the focus is in it: in the editor,
        // the find bar or the identity form they move the cursor as always.
        const bool forward = key->key() == Qt::Key_Right || key->key() == Qt::Key_Down;
        QWidget *focus = QApplication::focusWidget();
        auto focusIn = [focus](QWidget *w) { return w && focus && (focus == w || w->isAncestorOf(focus)); };
        if (m_scenarioPage && m_scenarioPage->isVisible() && focusIn(m_scenarioPage)) {
            forward ? m_scenarioPage->nextStep() : m_scenarioPage->previousStep();
            return true;
        }
        if (m_matrixView && m_matrixView->isVisible() && focusIn(m_matrixView)) {
            const bool vertical = key->key() == Qt::Key_Up || key->key() == Qt::Key_Down;
            moveCurrentCell(vertical ? (forward ? 1 : -1) : 0, vertical ? 0 : (forward ? 1 : -1));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace mfapolicy
