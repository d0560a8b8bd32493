#pragma once

#include "finding.h"
#include "matrix.h"

#include <QObject>

class QTabWidget;

namespace mfapolicy {

class DocumentManager;
class PolicyTab;
struct PrincipalPolicy;

/// Goes to another policy of the principal: finds the tab it is open in, or opens it (its file,
/// or the bundled text of an AWS managed policy), and shows a statement there.
class PrincipalNavigator final : public QObject
{
    Q_OBJECT
public:
    PrincipalNavigator(QTabWidget *tabs, DocumentManager *documents, QObject *parent = nullptr);

    /// The tab of the policy, opened when needed; nullptr (after saying why) when it cannot be.
    PolicyTab *tabFor(const PrincipalPolicy &policy);
    /// Shows a deciding statement of another policy of the principal, opening it when needed.
    void showStatement(const PrincipalPolicy &policy, std::size_t statement, const QString &action,
                       const QString &resource, AuthState state);

    /// Shows a finding of another policy of the principal in that policy's tab.
    void showFinding(const PrincipalPolicy &policy, const Finding &finding);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    QTabWidget *m_tabs;
    DocumentManager *m_documents;
};

} // namespace mfapolicy
