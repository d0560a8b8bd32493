#include "principalpanel.h"

#include "awsmanagedpolicydialog.h"
#include "documentmanager.h"
#include "filedialog.h"
#include "messagebox.h"
#include "policytab.h"
#include "principalexplanation.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mfapolicy {

namespace {
// Tool buttons, which are as wide as their text: push buttons are at least 80 pixels each.
QToolButton *button(QWidget *parent, const char *name)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(QLatin1String(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return b;
}

QHBoxLayout *row(std::initializer_list<QWidget *> widgets)
{
    auto *layout = new QHBoxLayout;
    for (QWidget *w : widgets)
        layout->addWidget(w);
    layout->addStretch();
    return layout;
}

QString sourceNote(const PrincipalSetup::Entry &entry)
{
    if (entry.tab)
        return PrincipalPanel::tr("open in the studio");
    if (!entry.policy.file.empty())
        return QDir::toNativeSeparators(QString::fromStdString(entry.policy.file));
    return {};
}

// The whole name of an entry, its kind and where it comes from, for a tooltip.
QString entryTip(const PrincipalSetup::Entry &entry)
{
    QString tip = QString::fromStdString(entry.policy.name) + QStringLiteral(" (")
        + PrincipalExplanation::policyKind(entry.policy) + QLatin1Char(')');
    const QString note = sourceNote(entry);
    return note.isEmpty() ? tip : tip + QLatin1Char('\n') + note;
}
} // namespace

PrincipalPanel::PrincipalPanel(PrincipalSetup *setup, DocumentManager *documents, QWidget *parent)
    : QWidget(parent), m_setup(setup), m_documents(documents)
{
    auto *content = new QWidget;
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_userGroup = new QGroupBox(content);
    auto *userLayout = new QGridLayout(m_userGroup);
    buildUser(userLayout);
    layout->addWidget(m_userGroup);
    layout->addWidget(buildPolicies(), 3);
    layout->addWidget(buildBoundary());
    layout->addWidget(buildScps(), 2);
    layout->addWidget(buildContext(), 1);

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_setup, &PrincipalSetup::changed, this, &PrincipalPanel::refresh);
    retranslate();
    refresh();
}

void PrincipalPanel::buildUser(QGridLayout *layout)
{
    const auto edit = [this](const char *name) {
        auto *e = new QLineEdit(m_userGroup);
        e->setObjectName(QLatin1String(name));
        connect(e, &QLineEdit::textEdited, this, &PrincipalPanel::identityEdited);
        return e;
    };
    m_account = edit("accountEdit");
    m_account->setMaxLength(12);
    m_user = edit("userEdit");
    m_path = edit("pathEdit");
    m_device = edit("deviceEdit");
    m_otherUser = edit("otherUserEdit");
    const QList<QLineEdit *> edits {m_account, m_user, m_path, m_device, m_otherUser};
    for (int i = 0; i < edits.size(); ++i) {
        auto *label = new QLabel(m_userGroup);
        label->setBuddy(edits[i]);
        m_userLabels.append(label);
        layout->addWidget(label, i, 0);
        layout->addWidget(edits[i], i, 1);
    }
}

