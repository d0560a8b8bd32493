#include "documenttools.h"

#include "comparisondialog.h"
#include "comparisonwidget.h"
#include "document.h"
#include "documentmanager.h"
#include "messagebox.h"
#include "migration.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "principalmigration.h"
#include "principalnavigator.h"
#include "principalsetup.h"

namespace mfapolicy {

DocumentTools::DocumentTools(QWidget *window, DocumentManager *documents, PrincipalSetup *principal,
                             PrincipalNavigator *navigator)
    : QObject(window), m_window(window), m_documents(documents), m_principal(principal), m_navigator(navigator)
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
    // The document's own: the other policies' findings have their lines in other texts.
    dialog.setFindings(analysis.ownFindings());
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

// With a principal whose stale device resource refuses a device with a name of the user's choosing,
// the migration is for the policy the core finds to cause it, wherever it is; else for the document.
PolicyTab *DocumentTools::migrationTarget()
{
    PolicyTab *current = m_documents->current();
    if (m_principal->isEmpty())
        return current;
    const Principal principal = m_principal->principal();
    const PrincipalMigration found = findPrincipalMigration(principal);
    if (!found.policy)
        return current;
    const PrincipalPolicy *policy = principalPolicy(principal, *found.policy);
    if (!policy)
        return current;
    if (found.outcome == PrincipalMigration::Outcome::AwsManaged) {
        cannotChange(QString::fromStdString(policy->name));
        return nullptr;
    }
    if (current && m_principal->viewFor(current).isOwn(*found.policy))
        return current;
    return m_navigator->tabFor(*policy);
}

void DocumentTools::cannotChange(const QString &name)
{
    MessageBox::information(
        m_window, tr("Migrate"),
        tr("%1 is an AWS managed policy: AWS maintains it, and nobody else can change it. Create a customer "
           "managed policy with the statements you need (for example a migrated copy of it), attach it to the "
           "user or their group, and detach %1.")
            .arg(name));
}

void DocumentTools::showMigration()
{
    PolicyTab *tab = migrationTarget();
    if (!tab)
        return;
    if (tab->document()->isReadOnly()) {
        cannotChange(tab->displayName());
        return;
    }
    tab->analyseNow();
    MigrationDialog dialog(tab->analysis(), m_window);
    dialog.setHighContrast(m_highContrast);
    if (dialog.exec() != QDialog::Accepted)
        return;
    tab->applyEdits(dialog.edits());
}

} // namespace mfapolicy
