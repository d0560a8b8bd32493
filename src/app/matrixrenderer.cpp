#include "matrixrenderer.h"

#include "texts.h"

#include <QFileInfo>
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
// Units are points of a printed page; every size below is chosen for an A4 handout, and a slide
// multiplies them all by slideScale on a page of slideSize units.
constexpr qreal baseMargin = 18;
constexpr qreal baseCellPadding = 6;
constexpr qreal baseRowHeight = 18;
constexpr qreal minimumStateWidth = 110;
constexpr qreal minimumWidth = 640;
constexpr qreal slideScale = 2.4;
constexpr QSizeF slideSize(1920, 1080);

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
    explicit Metrics(qreal scale)
        : k(scale)
        , margin(baseMargin * scale)
        , cellPadding(baseCellPadding * scale)
        , rowHeight(baseRowHeight * scale)
        , title(makeFont(18 * scale, true))
        , text(makeFont(10 * scale))
        , bold(makeFont(10 * scale, true))
        , small(makeFont(8.5 * scale))
    { }
    qreal k;
    qreal margin;
    qreal cellPadding;
    qreal rowHeight;
    QFont title;
    QFont text;
    QFont bold;
    QFont small;
    qreal actionWidth = 0;
    qreal resourceWidth = 0;
    qreal stateWidth = 0;
    qreal width = 0;
    qreal contentWidth() const { return width - 2 * margin; }
};

MatrixRenderer::MatrixRenderer() : m_date(QDate::currentDate()) { }

void MatrixRenderer::setStates(const std::vector<AuthState> &states)
{
    for (std::size_t i = 0; i < allAuthStates.size(); ++i)
        m_shown[i] = std::find(states.begin(), states.end(), allAuthStates[i]) != states.end();
}

std::vector<std::size_t> MatrixRenderer::shownStates() const
{
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
        if (m_shown[i])
            out.push_back(i);
    }
    return out;
}

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
    return StudioPalette::screenDecision(decision, highContrast);
}

DecisionStyle MatrixRenderer::printStyle(Decision decision) const
{
    return StudioPalette::decision(
        decision, m_highContrast ? StudioPalette::Variant::HighContrast : StudioPalette::Variant::Light);
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
        return text.boundingRect(QRectF(0, 0, metrics.contentWidth(), 10000), Qt::TextWordWrap, line).height()
            + 4 * metrics.k;
    };
    const qreal k = metrics.k;
    result.append({ItemKind::Title, 0, 30 * k, m_title});
    result.append({ItemKind::Meta, 0, 15 * k,
                   m_policyName.isEmpty() ? m_date.toString(Qt::ISODate)
                                          : tr("%1 — %2").arg(m_policyName, m_date.toString(Qt::ISODate))});
    result.append({ItemKind::Meta, 1, 15 * k, identityLine()});
    result.append({ItemKind::Legend, 0, 26 * k, {}});
    result.append({ItemKind::TableHeader, 0, (m_slide ? 2 : 1) * metrics.rowHeight + 4 * k, {}});
    for (int row = 0; row < int(m_matrix.rows.size()); ++row)
        result.append({ItemKind::Row, row, metrics.rowHeight, {}});
    if (!m_changes.isEmpty()) {
        result.append({ItemKind::Heading, 0, 26 * k, tr("Changes")});
        for (int i = 0; i < m_changes.size(); ++i)
            result.append({ItemKind::Line, i, wrappedHeight(m_changes.at(i)), m_changes.at(i)});
    }
    if (!m_findings.isEmpty()) {
        result.append({ItemKind::Heading, 1, 26 * k, tr("Findings")});
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
    Metrics metrics(m_slide ? slideScale : 1.0);
    const qreal cellPadding = metrics.cellPadding;
    const QFontMetricsF text(metrics.text);
    const QFontMetricsF small(metrics.small);
    qreal actionWidth = text.horizontalAdvance(tr("Action"));
    qreal resourceWidth = text.horizontalAdvance(tr("Resource"));
    for (const MatrixRow &row : m_matrix.rows) {
        actionWidth = std::max(actionWidth, text.horizontalAdvance(QString::fromStdString(row.action)));
        // Slides leave out the ARN: the pattern says what the row is about, and large type needs the room.
        const qreal arnWidth
            = m_slide ? 0 : small.horizontalAdvance(QString::fromStdString(row.resource)) + cellPadding;
        resourceWidth = std::max(resourceWidth, text.horizontalAdvance(Texts::resourcePattern(row.pattern)) + arnWidth);
    }
    metrics.actionWidth = actionWidth + 2 * cellPadding;
    metrics.resourceWidth = resourceWidth + 2 * cellPadding;
    const QFontMetricsF bold(metrics.bold);
    metrics.stateWidth = minimumStateWidth * metrics.k;
    for (AuthState state : allAuthStates) {
        // On a slide the column titles take two lines, so the columns are as wide as the cells need.
        const qreal title = bold.horizontalAdvance(Texts::authState(state));
        metrics.stateWidth
            = std::max(metrics.stateWidth, m_slide ? title / 2 + 3 * cellPadding : title + 2 * cellPadding);
    }
    for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny})
        metrics.stateWidth = std::max(
            metrics.stateWidth,
            bold.horizontalAdvance(printStyle(d).symbol + QLatin1Char(' ') + Texts::decision(d)) + 2 * cellPadding);
    metrics.width = std::max(minimumWidth * metrics.k,
                             metrics.actionWidth + metrics.resourceWidth + shownStates().size() * metrics.stateWidth
                                 + 2 * metrics.margin);
    return metrics;
}

QSizeF MatrixRenderer::naturalSize() const
{
    const Metrics metrics = measure();
    qreal height = 2 * metrics.margin;
    for (const Item &item : items(metrics))
        height += item.height;
    return {metrics.width, height};
}

