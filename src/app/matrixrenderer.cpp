#include "matrixrenderer.h"

#include "texts.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSvgGenerator>

#include <algorithm>

namespace mfapolicy {

namespace {
// Units are points of a printed page; every size below is chosen for an A4 handout.
constexpr qreal margin = 18;
constexpr qreal cellPadding = 6;
constexpr qreal rowHeight = 18;
constexpr qreal minimumStateWidth = 110;
constexpr qreal minimumWidth = 640;

QFont makeFont(qreal pixelSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qRound(pixelSize));
    font.setBold(bold);
    return font;
}
} // namespace

enum class ItemKind { Title, Meta, Legend, TableHeader, Row, Heading, Line };

struct MatrixRenderer::Item {
    ItemKind kind = ItemKind::Line;
    int index = 0;
    qreal height = 0;
    QString text;
};

struct MatrixRenderer::Metrics {
    QFont title = makeFont(18, true);
    QFont text = makeFont(10);
    QFont bold = makeFont(10, true);
    QFont small = makeFont(8.5);
    qreal actionWidth = 0;
    qreal resourceWidth = 0;
    qreal stateWidth = 0;
    qreal width = 0;
    qreal contentWidth() const { return width - 2 * margin; }
};

MatrixRenderer::MatrixRenderer() : m_date(QDate::currentDate()) { }

void MatrixRenderer::setMatrix(const DecisionMatrix &matrix)
{
    m_matrix = matrix;
    m_after.reset();
}

void MatrixRenderer::setComparison(const DecisionMatrix &before, const DecisionMatrix &after)
{
    m_matrix = before;
    m_after = after;
}

DecisionStyle MatrixRenderer::decisionStyle(Decision decision, bool highContrast)
{
    // Blue and vermillion from the Okabe-Ito palette stay apart for every common colour-vision
    // deficiency, where green and red do not; the symbol carries the decision without colour.
    switch (decision) {
    case Decision::Allow:
        return {Texts::decisionSymbol(decision), highContrast ? QColor(0x00, 0x48, 0x80) : QColor(0xd3, 0xe6, 0xf5),
                highContrast ? QColor(Qt::white) : QColor(0x0a, 0x3a, 0x66)};
    case Decision::ExplicitDeny:
        return {Texts::decisionSymbol(decision), highContrast ? QColor(0xa3, 0x3c, 0x00) : QColor(0xfb, 0xdd, 0xc6),
                highContrast ? QColor(Qt::white) : QColor(0x7a, 0x2d, 0x00)};
    case Decision::ImplicitDeny:
        break;
    }
    return {Texts::decisionSymbol(decision), highContrast ? QColor(Qt::black) : QColor(0xec, 0xec, 0xec),
            highContrast ? QColor(0xff, 0xe0, 0x00) : QColor(0x44, 0x44, 0x44)};
}

QString MatrixRenderer::transition(Decision before, Decision after)
{
    return decisionStyle(before).symbol + QStringLiteral(" → ") + decisionStyle(after).symbol;
}

QString MatrixRenderer::identityLine() const
{
    const SimulationIdentity &id = m_matrix.identity;
    return tr("Simulated user %1, account %2, device name \"%3\"")
        .arg(QString::fromStdString(id.userArn()), QString::fromStdString(id.account),
             QString::fromStdString(id.deviceName));
}

