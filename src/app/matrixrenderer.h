#pragma once

#include "matrix.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;
class QPrinter;
class QRectF;

namespace mfapolicy {

/// How a decision is shown everywhere in the studio: a symbol (never colour alone) and colours.
struct DecisionStyle {
    QString symbol;
    QColor background;
    QColor foreground;
};

/// One finding as printed: already translated by the caller.
struct RenderedFinding {
    QString severity;
    QString location;
    QString message;
};

/// Paints a decision matrix, or the comparison of two, with a title block, legend and findings on
/// any paint device. The layout is computed in device-independent units and scaled to the target,
/// so a PNG, an SVG and a PDF page show the same picture.
class MatrixRenderer final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MatrixRenderer)

public:
    MatrixRenderer();

    void setTitle(const QString &title) { m_title = title; }
    void setPolicyName(const QString &name) { m_policyName = name; }
    void setDate(const QDate &date) { m_date = date; }
    void setHighContrast(bool on) { m_highContrast = on; }
    void setMatrix(const DecisionMatrix &matrix);
    /// Shows both decisions per cell and marks the cells that change.
    void setComparison(const DecisionMatrix &before, const DecisionMatrix &after);
    void setChanges(const QStringList &changes) { m_changes = changes; }
    void setFindings(const QList<RenderedFinding> &findings) { m_findings = findings; }

    const QString &policyName() const { return m_policyName; }
    bool isComparison() const { return m_after.has_value(); }

    /// Size of the whole picture on one page, in device-independent units (1/72 inch in a PDF).
    QSizeF naturalSize() const;
    /// Paints the whole picture scaled to fit `target` (keeping the aspect ratio, centred).
    void paint(QPainter *painter, const QRectF &target) const;

    bool writePng(const QString &fileName, const QSize &size) const;
    bool writeSvg(const QString &fileName) const;
    /// A4 landscape, paginated; the table header repeats on every page.
    bool writePdf(const QString &fileName) const;
    /// Paints onto an already configured printer (paginated like the PDF).
    bool print(QPrinter *printer) const;

    static DecisionStyle decisionStyle(Decision decision, bool highContrast = false);
    /// "✖ → ✔"
    static QString transition(Decision before, Decision after);

private:
    struct Item;
    struct Metrics;
    Metrics measure() const;
    QList<Item> items(const Metrics &metrics) const;
    QList<QList<Item>> paginate(const Metrics &metrics, qreal pageHeight) const;
    void paintItem(QPainter *painter, const Item &item, const Metrics &metrics, qreal y) const;
    void paintPaged(QPainter *painter, const QRectF &paintRect, int resolution,
                    const std::function<bool()> &newPage) const;
    QString identityLine() const;

    QString m_title;
    QString m_policyName;
    QDate m_date;
    bool m_highContrast = false;
    DecisionMatrix m_matrix;
    std::optional<DecisionMatrix> m_after;
    QStringList m_changes;
    QList<RenderedFinding> m_findings;
};

} // namespace mfapolicy
