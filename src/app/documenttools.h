#pragma once

#include "exportdialog.h"

#include <QObject>
#include <QPointer>

namespace mfapolicy {

class ComparisonDialog;
class DocumentManager;
class PolicyTab;
class PrincipalNavigator;
class PrincipalSetup;

/// The tools of the Tools and File menus that work on the current document: export, print,
/// compare and migrate. Their dialogs are parented to the window.
class DocumentTools final : public QObject
{
    Q_OBJECT
public:
    DocumentTools(QWidget *window, DocumentManager *documents, PrincipalSetup *principal,
                  PrincipalNavigator *navigator);

    /// Migrates the current document, or with a principal the policy whose stale device
    /// resources refuse enrollment (opened when needed).
    void showMigration();
    /// The export dialog for the current document's policy, matrix and findings.
    void showExport();
    /// Compare the current document; `candidate` picks what with (as listed in the dialog).
    ComparisonDialog *showComparison(int candidate = 0);
    void printMatrix();
    /// Tests replace the native print dialog (see ExportDialog::PrintDialogRunner).
    void setPrintDialogRunner(ExportDialog::PrintDialogRunner runner) { m_printDialog = std::move(runner); }
    /// The high-contrast variant of the decision colours (presentation mode).
    void setHighContrast(bool on);

private:
    PolicyTab *migrationTarget();
    void cannotChange(const QString &name);
    void exportComparison();
    bool prepareExport(ExportDialog &dialog);

    QWidget *m_window;
    DocumentManager *m_documents;
    PrincipalSetup *m_principal;
    PrincipalNavigator *m_navigator;
    QPointer<ComparisonDialog> m_comparison;
    ExportDialog::PrintDialogRunner m_printDialog;
    bool m_highContrast = false;
};

} // namespace mfapolicy