QWidget *PrincipalPanel::buildPolicies()
{
    m_policiesGroup = new QGroupBox(this);
    m_policies = new QTreeWidget(m_policiesGroup);
    m_policies->setObjectName(QStringLiteral("policiesView"));
    m_policies->setColumnCount(2);
    m_policies->setRootIsDecorated(false);
    m_policies->setTextElideMode(Qt::ElideMiddle);
    m_policies->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The kind ("AWS managed", "inline, group Engineers") is in each entry's tooltip: beside the
    // name in a narrow panel, both would be elided.
    m_policies->setColumnHidden(1, true);
    m_policies->header()->setStretchLastSection(false);
    connect(m_policies, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (m_refreshing || column != 0)
            return;
        // Later: the change rebuilds the list, which must not delete the item while Qt is in it.
        const std::size_t index = std::size_t(m_policies->indexOfTopLevelItem(item));
        const bool included = item->checkState(0) == Qt::Checked;
        QMetaObject::invokeMethod(
            this, [this, index, included] { m_setup->setIncluded(index, included); }, Qt::QueuedConnection);
    });
    m_addPolicy = button(m_policiesGroup, "addPolicyButton");
    m_removePolicy = button(m_policiesGroup, "removePolicyButton");
    connect(m_addPolicy, &QToolButton::clicked, this, [this] { choose(m_addPolicy, Target::Policies); });
    connect(m_removePolicy, &QToolButton::clicked, this, [this] {
        const int index = m_policies->indexOfTopLevelItem(m_policies->currentItem());
        if (index >= 0)
            m_setup->removePolicy(std::size_t(index));
    });
    auto *layout = new QVBoxLayout(m_policiesGroup);
    layout->addWidget(m_policies);
    layout->addLayout(row({m_addPolicy, m_removePolicy}));
    return m_policiesGroup;
}

QWidget *PrincipalPanel::buildBoundary()
{
    m_boundaryGroup = new QGroupBox(this);
    m_boundary = new QLabel(m_boundaryGroup);
    m_boundary->setObjectName(QStringLiteral("boundaryLabel"));
    m_boundary->setWordWrap(true);
    // The name is elided to the label's width (see eventFilter), so it never widens the panel.
    m_boundary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_boundary->installEventFilter(this);
    m_setBoundary = button(m_boundaryGroup, "setBoundaryButton");
    m_clearBoundary = button(m_boundaryGroup, "clearBoundaryButton");
    connect(m_setBoundary, &QToolButton::clicked, this, [this] { choose(m_setBoundary, Target::Boundary); });
    connect(m_clearBoundary, &QToolButton::clicked, this, [this] { m_setup->setBoundary(std::nullopt); });
    auto *layout = new QVBoxLayout(m_boundaryGroup);
    layout->addWidget(m_boundary);
    layout->addLayout(row({m_setBoundary, m_clearBoundary}));
    return m_boundaryGroup;
}

QWidget *PrincipalPanel::buildScps()
{
    m_scpGroup = new QGroupBox(this);
    m_scps = new QTreeWidget(m_scpGroup);
    m_scps->setObjectName(QStringLiteral("scpView"));
    m_scps->setHeaderHidden(true);
    m_scps->setTextElideMode(Qt::ElideMiddle);
    m_addLevel = button(m_scpGroup, "addScpLevelButton");
    m_addScp = button(m_scpGroup, "addScpButton");
    m_removeScp = button(m_scpGroup, "removeScpButton");
    connect(m_addLevel, &QToolButton::clicked, this, [this] {
        const std::size_t n = m_setup->scpLevels().size();
        // AWS Organizations applies the SCPs of the root, then of each organizational unit down to
        // the account; the name is the user's to change in the principal file.
        m_setup->addScpLevel(n == 0 ? tr("organization root") : tr("organizational unit %1").arg(n));
    });
    connect(m_addScp, &QToolButton::clicked, this, [this] { choose(m_addScp, Target::Scp); });
    connect(m_removeScp, &QToolButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_scps->currentItem();
        if (!item)
            return;
        if (QTreeWidgetItem *parent = item->parent())
            m_setup->removeScp(std::size_t(m_scps->indexOfTopLevelItem(parent)),
                               std::size_t(parent->indexOfChild(item)));
        else
            m_setup->removeScpLevel(std::size_t(m_scps->indexOfTopLevelItem(item)));
    });
    auto *layout = new QVBoxLayout(m_scpGroup);
    layout->addWidget(m_scps);
    // Two rows: three buttons side by side would make the panel wider than the rest of it needs.
    layout->addLayout(row({m_addLevel, m_addScp}));
    layout->addLayout(row({m_removeScp}));
    return m_scpGroup;
}

