#include "presentationlayout.h"

#include "policytab.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>

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

} // namespace

PresentationLayout::PresentationLayout(QObject *parent) : QObject(parent) { }

void PresentationLayout::update(PolicyTab *tab, QTableView *matrix, bool presenting)
{
    if (m_tab && (!presenting || m_tab != tab))
        release();
    // Once taken, the room stays with the matrix until the presentation of the scenario ends:
    // judged again after every resize, the editor would come and go.
    if (!presenting || !tab || !matrix || m_tab == tab)
        return;
    auto *editorSplitter = tab->findChild<QSplitter *>(QStringLiteral("editorSplitter"));
    auto *verticalSplitter = tab->findChild<QSplitter *>(QStringLiteral("verticalSplitter"));
    if (!editorSplitter || !verticalSplitter || editorSplitter->count() < 2 || verticalSplitter->count() < 2)
        return;
    // The editor is the first widget of its splitter, the matrix the second; the findings are
    // below them. The splitters keep their widgets' minimum sizes, so the widgets are hidden.
    if (!columnsFit(matrix))
        m_hidden.append(editorSplitter->widget(0));
    if (!rowsFit(matrix))
        m_hidden.append(verticalSplitter->widget(1));
    if (m_hidden.isEmpty())
        return;
    m_tab = tab;
    m_editorState = editorSplitter->saveState();
    m_verticalState = verticalSplitter->saveState();
    for (QWidget *widget : std::as_const(m_hidden))
        widget->hide();
}

void PresentationLayout::release()
{
    for (QWidget *widget : std::as_const(m_hidden))
        if (widget)
            widget->show();
    m_hidden.clear();
    if (m_tab)
        m_tab->restoreSplitters(m_editorState, m_verticalState);
    m_tab = nullptr;
    m_editorState.clear();
    m_verticalState.clear();
}

} // namespace mfapolicy