void MatrixRenderer::paintItem(QPainter *painter, const Item &item, const Metrics &metrics, qreal y) const
{
    const qreal k = metrics.k;
    const qreal cellPadding = metrics.cellPadding;
    const qreal left = metrics.margin;
    const qreal width = metrics.contentWidth();
    const std::vector<std::size_t> states = shownStates();
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
        const QRectF box(0, y + 6 * k, 0, item.height - 10 * k);
        for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
            const DecisionStyle style = printStyle(d);
            const QString label = style.symbol + QLatin1Char(' ') + Texts::decision(d);
            const qreal w = fm.horizontalAdvance(label) + 2 * cellPadding;
            painter->fillRect(QRectF(x, box.y(), w, box.height()), style.background);
            painter->setPen(style.foreground);
            painter->drawText(QRectF(x, box.y(), w, box.height()), Qt::AlignCenter, label);
            x += w + 10 * k;
        }
        if (isComparison()) {
            const QString label = tr("changed cell");
            const qreal w = fm.horizontalAdvance(label) + 2 * cellPadding;
            painter->setPen(QPen(Qt::black, 2 * k));
            painter->drawRect(QRectF(x + k, box.y() + k, w - 2 * k, box.height() - 2 * k));
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
        for (std::size_t column = 0; column < states.size(); ++column)
            painter->drawText(QRectF(stateLeft + column * metrics.stateWidth, y, metrics.stateWidth, item.height),
                              Qt::AlignCenter | Qt::TextWordWrap, Texts::authState(allAuthStates[states[column]]));
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
        if (row.resource != "*" && !m_slide)
            painter->drawText(QRectF(arnLeft, y, metrics.resourceWidth, item.height), Qt::AlignVCenter,
                              QString::fromStdString(row.resource));
        for (std::size_t column = 0; column < states.size(); ++column) {
            const std::size_t s = states[column];
            const Decision before = row.cells[s].evaluation.decision;
            const Decision after = isComparison() ? m_after->rows.at(item.index).cells[s].evaluation.decision : before;
            const DecisionStyle style = printStyle(after);
            const QRectF cell(stateLeft + column * metrics.stateWidth + k, y + k, metrics.stateWidth - 2 * k,
                              item.height - 2 * k);
            painter->fillRect(cell, style.background);
            painter->setPen(style.foreground);
            const bool changed = before != after;
            painter->setFont(changed ? metrics.bold : metrics.text);
            painter->drawText(cell, Qt::AlignCenter,
                              isComparison() ? transition(before, after)
                                             : style.symbol + QLatin1Char(' ') + Texts::decision(after));
            if (changed) {
                painter->setPen(QPen(Qt::black, (m_highContrast ? 3 : 2) * k));
                painter->drawRect(cell.adjusted(k, k, -k, -k));
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
    qreal y = metrics.margin;
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

void MatrixRenderer::paintPaged(QPainter *painter, const QRectF &paintRect, qreal unitScale,
                                const std::function<bool()> &newPage) const
{
    const Metrics metrics = measure();
    const qreal margin = metrics.margin;
    // Natural size unless the matrix is wider than the page: then shrink it. A slide fills its width.
    const qreal scale
        = m_slide ? paintRect.width() / metrics.width : std::min(paintRect.width() / metrics.width, unitScale);
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

int MatrixRenderer::slideCount() const
{
    const Metrics metrics = measure();
    const qreal scale = slideSize.width() / metrics.width;
    return int(paginate(metrics, slideSize.height() / scale - 2 * metrics.margin).size());
}

QString MatrixRenderer::slideFileName(const QString &fileName, int slide)
{
    if (slide == 0)
        return fileName;
    const QString suffix = QFileInfo(fileName).suffix();
    const QString base = suffix.isEmpty() ? fileName : fileName.chopped(suffix.size() + 1);
    return base + QStringLiteral("-%1.").arg(slide + 1) + (suffix.isEmpty() ? QStringLiteral("png") : suffix);
}

QList<QImage> MatrixRenderer::slides() const
{
    QList<QImage> out;
    QImage image;
    QPainter painter;
    const auto start = [&] {
        image = QImage(slideSize.toSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        painter.begin(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
    };
    start();
    paintPaged(&painter, QRectF(QPointF(0, 0), slideSize), 1.0, [&] {
        painter.end();
        out.append(image);
        start();
        return true;
    });
    painter.end();
    out.append(image);
    return out;
}

bool MatrixRenderer::writeSlidesPng(const QString &fileName, QStringList *written) const
{
    const QList<QImage> pictures = slides();
    for (int i = 0; i < pictures.size(); ++i) {
        const QString name = slideFileName(fileName, i);
        if (!pictures.at(i).save(name, "PNG"))
            return false;
        if (written)
            written->append(name);
    }
    return true;
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
    // A slide is a 16:9 page of 13.33 × 7.5 inches, the size of a widescreen presentation slide.
    if (m_slide)
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(338.667, 190.5), QPageSize::Millimeter),
                                         QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    else
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    const QRectF paintRect(QPointF(0, 0), writer.pageLayout().paintRectPixels(writer.resolution()).size());
    paintPaged(&painter, paintRect, writer.resolution() / 72.0, [&writer] { return writer.newPage(); });
    return painter.end();
}

bool MatrixRenderer::print(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return false;
    const QRectF paintRect(QPointF(0, 0), printer->pageLayout().paintRectPixels(printer->resolution()).size());
    paintPaged(&painter, paintRect, printer->resolution() / 72.0, [printer] { return printer->newPage(); });
    return painter.end();
}

} // namespace mfapolicy