QWidget *PrincipalPanel::buildContext()
{
    m_contextGroup = new QGroupBox(this);
    m_context = new QTableWidget(0, 2, m_contextGroup);
    m_context->setObjectName(QStringLiteral("contextView"));
    m_context->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_context->verticalHeader()->hide();
    connect(m_context, &QTableWidget::itemChanged, this, [this] {
        if (!m_refreshing)
            contextEdited();
    });
    m_addContext = button(m_contextGroup, "addContextButton");
    m_removeContext = button(m_contextGroup, "removeContextButton");
    connect(m_addContext, &QToolButton::clicked, this, [this] {
        const QSignalBlocker blocker(m_context);
        const int r = m_context->rowCount();
        m_context->insertRow(r);
        m_context->setItem(r, 0, new QTableWidgetItem);
        m_context->setItem(r, 1, new QTableWidgetItem);
        m_context->editItem(m_context->item(r, 0));
    });
    connect(m_removeContext, &QToolButton::clicked, this, [this] {
        if (m_context->currentRow() >= 0) {
            m_context->removeRow(m_context->currentRow());
            contextEdited();
        }
    });
    auto *layout = new QVBoxLayout(m_contextGroup);
    layout->addWidget(m_context);
    layout->addLayout(row({m_addContext, m_removeContext}));
    return m_contextGroup;
}

// Opens as wide as its content needs.
QSize PrincipalPanel::sizeHint() const
{
    return {std::max(fontMetrics().averageCharWidth() * 26, contentWidth()), QWidget::sizeHint().height()};
}

// On a narrow screen the panel gives way before the matrix's decision columns do: narrower than its
// content, the content scrolls sideways, and the window still fits 1,024 pixels with the panel open.
QSize PrincipalPanel::minimumSizeHint() const
{
    return {std::min(contentWidth(), fontMetrics().averageCharWidth() * 20), QWidget::minimumSizeHint().height()};
}

int PrincipalPanel::contentWidth() const
{
    if (!m_content || !m_scroll)
        return QWidget::minimumSizeHint().width();
    return m_content->minimumSizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width()
        + 2 * m_scroll->frameWidth();
}

bool PrincipalPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_boundary && event->type() == QEvent::Resize)
        showBoundary();
    return QWidget::eventFilter(watched, event);
}

void PrincipalPanel::showBoundary()
{
    const auto &boundary = m_setup->boundary();
    if (!boundary) {
        m_boundary->setText(tr("None: the user's policies alone decide."));
        m_boundary->setToolTip({});
        return;
    }
    const QString name = m_boundary->fontMetrics().elidedText(QString::fromStdString(boundary->policy.name),
                                                              Qt::ElideMiddle, std::max(1, m_boundary->width()));
    m_boundary->setText(tr("%1 (%2)").arg(name, PrincipalExplanation::policyKind(boundary->policy)));
    m_boundary->setToolTip(entryTip(*boundary));
}

void PrincipalPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void PrincipalPanel::retranslate()
{
    m_userGroup->setTitle(tr("Simulated user"));
    const QStringList labels {tr("Account:"), tr("User:"), tr("Path:"), tr("Device name:"), tr("Other user:")};
    for (int i = 0; i < m_userLabels.size(); ++i)
        m_userLabels[i]->setText(labels.value(i));
    m_account->setToolTip(tr("The 12-digit AWS account ID of the simulated user"));
    m_user->setToolTip(tr("The IAM user name (aws:username)"));
    m_path->setToolTip(tr("The user's path, \"/\" or for example \"/engineering/\""));
    m_device->setToolTip(tr("The name the user types for a new virtual MFA device"));
    m_otherUser->setToolTip(tr("Another user of the account, for the \"another user\" rows"));
    m_policiesGroup->setTitle(tr("Attached policies"));
    m_policies->setHeaderLabels({tr("Policy"), tr("Kind")});
    m_policies->setToolTip(tr("Clear a check box to leave a policy out without removing it. A document that is "
                              "not attached is evaluated as the user's inline policy."));
    m_addPolicy->setText(tr("Add…"));
    m_removePolicy->setText(tr("Remove"));
    m_boundaryGroup->setTitle(tr("Permissions boundary"));
    m_setBoundary->setText(tr("Set…"));
    m_clearBoundary->setText(tr("Clear"));
    m_scpGroup->setTitle(tr("Service control policies (SCPs)"));
    m_scps->setToolTip(tr("One level per organization level above the account, the root first. Every level must "
                          "allow a request."));
    m_addLevel->setText(tr("Add Level"));
    m_addScp->setText(tr("Add SCP…"));
    m_removeScp->setText(tr("Remove"));
    m_contextGroup->setTitle(tr("Extra context keys"));
    m_context->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_context->setToolTip(tr("Added to every simulated request, for example aws:SourceIp or aws:RequestedRegion"));
    m_addContext->setText(tr("Add"));
    m_removeContext->setText(tr("Remove"));
}