QList<MatrixRenderer::Item> MatrixRenderer::items(const Metrics &metrics) const
{
    QList<Item> result;
    const QFontMetricsF text(metrics.text);
    const auto wrappedHeight = [&](const QString &line) {
        return text.boundingRect(QRectF(0, 0, metrics.contentWidth(), 10000), Qt::TextWordWrap, line).height() + 4;
    };
    result.append({ItemKind::Title, 0, 30, m_title});
    result.append({ItemKind::Meta, 0, 15,
                   m_policyName.isEmpty() ? m_date.toString(Qt::ISODate)
                                          : tr("%1 — %2").arg(m_policyName, m_date.toString(Qt::ISODate))});
    result.append({ItemKind::Meta, 1, 15, identityLine()});
    result.append({ItemKind::Legend, 0, 26, {}});
    result.append({ItemKind::TableHeader, 0, rowHeight + 4, {}});
    for (int row = 0; row < int(m_matrix.rows.size()); ++row)
        result.append({ItemKind::Row, row, rowHeight, {}});
    if (!m_changes.isEmpty()) {
        result.append({ItemKind::Heading, 0, 26, tr("Changes")});
        for (int i = 0; i < m_changes.size(); ++i)
            result.append({ItemKind::Line, i, wrappedHeight(m_changes.at(i)), m_changes.at(i)});
    }
    if (!m_findings.isEmpty()) {
        result.append({ItemKind::Heading, 1, 26, tr("Findings")});
        for (int i = 0; i < m_findings.size(); ++i) {
            const RenderedFinding &f = m_findings.at(i);
            const QString line = f.location.isEmpty() ? tr("[%1] %2").arg(f.severity, f.message)
                                                      : tr("[%1] %2: %3").arg(f.severity, f.location, f.message);
            result.append({ItemKind::Line, i, wrappedHeight(line), line});
        }
    }
    return result;
}

MatrixRenderer::Metrics MatrixRenderer::measure() const
{
    Metrics metrics;
    const QFontMetricsF text(metrics.text);
    const QFontMetricsF small(metrics.small);
    qreal actionWidth = text.horizontalAdvance(tr("Action"));
    qreal resourceWidth = text.horizontalAdvance(tr("Resource"));
    for (const MatrixRow &row : m_matrix.rows) {
        actionWidth = std::max(actionWidth, text.horizontalAdvance(QString::fromStdString(row.action)));
        resourceWidth = std::max(resourceWidth,
                                 text.horizontalAdvance(Texts::resourcePattern(row.pattern))
                                     + small.horizontalAdvance(QString::fromStdString(row.resource)) + cellPadding);
    }
    metrics.actionWidth = actionWidth + 2 * cellPadding;
    metrics.resourceWidth = resourceWidth + 2 * cellPadding;
    const QFontMetricsF bold(metrics.bold);
    metrics.stateWidth = minimumStateWidth;
    for (AuthState state : allAuthStates)
        metrics.stateWidth
            = std::max(metrics.stateWidth, bold.horizontalAdvance(Texts::authState(state)) + 2 * cellPadding);
    metrics.width
        = std::max(minimumWidth, metrics.actionWidth + metrics.resourceWidth + 3 * metrics.stateWidth + 2 * margin);
    return metrics;
}

QSizeF MatrixRenderer::naturalSize() const
{
    const Metrics metrics = measure();
    qreal height = 2 * margin;
    for (const Item &item : items(metrics))
        height += item.height;
    return {metrics.width, height};
}

