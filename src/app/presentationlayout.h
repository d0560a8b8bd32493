#pragma once

#include <QByteArray>
#include <QObject>

class QSplitter;
class QTableView;
class QWidget;

namespace mfapolicy {

/// The room of one policy tab in presentation mode. Where the matrix's decision columns do not fit
/// beside a readable editor (a projector at 1024×768, the Principal panel open), the editor gives
/// its room to the matrix; where fewer than five of its rows are in view (the scenario open), the
/// findings do: the class follows the matrix, the scenario and AWS's message. Once
/// given, the room stays with the matrix until the presentation ends (judged again on every
/// resize, the editor would come and go); then the tab looks as the user left it.
///
/// Owned by the tab, it only touches the tab's own widgets.
class PresentationLayout final : public QObject
{
    Q_OBJECT

public:
    /// `editorSplitter` holds the editor and then the matrix's pane; `verticalSplitter` holds
    /// `editorSplitter` and then the findings.
    PresentationLayout(QSplitter *editorSplitter, QSplitter *verticalSplitter, QTableView *matrix, QObject *parent);

    /// The tab is shown in presentation mode, or not.
    void setPresenting(bool presenting);
    bool isPresenting() const { return m_presenting; }
    /// True while the editor or the findings are hidden for the matrix.
    bool gaveRoom() const { return m_gaveRoom; }

    /// The splitters as the user left them, also while the room is given away.
    QByteArray editorSplitterState() const;
    QByteArray verticalSplitterState() const;

Q_SIGNALS:
    /// The editor has made room and the decision columns still do not fit: what is beside the tab
    /// (the Principal panel) has to make room too.
    void matrixNeedsRoom();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleMeasure();
    void measure();
    void hide(QWidget *widget);

    QSplitter *m_editorSplitter;
    QSplitter *m_verticalSplitter;
    QTableView *m_matrix;
    QByteArray m_editorState;
    QByteArray m_verticalState;
    bool m_presenting = false;
    bool m_gaveRoom = false;
    bool m_measureScheduled = false;
};

} // namespace mfapolicy