void PrincipalPanel::refresh()
{
    m_refreshing = true;
    const SimulationIdentity &identity = m_setup->identity();
    const auto setText = [](QLineEdit *edit, const std::string &text) {
        if (edit->text() != QString::fromStdString(text) && !edit->hasFocus())
            edit->setText(QString::fromStdString(text));
    };
    setText(m_account, identity.account);
    setText(m_user, identity.userName);
    setText(m_path, identity.userPath);
    setText(m_device, identity.deviceName);
    setText(m_otherUser, identity.otherUser);

    const int current = m_policies->indexOfTopLevelItem(m_policies->currentItem());
    m_policies->clear();
    for (const PrincipalSetup::Entry &entry : m_setup->policies()) {
        auto *item = new QTreeWidgetItem(m_policies);
        item->setText(0, QString::fromStdString(entry.policy.name));
        item->setText(1, PrincipalExplanation::policyKind(entry.policy));
        item->setToolTip(0, entryTip(entry));
        item->setToolTip(1, entryTip(entry));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, entry.policy.excluded ? Qt::Unchecked : Qt::Checked);
    }
    if (current >= 0 && current < m_policies->topLevelItemCount())
        m_policies->setCurrentItem(m_policies->topLevelItem(current));

    showBoundary();
    m_clearBoundary->setEnabled(m_setup->boundary().has_value());

    m_scps->clear();
    const auto &levels = m_setup->scpLevels();
    for (std::size_t l = 0; l < levels.size(); ++l) {
        auto *levelItem = new QTreeWidgetItem(m_scps, {tr("Level %1: %2").arg(l + 1).arg(levels[l].name)});
        levelItem->setToolTip(0, levelItem->text(0));
        for (const PrincipalSetup::Entry &entry : levels[l].policies)
            (new QTreeWidgetItem(levelItem, {QString::fromStdString(entry.policy.name)}))
                ->setToolTip(0, entryTip(entry));
        levelItem->setExpanded(true);
    }
    if (levels.empty())
        new QTreeWidgetItem(m_scps, {tr("None: the account is not in an organization.")});

    if (!m_context->isPersistentEditorOpen(m_context->currentItem())) {
        m_context->setRowCount(0);
        for (const auto &[key, value] : m_setup->context()) {
            const int r = m_context->rowCount();
            m_context->insertRow(r);
            m_context->setItem(r, 0, new QTableWidgetItem(QString::fromStdString(key)));
            m_context->setItem(r, 1, new QTableWidgetItem(QString::fromStdString(value)));
        }
    }
    m_refreshing = false;
}

void PrincipalPanel::identityEdited()
{
    SimulationIdentity identity = m_setup->identity();
    identity.account = m_account->text().trimmed().toStdString();
    identity.userName = m_user->text().trimmed().toStdString();
    identity.userPath = m_path->text().trimmed().toStdString();
    if (identity.userPath.empty())
        identity.userPath = "/";
    identity.deviceName = m_device->text().trimmed().toStdString();
    identity.otherUser = m_otherUser->text().trimmed().toStdString();
    m_setup->setIdentity(identity);
}

