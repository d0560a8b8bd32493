#include "decisiondelegate.h"

#include "evaluator.h"
#include "matrix.h"
#include "studiopalette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace mfapolicy {

DecisionDelegate::DecisionDelegate(int decisionRole, int markedRole, QObject *parent)
    : QStyledItemDelegate(parent), m_decisionRole(decisionRole), m_markedRole(markedRole)
{ }

// Allow: check mark; explicit deny: a barred circle; implicit deny: a hollow circle with a dash.
void DecisionDelegate::paintSymbol(QPainter *painter, const QRectF &rect, int decision, const QColor &color,
                                   const QColor &cutout)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    QPen pen(color, std::max<qreal>(1.5, s / 7), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (Decision(decision)) {
    case Decision::Allow: {
        painter->setPen(pen);
        QPainterPath path;
        path.moveTo(box.left() + s * 0.15, box.top() + s * 0.55);
        path.lineTo(box.left() + s * 0.42, box.top() + s * 0.80);
        path.lineTo(box.left() + s * 0.88, box.top() + s * 0.22);
        painter->drawPath(path);
        break;
    }
    case Decision::ExplicitDeny: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(box.adjusted(s * 0.05, s * 0.05, -s * 0.05, -s * 0.05));
        painter->setPen(QPen(cutout, std::max<qreal>(1.5, s / 6), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(box.left() + s * 0.28, box.center().y()),
                          QPointF(box.right() - s * 0.28, box.center().y()));
        break;
    }
    case Decision::ImplicitDeny: {
        pen.setWidthF(std::max<qreal>(1.2, s / 9));
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(box.adjusted(s * 0.12, s * 0.12, -s * 0.12, -s * 0.12));
        break;
    }
    default: // CellDecision::Undetermined
        painter->setPen(color);
        painter->drawText(box, Qt::AlignCenter, QStringLiteral("?"));
    }
    painter->restore();
}

void DecisionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant decisionValue = index.data(m_decisionRole);
    if (!decisionValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const int decision = decisionValue.toInt();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The same colours as the scenario and the comparison, for the palette the view shows.
    const StudioPalette::Variant variant = StudioPalette::variantOf(opt.palette, m_highContrast);
    const DecisionStyle style = decision == int(CellDecision::Undetermined)
        ? StudioPalette::undetermined(variant)
        : StudioPalette::decision(Decision(decision), variant);

    painter->save();
    painter->fillRect(opt.rect, style.background);
    if (opt.state & QStyle::State_Selected) {
        QColor sel = opt.palette.color(QPalette::Highlight);
        sel.setAlpha(110);
        painter->fillRect(opt.rect, sel);
    }
    if (index.data(m_markedRole).toBool()) {
        painter->setPen(QPen(opt.palette.color(QPalette::Text), 2));
        painter->drawRect(QRectF(opt.rect).adjusted(1, 1, -1, -1));
    }
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(opt.palette.color(QPalette::Highlight), 2, Qt::DashLine));
        painter->drawRect(QRectF(opt.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    const int h = opt.fontMetrics.height();
    QFont font = opt.font;
    font.setBold(decision == int(Decision::Allow));
    const QFontMetrics metrics(font);
    const QRect textRect = opt.rect.adjusted(h + 12, 0, -4, 0);
    // A narrow column drops the layer after the decision ("Explicit deny · SCP"; the tooltip has
    // it), then shows the symbol alone, centred: an elided word would read as noise.
    QString text = opt.text;
    if (const qsizetype tag = text.indexOf(QStringLiteral(" · "));
        tag > 0 && metrics.horizontalAdvance(text) > textRect.width())
        text.truncate(tag);
    const bool symbolOnly = metrics.horizontalAdvance(text) > textRect.width();
    const qreal symbolLeft = symbolOnly ? opt.rect.center().x() - h / 2.0 : opt.rect.left() + 6;
    const QRectF symbolRect(symbolLeft, opt.rect.center().y() - h / 2.0, h, h);
    paintSymbol(painter, symbolRect, decision, style.foreground, style.background);
    if (!symbolOnly) {
        painter->setPen(style.foreground);
        painter->setFont(font);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->restore();
}

QSize DecisionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(m_decisionRole).isValid())
        size.rwidth() += option.fontMetrics.height() + 16;
    return size;
}

} // namespace mfapolicy
