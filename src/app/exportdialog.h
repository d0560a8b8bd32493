#pragma once

#include "comparison.h"
#include "finding.h"
#include "matrix.h"
#include "matrixrenderer.h"
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

/// Exports the policy (JSON, command, templates) and the matrix, a comparison or the findings
/// (pictures, PDF, tables), with a preview of exactly what will be written.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Format {
        PolicyPretty,
        PolicyMinified,
        PolicyCreateCommand, ///< aws iam create-policy
        PolicyCommand, ///< aws iam create-policy-version
        PolicyPutUserCommand, ///< aws iam put-user-policy
        PolicyPutGroupCommand, ///< aws iam put-group-policy
        CloudFormationYaml,
        CloudFormationJson,
        TerraformJsonEncode,
        TerraformHeredoc,
        MatrixPng,
        MatrixSvg,
        MatrixPdf,
        MatrixCsv,
        MatrixHtml,
        MatrixMarkdown,
        FindingsCsv,
        FindingsHtml,
        FindingsMarkdown,
    };
    Q_ENUM(Format)

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
    /// What a text format writes (empty for pictures and PDF).
    QString exportText() const;
    /// Writes the current format to the file; false with the reason in errorString().
    bool exportTo(const QString &fileName);
    QString errorString() const { return m_error; }

    static QString suffix(Format format);

protected:
    void changeEvent(QEvent *event) override;

public Q_SLOTS:
    void save();
    void copyToClipboard();
    void print();

private:
    void rebuildFormats();
    void updatePreview();
    QString policyText(Format format) const;
    QSize imageSize() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    void retranslate();

    std::optional<PolicySource> m_source;
    std::optional<DecisionMatrix> m_matrix;
    std::optional<DecisionMatrix> m_after; ///< set for a comparison
    std::vector<CellChange> m_changes;
    std::vector<DiffHunk> m_hunks;
    QString m_beforeName;
    QString m_afterName;
    QString m_comparisonTitle;
    std::optional<std::vector<Finding>> m_findings;
    MatrixRenderer m_renderer;
    PrintDialogRunner m_printDialog;
    QString m_error;
};

} // namespace mfapolicy