void PrincipalPanel::contextEdited()
{
    std::vector<std::pair<std::string, std::string>> context;
    for (int r = 0; r < m_context->rowCount(); ++r) {
        const QString key = m_context->item(r, 0) ? m_context->item(r, 0)->text().trimmed() : QString();
        const QString value = m_context->item(r, 1) ? m_context->item(r, 1)->text() : QString();
        if (!key.isEmpty())
            context.emplace_back(key.toStdString(), value.toStdString());
    }
    if (context != m_setup->context())
        m_setup->setContext(std::move(context));
}

std::size_t PrincipalPanel::scpLevelForNewPolicy()
{
    if (m_setup->scpLevels().empty())
        m_setup->addScpLevel(QStringLiteral("root"));
    QTreeWidgetItem *item = m_scps->currentItem();
    if (item && item->parent())
        item = item->parent();
    const int index = item ? m_scps->indexOfTopLevelItem(item) : -1;
    if (index >= 0 && std::size_t(index) < m_setup->scpLevels().size())
        return std::size_t(index);
    return m_setup->scpLevels().size() - 1;
}

void PrincipalPanel::attach(PrincipalSetup::Entry entry, Target target)
{
    switch (target) {
    case Target::Policies:
        m_setup->addPolicy(std::move(entry));
        break;
    case Target::Boundary:
        m_setup->setBoundary(std::move(entry));
        break;
    case Target::Scp:
        m_setup->addScp(scpLevelForNewPolicy(), std::move(entry));
        break;
    }
}

bool PrincipalPanel::attachTab(PolicyTab *tab, Target target)
{
    if (!tab)
        return false;
    tab->analyseNow();
    attach(PrincipalSetup::entryFor(tab), target);
    return true;
}

bool PrincipalPanel::attachFile(const QString &path, Target target)
{
    QString error;
    std::optional<PrincipalSetup::Entry> entry = PrincipalSetup::entryForFile(path, &error);
    if (!entry) {
        MessageBox::warning(this, tr("Cannot attach the policy"), error);
        return false;
    }
    attach(std::move(*entry), target);
    return true;
}

bool PrincipalPanel::attachAwsManaged(const QString &name, Target target)
{
    std::optional<PrincipalSetup::Entry> entry = PrincipalSetup::entryForAwsManaged(name);
    if (!entry && target == Target::Scp) {
        if (auto scp = knownServiceControlPolicy(name.toStdString())) {
            entry = PrincipalSetup::Entry {};
            entry->policy.name = name.toStdString();
            entry->policy.origin = PolicyOrigin::AwsManaged;
            entry->policy.source = std::move(scp);
        }
    }
    if (!entry) {
        MessageBox::warning(this, tr("Cannot attach the policy"),
                            tr("No AWS managed policy is named %1 in the bundled data.").arg(name));
        return false;
    }
    attach(std::move(*entry), target);
    return true;
}

void PrincipalPanel::choose(QToolButton *anchor, Target target)
{
    QMenu menu(this);
    for (PolicyTab *tab : m_documents->tabs()) {
        menu.addAction(tr("Open document: %1").arg(tab->displayName()), this,
                       [this, tab, target] { attachTab(tab, target); });
    }
    menu.addSeparator();
    menu.addAction(tr("Policy File…"), this, [this, target] {
        const QString path
            = FileDialog::instance()
                  .getOpenFileNames(this, tr("Attach a Policy File"), QString(), tr("Policies (*.json);;All files (*)"))
                  .value(0);
        if (!path.isEmpty())
            attachFile(path, target);
    });
    if (target == Target::Scp) {
        menu.addAction(QStringLiteral("FullAWSAccess"), this,
                       [this] { attachAwsManaged(QStringLiteral("FullAWSAccess"), Target::Scp); });
    } else {
        menu.addAction(tr("AWS Managed Policy…"), this, [this, target] {
            AwsManagedPolicyDialog dialog(this);
            if (dialog.exec() == QDialog::Accepted && !dialog.selectedName().isEmpty())
                attachAwsManaged(dialog.selectedName(), target);
        });
    }
    menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
}

} // namespace mfapolicy