void MatrixRenderer::paintItem(QPainter *painter, const Item &item, const Metrics &metrics, qreal y) const
{
    const qreal left = margin;
    const qreal width = metrics.contentWidth();
    const qreal stateLeft = left + metrics.actionWidth + metrics.resourceWidth;
    painter->setPen(Qt::black);
    switch (item.kind) {
    case ItemKind::Title:
        painter->setFont(metrics.title);
        painter->drawText(QRectF(left, y, width, item.height), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        return;
    case ItemKind::Meta:
        painter->setFont(metrics.text);
        painter->setPen(QColor(0x33, 0x33, 0x33));
        painter->drawText(QRectF(left, y, width, item.height), Qt::AlignLeft | Qt::AlignVCenter, item.text);
        return;
    case ItemKind::Legend: {
        painter->setFont(metrics.text);
        qreal x = left;
        const QFontMetricsF fm(metrics.text);
        const QRectF box(0, y + 6, 0, item.height - 10);
        for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
            const DecisionStyle style = decisionStyle(d, m_highContrast);
            const QString label = style.symbol + QLatin1Char(' ') + Texts::decision(d);
            const qreal w = fm.horizontalAdvance(label) + 2 * cellPadding;
            painter->fillRect(QRectF(x, box.y(), w, box.height()), style.background);
            painter->setPen(style.foreground);
            painter->drawText(QRectF(x, box.y(), w, box.height()), Qt::AlignCenter, label);
            x += w + 10;
        }
        if (isComparison()) {
            const QString label = tr("changed cell");
            const qreal w = fm.horizontalAdvance(label) + 2 * cellPadding;
            painter->setPen(QPen(Qt::black, 2));
            painter->drawRect(QRectF(x + 1, box.y() + 1, w - 2, box.height() - 2));
            painter->drawText(QRectF(x, box.y(), w, box.height()), Qt::AlignCenter, label);
        }
        return;
    }
    case ItemKind::TableHeader: {
        painter->setFont(metrics.bold);
        const QRectF rect(left, y, width, item.height);
        painter->fillRect(rect, QColor(0xdd, 0xe3, 0xea));
        painter->drawText(QRectF(left + cellPadding, y, metrics.actionWidth, item.height), Qt::AlignVCenter,
                          tr("Action"));
        painter->drawText(QRectF(left + metrics.actionWidth + cellPadding, y, metrics.resourceWidth, item.height),
                          Qt::AlignVCenter, tr("Resource"));
        for (std::size_t s = 0; s < allAuthStates.size(); ++s)
            painter->drawText(QRectF(stateLeft + s * metrics.stateWidth, y, metrics.stateWidth, item.height),
                              Qt::AlignCenter, Texts::authState(allAuthStates[s]));
        return;
    }
    case ItemKind::Row: {
        const MatrixRow &row = m_matrix.rows.at(item.index);
        if (item.index % 2)
            painter->fillRect(QRectF(left, y, width, item.height), QColor(0xf6, 0xf6, 0xf6));
        painter->setFont(metrics.text);
        painter->drawText(QRectF(left + cellPadding, y, metrics.actionWidth, item.height), Qt::AlignVCenter,
                          QString::fromStdString(row.action));
        const QString pattern = Texts::resourcePattern(row.pattern);
        const qreal resourceLeft = left + metrics.actionWidth + cellPadding;
        painter->drawText(QRectF(resourceLeft, y, metrics.resourceWidth, item.height), Qt::AlignVCenter, pattern);
        painter->setFont(metrics.small);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        const qreal arnLeft = resourceLeft + QFontMetricsF(metrics.text).horizontalAdvance(pattern) + cellPadding;
        if (row.resource != "*")
            painter->drawText(QRectF(arnLeft, y, metrics.resourceWidth, item.height), Qt::AlignVCenter,
                              QString::fromStdString(row.resource));
        for (std::size_t s = 0; s < allAuthStates.size(); ++s) {
            const Decision before = row.cells[s].evaluation.decision;
            const Decision after = isComparison() ? m_after->rows.at(item.index).cells[s].evaluation.decision : before;
            const DecisionStyle style = decisionStyle(after, m_highContrast);
            const QRectF cell(stateLeft + s * metrics.stateWidth + 1, y + 1, metrics.stateWidth - 2, item.height - 2);
            painter->fillRect(cell, style.background);
            painter->setPen(style.foreground);
            const bool changed = before != after;
            painter->setFont(changed ? metrics.bold : metrics.text);
            painter->drawText(cell, Qt::AlignCenter,
                              isComparison() ? transition(before, after)
                                             : style.symbol + QLatin1Char(' ') + Texts::decision(after));
            if (changed) {
                painter->setPen(QPen(m_highContrast ? QColor(0xff, 0xe0, 0x00) : QColor(Qt::black), 2));
                painter->drawRect(cell.adjusted(1, 1, -1, -1));
            }
        }
        return;
    }
    case ItemKind::Heading:
        painter->setFont(metrics.bold);
        painter->drawText(QRectF(left, y, width, item.height), Qt::AlignLeft | Qt::AlignBottom, item.text);
        return;
    case ItemKind::Line:
        painter->setFont(metrics.text);
        painter->drawText(QRectF(left, y, width, item.height), Qt::TextWordWrap, item.text);
        return;
    }
}

