#pragma once

#include "matrix.h"
#include "studiopalette.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

class QPainter;
class QPrinter;
class QRectF;

namespace mfapolicy {

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
    /// Slide layout: type 2.4 times as large, 16:9 pages (a PDF page or a 1920×1080 PNG per slide).
    void setSlide(bool on) { m_slide = on; }
    bool isSlide() const { return m_slide; }
    /// The sign-in states shown as columns (all by default), always in allAuthStates order.
    void setStates(const std::vector<AuthState> &states);
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
    /// A4 landscape (16:9 slides in slide layout), paginated; the table header repeats on every page.
    bool writePdf(const QString &fileName) const;
    /// Slide layout as PNG: one 1920×1080 picture per slide, the second and later named NAME-2.png, ...
    bool writeSlidesPng(const QString &fileName, QStringList *written = nullptr) const;
    int slideCount() const;
    /// The slides as 1920×1080 pictures.
    QList<QImage> slides() const;
    /// The file a slide is written to: `fileName` for the first, NAME-2.png for the second, ...
    static QString slideFileName(const QString &fileName, int slide);
    /// Paints onto an already configured printer (paginated like the PDF).
    bool print(QPrinter *printer) const;

    /// The decision's colours on screen: the current theme's, or presentation mode's high contrast.
    /// Pictures and pages keep the light (or high-contrast) colours: they are printed on white.
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
    /// `unitScale`: device pixels per layout unit at the natural size (slides fill the width instead).
    void paintPaged(QPainter *painter, const QRectF &paintRect, qreal unitScale,
                    const std::function<bool()> &newPage) const;
    std::vector<std::size_t> shownStates() const; ///< indexes into allAuthStates
    QString identityLine() const;
    DecisionStyle printStyle(Decision decision) const;

    QString m_title;
    QString m_policyName;
    QDate m_date;
    bool m_highContrast = false;
    bool m_slide = false;
    std::array<bool, 3> m_shown {true, true, true}; ///< indexed like allAuthStates
    DecisionMatrix m_matrix;
    std::optional<DecisionMatrix> m_after;
    QStringList m_changes;
    QList<RenderedFinding> m_findings;
};

} // namespace mfapolicy
