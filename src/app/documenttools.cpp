#include "documenttools.h"

#include "comparisondialog.h"
#include "comparisonwidget.h"
#include "documentmanager.h"
#include "migration.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "principalsetup.h"

namespace mfapolicy {

DocumentTools::DocumentTools(QWidget *window, DocumentManager *documents, PrincipalSetup *principal)
    : QObject(window), m_window(window), m_documents(documents), m_principal(principal)
{ }

void DocumentTools::setHighContrast(bool on)
{
    m_highContrast = on;
    if (m_comparison)
        m_comparison->comparison()->setHighContrast(on);
}

// The export dialog with the current document's policy, matrix and findings; false without one.
bool DocumentTools::prepareExport(ExportDialog &dialog)
{
    PolicyTab *tab = m_documents->current();
    if (!tab)
        return false;
    tab->analyseNow();
    const PolicyAnalysis &analysis = *tab->analysis();
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setPolicy(analysis.source);
    if (analysis.matrix)
        dialog.setMatrix(*analysis.matrix);
    dialog.setFindings(analysis.findings);
    dialog.setHighContrast(m_highContrast);
    if (m_printDialog)
        dialog.setPrintDialogRunner(m_printDialog);
    return true;
}

void DocumentTools::showExport()
{
    ExportDialog dialog(m_window);
    if (prepareExport(dialog))
        dialog.exec();
}

void DocumentTools::printMatrix()
{
    // The export dialog paginates and prints; it is not shown.
    ExportDialog dialog(m_window);
    if (prepareExport(dialog) && m_documents->current()->analysis()->matrix)
        dialog.print();
}

ComparisonDialog *DocumentTools::showComparison(int candidate)
{
    PolicyTab *tab = m_documents->current();
    if (!tab)
        return nullptr;
    tab->analyseNow();
    const std::shared_ptr<const PolicyAnalysis> analysis = tab->analysis();
    QList<ComparisonDialog::Candidate> candidates;
    const MigrationPlan plan = planMigration(analysis->source);
    if (!plan.changes.empty()) {
        candidates.append({tr("Its migrated form"), tr("%1 (migrated)").arg(tab->displayName()),
                           QString::fromStdString(applyMigration(analysis->source, plan)), true});
    }
    for (PolicyTab *other : m_documents->tabs()) {
        if (other != tab)
            candidates.append({tr("Open document: %1").arg(other->displayName()), other->displayName(),
                               other->editor()->toPlainText()});
    }
    for (const PolicyTemplates::Template &t : PolicyTemplates::all())
        candidates.append(
            {tr("AWS example: %1").arg(t.title), t.id + QStringLiteral(".json"), PolicyTemplates::text(t.id)});
    if (!m_comparison) {
        m_comparison = new ComparisonDialog(m_window);
        m_comparison->setObjectName(QStringLiteral("comparisonDialog"));
        m_comparison->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_comparison, &ComparisonDialog::exportRequested, this, &DocumentTools::exportComparison);
    }
    m_comparison->comparison()->setHighContrast(m_highContrast);
    m_comparison->setDocument(tab->displayName(), analysis->text, m_principal->identity(), candidates);
    m_comparison->setCurrentCandidate(std::clamp(candidate, 0, int(candidates.size()) - 1));
    m_comparison->show();
    m_comparison->raise();
    return m_comparison;
}

void DocumentTools::exportComparison()
{
    if (!m_comparison)
        return;
    const ComparisonWidget *c = m_comparison->comparison();
    ExportDialog dialog(m_comparison);
    dialog.setObjectName(QStringLiteral("exportDialog"));
    dialog.setComparison(c->beforeMatrix(), c->afterMatrix(), tr("%1 → %2").arg(c->beforeName(), c->afterName()),
                         c->changes(), c->hunks(), c->beforeName(), c->afterName());
    dialog.setHighContrast(m_highContrast);
    dialog.setFormat(ExportDialog::Format::MatrixPng);
    if (m_printDialog)
        dialog.setPrintDialogRunner(m_printDialog);
    dialog.exec();
}

void DocumentTools::showMigration()
{
    PolicyTab *tab = m_documents->current();
    if (!tab)
        return;
    tab->analyseNow();
    MigrationDialog dialog(tab->analysis(), m_window);
    dialog.setHighContrast(m_highContrast);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tab->applyEdits(dialog.edits());
}

} // namespace mfapolicy
