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

    /// Colour-blind-safe colours (Okabe–Ito blue and vermillion, neutral grey).
    static QColor color(int decision);
    /// Draws the decision's symbol centred in `rect`.
    static void paintSymbol(QPainter *painter, const QRectF &rect, int decision, const QColor &color);

private:
    int m_decisionRole;
    int m_markedRole;
};

} // namespace mfapolicy
