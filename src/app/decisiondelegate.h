#pragma once

#include <QStyledItemDelegate>

namespace mfapolicy {

/// Paints a decision cell with a symbol, a word and a colour, so it reads without colour too.
/// Parameterised by the role that carries the decision; other cells are painted normally.
class DecisionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit DecisionDelegate(int decisionRole, int markedRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Presentation mode: the high-contrast variant of the shared decision palette.
    void setHighContrast(bool on) { m_highContrast = on; }
    bool highContrast() const { return m_highContrast; }

    /// Draws the decision's symbol centred in `rect`; `cutout` is the colour of the bar across the
    /// explicit deny's disc (the cell's background).
    static void paintSymbol(QPainter *painter, const QRectF &rect, int decision, const QColor &color,
                            const QColor &cutout);

private:
    int m_decisionRole;
    int m_markedRole;
    bool m_highContrast = false;
};

} // namespace mfapolicy
