#include "presentationlayout.h"

#include <QEvent>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

namespace mfapolicy {

namespace {

bool columnsFit(const QTableView *matrix)
{
    return matrix->horizontalHeader()->length() <= matrix->viewport()->width();
}

// A class follows a step in the matrix when a few rows of it are in view at once.
bool rowsFit(const QTableView *matrix)
{
    return matrix->viewport()->height() >= 5 * matrix->verticalHeader()->defaultSectionSize();
}

// The matrix keeps its columns by squeezing the editor (MatrixPane::fitWidth); a sliver of an
// editor shows a class nothing.
bool editorReadable(const QWidget *editor)
{
    return editor->width() >= 30 * editor->fontMetrics().averageCharWidth();
}

} // namespace

PresentationLayout::PresentationLayout(QSplitter *editorSplitter, QSplitter *verticalSplitter, QTableView *matrix,
                                       QObject *parent)
    : QObject(parent), m_editorSplitter(editorSplitter), m_verticalSplitter(verticalSplitter), m_matrix(matrix)
{ }

void PresentationLayout::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    if (presenting) {
        // The user's layout, taken before presentation mode's larger fonts and docks move anything.
        m_editorState = m_editorSplitter->saveState();
        m_verticalState = m_verticalSplitter->saveState();
        // The docks and the full screen take their sizes in the event loop: the matrix is measured
        // after them, and again whenever its view changes size until the room is given.
        m_matrix->viewport()->installEventFilter(this);
        scheduleMeasure();
        return;
    }
    m_matrix->viewport()->removeEventFilter(this);
    if (m_gaveRoom) {
        m_editorSplitter->widget(0)->show();
        m_verticalSplitter->widget(1)->show();
        m_editorSplitter->restoreState(m_editorState);
        m_verticalSplitter->restoreState(m_verticalState);
    }
    m_gaveRoom = false;
    m_editorState.clear();
    m_verticalState.clear();
}

QByteArray PresentationLayout::editorSplitterState() const
{
    return gaveRoom() ? m_editorState : m_editorSplitter->saveState();
}

QByteArray PresentationLayout::verticalSplitterState() const
{
    return gaveRoom() ? m_verticalState : m_verticalSplitter->saveState();
}

bool PresentationLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize)
        scheduleMeasure();
    return QObject::eventFilter(watched, event);
}

void PresentationLayout::scheduleMeasure()
{
    if (m_measureScheduled)
        return;
    m_measureScheduled = true;
    // The timer belongs to this object: it never fires after the tab is gone.
    QTimer::singleShot(0, this, [this] {
        m_measureScheduled = false;
        measure();
    });
}

void PresentationLayout::measure()
{
    if (!m_presenting || !m_matrix->isVisible() || m_editorSplitter->count() < 2 || m_verticalSplitter->count() < 2)
        return;
    QWidget *editor = m_editorSplitter->widget(0);
    if (editor->isHidden() && !columnsFit(m_matrix))
        Q_EMIT matrixNeedsRoom();
    if (!columnsFit(m_matrix) || !editorReadable(editor))
        hide(editor);
    if (!rowsFit(m_matrix))
        hide(m_verticalSplitter->widget(1));
}

// The splitters keep their widgets' minimum sizes, so the widgets are hidden rather than shrunk.
void PresentationLayout::hide(QWidget *widget)
{
    if (widget->isHidden())
        return;
    m_gaveRoom = true;
    widget->hide();
}

} // namespace mfapolicy
