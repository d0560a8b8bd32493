#pragma once

#include "comparison.h"
#include "exportformats.h"
#include "exportwriter.h"
#include "finding.h"
#include "matrix.h"
#include "policysource.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QPrinter;

namespace Ui {
class ExportDialog;
}

namespace mfapolicy {

class MatrixSelection;

/// Exports the policy (JSON, command, templates) and the matrix, a comparison or the findings
/// (pictures, slides, PDF, tables), with a preview of exactly what will be written. Matrix exports
/// show the rows the matrix view's filter shows, and the rows and columns the user chooses; the
/// last format used is offered first next time.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    using Format = ExportFormat;

    /// Shows a print dialog for the printer; true to print. Tests replace the native dialog.
    using PrintDialogRunner = std::function<bool(QPrinter *printer, QWidget *parent)>;

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The document: policy exports are offered when it is valid JSON.
    void setPolicy(const PolicySource &source);
    void setMatrix(const DecisionMatrix &matrix);
    /// Matrix exports then show the comparison: pictures with both decisions and changed cells
    /// marked, Markdown with the changes in words and the text diff.
    void setComparison(const DecisionMatrix &before, const DecisionMatrix &after, const QString &title,
                       const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks,
                       const QString &beforeName, const QString &afterName);
    void setFindings(const std::vector<Finding> &findings);
    void setHighContrast(bool on);
    void setPrintDialogRunner(PrintDialogRunner runner) { m_printDialog = std::move(runner); }

    void setFormat(Format format);
    Format format() const;
    bool isAvailable(Format format) const;
    /// The rows and columns matrix exports show.
    MatrixSelection *matrixSelection() const { return m_selection; }
    /// What a text format writes (empty for pictures and PDF).
    QString exportText() const;
    /// Writes the current format to the file; false with the reason in errorString(). Slides as
    /// PNG write one file per slide: writtenFiles() lists them.
    bool exportTo(const QString &fileName);
    QString errorString() const { return m_error; }
    QStringList writtenFiles() const { return m_written; }

    static QString suffix(Format format) { return ExportFormats::suffix(format); }

protected:
    void changeEvent(QEvent *event) override;

public Q_SLOTS:
    void save();
    void copyToClipboard();
    void print();

private:
    void retranslate();
    void rebuildFormats();
    void updateSelection();
    void updatePreview();
    void showPicturePreview(Format current);
    QStringList policyInfo(Format current) const;
    QSize imageSize() const;
    void remember(Format format);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    MatrixSelection *m_selection;
    ExportWriter m_writer;
    std::optional<Format> m_wanted; ///< the format asked for, chosen when it is available
    PrintDialogRunner m_printDialog;
    QString m_error;
    QStringList m_written;
};

} // namespace mfapolicy
