#pragma once

#include "comparison.h"
#include "exporter.h"
#include "exportformats.h"
#include "finding.h"
#include "matrix.h"
#include "matrixrenderer.h"
#include "policysource.h"

#include <QCoreApplication>
#include <QImage>
#include <QStringList>

#include <optional>
#include <vector>

namespace mfapolicy {

/// What the export dialog writes in every format: the policy as JSON, commands and templates, the
/// matrix (or a comparison) as pictures, slides and tables, and the findings as tables. Matrix
/// exports show the rows and columns chosen (setRows, setStates).
class ExportWriter final
{
    // The dialog's texts, under its name.
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ExportDialog)

public:
    void setPolicy(const PolicySource &source);
    void setMatrix(const DecisionMatrix &matrix);
    void setComparison(const DecisionMatrix &before, const DecisionMatrix &after, const QString &title,
                       const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks,
                       const QString &beforeName, const QString &afterName);
    void setFindings(const std::vector<Finding> &findings);
    void setHighContrast(bool on) { m_renderer.setHighContrast(on); }
    void setOptions(const ExportOptions &options) { m_options = options; }
    /// The rows of the matrix (indexes) and the columns the matrix exports show.
    void setSelection(const std::vector<std::size_t> &rows, const std::vector<AuthState> &states);
    /// Sets the renderer's titles and findings again in the current language.
    void retranslate();

    const std::optional<PolicySource> &source() const { return m_source; }
    const std::optional<DecisionMatrix> &matrix() const { return m_matrix; }
    bool isComparison() const { return m_after.has_value(); }
    bool isAvailable(ExportFormat format) const;
    /// The renderer for `format` (the slide layout for the slide formats).
    const MatrixRenderer &renderer(ExportFormat format);
    QString policyName() const { return m_renderer.policyName(); }

    /// What a text format writes (empty for pictures and PDF).
    QString text(ExportFormat format) const;
    /// The picture shown as the preview of a picture format, `width` pixels wide.
    QImage preview(ExportFormat format, int width);
    /// Writes `format` to the file (slides as PNG: one file per slide, listed in `written`).
    bool write(ExportFormat format, const QString &fileName, const QSize &imageSize, QString *error,
               QStringList *written = nullptr);

private:
    QString policyText(ExportFormat format) const;
    QString matrixText(ExportFormat format) const;
    DecisionMatrix selected(const DecisionMatrix &matrix) const;
    void updateRenderer();

    std::optional<PolicySource> m_source;
    std::optional<DecisionMatrix> m_matrix;
    std::optional<DecisionMatrix> m_after; ///< set for a comparison
    std::vector<CellChange> m_changes;
    std::vector<DiffHunk> m_hunks;
    QString m_beforeName;
    QString m_afterName;
    QString m_comparisonTitle;
    std::optional<std::vector<Finding>> m_findings;
    std::optional<std::vector<std::size_t>> m_rows; ///< all rows when unset
    std::vector<AuthState> m_states {allAuthStates.begin(), allAuthStates.end()};
    ExportOptions m_options;
    MatrixRenderer m_renderer;
};

} // namespace mfapolicy
