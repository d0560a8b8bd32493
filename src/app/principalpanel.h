#pragma once

#include "principalsetup.h"

#include <QWidget>

#include <functional>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;
class QTableWidget;
class QTreeWidget;

namespace mfapolicy {

class DocumentManager;

/// The principal: the simulated user, its attached policies (open documents, files, AWS managed
/// ones) each with an include check box and its kind in the tooltip, its permissions boundary, the SCPs of each
/// organization level and extra request context keys.
class PrincipalPanel final : public QWidget
{
    Q_OBJECT
public:
    PrincipalPanel(PrincipalSetup *setup, DocumentManager *documents, QWidget *parent = nullptr);

    /// Where a policy chosen in the panel goes.
    enum class Target { Policies, Boundary, Scp };
    /// Attaches an open document / a file / an AWS managed policy (as the panel's buttons do).
    /// False after telling the user why.
    bool attachTab(PolicyTab *tab, Target target = Target::Policies);
    bool attachFile(const QString &path, Target target = Target::Policies);
    bool attachAwsManaged(const QString &name, Target target = Target::Policies);

    /// Narrow, so that the matrix beside keeps its three decision columns in sight: about 26
    /// average characters of the panel's font; long names are elided, whole in their tooltips.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int contentWidth() const;
    void buildUser(QGridLayout *layout);
    QWidget *buildPolicies();
    QWidget *buildBoundary();
    QWidget *buildScps();
    QWidget *buildContext();
    void retranslate();
    void refresh();
    void attach(PrincipalSetup::Entry entry, Target target);
    /// A menu of what can be attached: every open document, a file, an AWS managed policy.
    void choose(QToolButton *anchor, Target target);
    void showBoundary();
    std::size_t scpLevelForNewPolicy();
    void identityEdited();
    void contextEdited();

    PrincipalSetup *m_setup;
    DocumentManager *m_documents;
    bool m_refreshing = false;
    QLineEdit *m_account;
    QLineEdit *m_user;
    QLineEdit *m_path;
    QLineEdit *m_device;
    QLineEdit *m_otherUser;
    QList<QLabel *> m_userLabels;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    QGroupBox *m_userGroup;
    QGroupBox *m_policiesGroup;
    QGroupBox *m_boundaryGroup;
    QGroupBox *m_scpGroup;
    QGroupBox *m_contextGroup;
    QTreeWidget *m_policies;
    QLabel *m_boundary;
    QTreeWidget *m_scps;
    QTableWidget *m_context;
    QToolButton *m_addPolicy;
    QToolButton *m_removePolicy;
    QToolButton *m_setBoundary;
    QToolButton *m_clearBoundary;
    QToolButton *m_addLevel;
    QToolButton *m_addScp;
    QToolButton *m_removeScp;
    QToolButton *m_addContext;
    QToolButton *m_removeContext;
};

} // namespace mfapolicy
