#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

class QTableView;

namespace mfapolicy {

class PolicyTab;

/// The room of a policy tab while a class follows the enrollment scenario in presentation mode.
/// Where the matrix's decision columns do not fit beside the editor (a projector at 1024×768),
/// the editor gives its room to the matrix; where fewer than five rows of the matrix are in view,
/// the findings do: the class follows the steps in the matrix, the scenario and AWS's message. They come back as they
/// were when presentation mode or the scenario ends, or another tab is shown.
class PresentationLayout final : public QObject
{
    Q_OBJECT

public:
    explicit PresentationLayout(QObject *parent = nullptr);

    /// `tab` is shown, and the scenario is presented (presentation mode with the scenario open)
    /// or not. Call on every change of either.
    void update(PolicyTab *tab, QTableView *matrix, bool presenting);
    /// Gives back the room of the tab it took it from, if any.
    void release();
    /// The tab whose editor and findings gave their room, or nullptr.
    PolicyTab *focusedTab() const { return m_tab; }

private:
    QPointer<PolicyTab> m_tab;
    QByteArray m_editorState;
    QByteArray m_verticalState;
    QList<QPointer<QWidget>> m_hidden;
};

} // namespace mfapolicy