void MatrixRenderer::paint(QPainter *painter, const QRectF &target) const
{
    const Metrics metrics = measure();
    const QSizeF natural = naturalSize();
    const qreal scale = std::min(target.width() / natural.width(), target.height() / natural.height());
    painter->save();
    painter->fillRect(target, Qt::white);
    painter->translate(target.x() + (target.width() - natural.width() * scale) / 2,
                       target.y() + (target.height() - natural.height() * scale) / 2);
    painter->scale(scale, scale);
    qreal y = margin;
    for (const Item &item : items(metrics)) {
        paintItem(painter, item, metrics, y);
        y += item.height;
    }
    painter->restore();
}

QList<QList<MatrixRenderer::Item>> MatrixRenderer::paginate(const Metrics &metrics, qreal pageHeight) const
{
    const QList<Item> all = items(metrics);
    QList<QList<Item>> pages(1);
    qreal used = 0;
    Item tableHeader;
    bool inTable = false;
    for (int i = 0; i < all.size(); ++i) {
        const Item &item = all.at(i);
        if (item.kind == ItemKind::TableHeader) {
            tableHeader = item;
            inTable = true;
        } else if (item.kind == ItemKind::Heading) {
            inTable = false;
        }
        // A heading stays with its first line; a continued table repeats its header.
        qreal needed = item.height;
        if (item.kind == ItemKind::Heading && i + 1 < all.size())
            needed += all.at(i + 1).height;
        if (used + needed > pageHeight && !pages.last().isEmpty()) {
            pages.append(QList<Item>());
            used = 0;
            if (inTable && item.kind == ItemKind::Row) {
                pages.last().append(tableHeader);
                used += tableHeader.height;
            }
        }
        pages.last().append(item);
        used += item.height;
    }
    return pages;
}

void MatrixRenderer::paintPaged(QPainter *painter, const QRectF &paintRect, int resolution,
                                const std::function<bool()> &newPage) const
{
    const Metrics metrics = measure();
    // Print size (units are points) unless the matrix is wider than the page: then shrink it.
    const qreal scale = std::min(paintRect.width() / metrics.width, resolution / 72.0);
    const qreal pageHeight = paintRect.height() / scale;
    const QList<QList<Item>> pages = paginate(metrics, pageHeight - 2 * margin);
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0 && !newPage())
            return;
        painter->save();
        painter->translate(paintRect.topLeft());
        painter->scale(scale, scale);
        qreal y = margin;
        for (const Item &item : pages.at(p)) {
            paintItem(painter, item, metrics, y);
            y += item.height;
        }
        painter->setFont(metrics.small);
        painter->setPen(QColor(0x55, 0x55, 0x55));
        painter->drawText(QRectF(margin, pageHeight - margin, metrics.contentWidth(), margin), Qt::AlignRight,
                          tr("Page %1 of %2").arg(p + 1).arg(pages.size()));
        painter->restore();
    }
}

bool MatrixRenderer::writePng(const QString &fileName, const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image.save(fileName, "PNG");
}

bool MatrixRenderer::writeSvg(const QString &fileName) const
{
    const QSizeF natural = naturalSize();
    QSvgGenerator generator;
    generator.setFileName(fileName);
    generator.setSize(natural.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), natural));
    generator.setTitle(m_title);
    generator.setDescription(m_policyName);
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    paint(&painter, QRectF(QPointF(0, 0), natural));
    return painter.end();
}

bool MatrixRenderer::writePdf(const QString &fileName) const
{
    QPdfWriter writer(fileName);
    writer.setTitle(m_title);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF paintRect(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    paintPaged(&painter, paintRect, writer.resolution(), [&writer] { return writer.newPage(); });
    return painter.end();
}

bool MatrixRenderer::print(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF paintRect(QPointF(0, 0), printer->pageLayout().paintRectPixels(printer->resolution()).size());
    paintPaged(&painter, paintRect, printer->resolution(), [printer] { return printer->newPage(); });
    return painter.end();
}

} // namespace mfapolicy
