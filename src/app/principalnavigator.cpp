#include "principalnavigator.h"

#include "document.h"
#include "documentmanager.h"
#include "policyanalysis.h"
#include "policytab.h"

#include <QTabWidget>

namespace mfapolicy {

PrincipalNavigator::PrincipalNavigator(QTabWidget *tabs, DocumentManager *documents, QObject *parent)
    : QObject(parent), m_tabs(tabs), m_documents(documents)
{ }

PolicyTab *PrincipalNavigator::tabFor(const PrincipalPolicy &policy)
{
    PolicyTab *target = nullptr;
    for (PolicyTab *tab : m_documents->tabs()) {
        if (tab->analysis() && tab->analysis()->shared == policy.source)
            target = tab;
    }
    for (PolicyTab *tab : m_documents->tabs()) {
        if (!target && !tab->document()->isReadOnly() && tab->displayName().toStdString() == policy.name)
            target = tab;
    }
    if (!target && policy.origin == PolicyOrigin::AwsManaged)
        target = m_documents->openAwsManaged(QString::fromStdString(policy.name));
    else if (!target && !policy.file.empty())
        target = m_documents->open(QString::fromStdString(policy.file));
    if (!target) {
        Q_EMIT message(tr("The policy %1 is not open in the studio and has no file to open.")
                           .arg(QString::fromStdString(policy.name)),
                       5000);
        return nullptr;
    }
    m_tabs->setCurrentWidget(target);
    target->analyseNow();
    return target;
}

void PrincipalNavigator::showStatement(const PrincipalPolicy &policy, std::size_t statement, const QString &action,
                                       const QString &resource, AuthState state)
{
    PolicyTab *target = tabFor(policy);
    if (!target)
        return;
    target->selectMatrixCell(action, resource, state);
    target->selectStatement(statement);
}

void PrincipalNavigator::showFinding(const PrincipalPolicy &policy, const Finding &finding)
{
    PolicyTab *target = tabFor(policy);
    if (target && !target->selectFinding(finding))
        Q_EMIT message(tr("%1 no longer has this finding.").arg(target->displayName()), 5000);
}

} // namespace mfapolicy
