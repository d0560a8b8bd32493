// The principal panel with real widgets: which layer and policy decide a cell, findings judged on
// the user's policies together, and a principal saved and opened again.
#include "decisiondelegate.h"
#include "decisionmatrixmodel.h"
#include "document.h"
#include "documentmanager.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "matrixrenderer.h"
#include "messagebox.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "principalactions.h"
#include "principalpanel.h"
#include "principalsetup.h"
#include "settings.h"
#include "testdata.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace mfapolicy;

namespace {
constexpr auto create = "iam:CreateVirtualMFADevice";

QString dataPath(const QString &name)
{
    return QDir(QStringLiteral(MFAPOLICY_TEST_DATA_DIR)).filePath(name);
}

// The decision and the tooltip of a cell of the tab's matrix.
std::pair<Decision, QString> cell(PolicyTab *tab, const char *action, ResourcePattern pattern, int column)
{
    const DecisionMatrixModel *model = tab->matrixModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const MatrixRow *r = model->row(row);
        if (r->action == action && r->pattern == pattern) {
            const QModelIndex index = model->index(row, column);
            return {Decision(index.data(DecisionMatrixModel::DecisionRole).toInt()),
                    index.data(Qt::ToolTipRole).toString()};
        }
    }
    qFatal("no row %s", action);
}

bool hasFinding(PolicyTab *tab, const std::string &ruleId)
{
    for (int row = 0; row < tab->findingsModel()->rowCount(); ++row) {
        if (tab->findingsModel()->finding(row)->ruleId == ruleId)
            return true;
    }
    return false;
}

int findingRow(PolicyTab *tab, const std::string &ruleId)
{
    for (int row = 0; row < tab->findingsModel()->rowCount(); ++row) {
        if (tab->findingsModel()->finding(row)->ruleId == ruleId)
            return row;
    }
    return -1;
}

QModelIndex cellIndex(PolicyTab *tab, const char *action, ResourcePattern pattern, int column)
{
    const DecisionMatrixModel *model = tab->matrixModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->row(row)->action == action && model->row(row)->pattern == pattern)
            return model->index(row, column);
    }
    return {};
}

void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}
} // namespace

class TestPrincipal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        Settings::instance().setIdentity(SimulationIdentity {});
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        m_panel = m_window->principalPanel();
    }

    void cleanup()
    {
        for (PolicyTab *tab : m_window->documents()->tabs())
            tab->editor()->document()->setModified(false);
        m_window.reset();
    }

    // A first user's setup: two AWS managed policies and a document of their own. Nothing lets
    // the user create a virtual MFA device, and the identity layer is what refuses it; AWS's
    // self-manage example added as a file allows it without MFA.
    void awsManagedPoliciesAloneRefuseTheDevice()
    {
        PolicyTab *own = m_window->newDocument();
        QVERIFY(m_panel->attachTab(own));
        QVERIFY(m_panel->attachAwsManaged(QStringLiteral("ReadOnlyAccess")));
        QVERIFY(m_panel->attachAwsManaged(QStringLiteral("IAMUserChangePassword")));
        auto *list = m_panel->findChild<QTreeWidget *>(QStringLiteral("policiesView"));
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("AWS managed"));
        own->analyseNow();
        auto [decision, why]
            = cell(own, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::NoMfaColumn);
        QCOMPARE(decision, Decision::ImplicitDeny);
        QVERIFY2(why.contains(QStringLiteral("Decided by the identity-based policies")), qPrintable(why));
        // ReadOnlyAccess does let the user list their devices.
        QCOMPARE(cell(own, "iam:ListMFADevices", ResourcePattern::OwnUser, DecisionMatrixModel::NoMfaColumn).first,
                 Decision::Allow);

        QVERIFY(m_panel->attachFile(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json"))));
        QCOMPARE(list->topLevelItemCount(), 4);
        own->analyseNow();
        std::tie(decision, why)
            = cell(own, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::NoMfaColumn);
        QCOMPARE(decision, Decision::Allow);
        QVERIFY2(why.contains(QStringLiteral("mfa-selfmanage_current-live.json")), qPrintable(why));

        // Left out with its check box, the example allows nothing any more.
        list->topLevelItem(3)->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY(m_window->principalSetup()->policies()[3].policy.excluded);
        own->analyseNow();
        QCOMPARE(cell(own, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::NoMfaColumn).first,
                 Decision::ImplicitDeny);
    }

    // The guard in one policy and the Allows in another: judged together there is no "MFA not
    // enforced", while the Allows alone do have it.
    void splitGuardAndAllowsTogether()
    {
        QVERIFY(m_window->openFile(dataPath(QStringLiteral("cli/split-allows.json"))));
        PolicyTab *allows = m_window->currentTab();
        allows->analyseNow();
        QVERIFY(hasFinding(allows, "MFA_NOT_ENFORCED"));
        QVERIFY(m_panel->attachTab(allows));
        QVERIFY(m_panel->attachFile(dataPath(QStringLiteral("cli/split-guard.json"))));
        allows->analyseNow();
        QVERIFY(!hasFinding(allows, "MFA_NOT_ENFORCED"));
        QCOMPARE(cell(allows, "iam:ListUsers", ResourcePattern::Star, DecisionMatrixModel::MfaSessionColumn).first,
                 Decision::Allow);
    }

    // A boundary without CreateVirtualMFADevice, then an SCP that denies without MFA: each
    // refusal names its own layer.
    void boundaryAndScpNameTheirLayer()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("boundary.json")),
              R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "NotAction": "iam:CreateVirtualMFADevice", "Resource": "*"}]})");
        write(dir.filePath(QStringLiteral("scp.json")),
              R"({"Version": "2012-10-17", "Statement": [{"Sid": "DenyWithoutMfa", "Effect": "Deny",
                  "Action": "*", "Resource": "*",
                  "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]})");
        QVERIFY(m_window->openFile(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json"))));
        PolicyTab *tab = m_window->currentTab();
        QVERIFY(m_panel->attachTab(tab));
        QVERIFY(m_panel->attachFile(dir.filePath(QStringLiteral("boundary.json")), PrincipalPanel::Target::Boundary));
        tab->analyseNow();
        auto [decision, why]
            = cell(tab, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::NoMfaColumn);
        QCOMPARE(decision, Decision::ImplicitDeny);
        QVERIFY2(why.contains(QStringLiteral("permissions boundary")), qPrintable(why));
        m_window->principalSetup()->setBoundary(std::nullopt);

        QVERIFY(m_panel->attachAwsManaged(QStringLiteral("FullAWSAccess"), PrincipalPanel::Target::Scp));
        QVERIFY(m_panel->attachFile(dir.filePath(QStringLiteral("scp.json")), PrincipalPanel::Target::Scp));
        tab->analyseNow();
        std::tie(decision, why)
            = cell(tab, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::NoMfaColumn);
        QCOMPARE(decision, Decision::ExplicitDeny);
        QVERIFY2(why.contains(QStringLiteral("SCPs of level 1")) && why.contains(QStringLiteral("DenyWithoutMfa")),
                 qPrintable(why));
        QCOMPARE(cell(tab, create, ResourcePattern::DeviceNamedLikeUser, DecisionMatrixModel::MfaSessionColumn).first,
                 Decision::Allow);
    }

    // An SCP whose Deny has a condition value that cannot be read (IAM would refuse to attach such
    // a policy): whether it applies is unknown, so the request has no answer. The cell says so
    // with "?" and why, and looks like neither an Allow nor a Deny.
    void unreadableScpConditionLeavesTheCellUndetermined()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("scp.json")),
              R"({"Version": "2012-10-17", "Statement": [{"Sid": "DenyOldSessions", "Effect": "Deny",
                  "Action": "*", "Resource": "*",
                  "Condition": {"NumericGreaterThan": {"aws:MultiFactorAuthAge": "an hour"}}}]})");
        QVERIFY(m_window->openFile(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json"))));
        PolicyTab *tab = m_window->currentTab();
        QVERIFY(m_panel->attachTab(tab));
        QVERIFY(m_panel->attachAwsManaged(QStringLiteral("FullAWSAccess"), PrincipalPanel::Target::Scp));
        QVERIFY(m_panel->attachFile(dir.filePath(QStringLiteral("scp.json")), PrincipalPanel::Target::Scp));
        tab->analyseNow();
        const QModelIndex index
            = cellIndex(tab, create, ResourcePattern::DeviceCustomName, DecisionMatrixModel::NoMfaColumn);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(DecisionMatrixModel::DecisionRole).toInt(), int(CellDecision::Undetermined));
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Undetermined"));
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), QStringLiteral("? Undetermined"));
        const QString why = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QStringLiteral("? Undetermined")) && why.contains(QStringLiteral("DenyOldSessions"))
                     && why.contains(QStringLiteral("cannot be read as its operator's type")),
                 qPrintable(why));

        // Painted, it has neither the Allow nor the Deny colour.
        QImage image(120, 24, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            QStyleOptionViewItem option;
            option.initFrom(tab->matrixView());
            option.rect = image.rect();
            tab->matrixView()->itemDelegate()->paint(&painter, option, tab->matrixFilterModel()->mapFromSource(index));
        }
        const QColor background = image.pixelColor(image.width() - 2, 1);
        QVERIFY(background != MatrixRenderer::decisionStyle(Decision::Allow).background);
        QVERIFY(background != MatrixRenderer::decisionStyle(Decision::ExplicitDeny).background);
        QVERIFY(background != MatrixRenderer::decisionStyle(Decision::ImplicitDeny).background);

        // The SCP is no part of what the MFA rules can decide: the finding says so.
        QVERIFY(hasFinding(tab, "MFA_RULES_UNDETERMINED"));
    }

    // A boundary that does not allow iam:CreateVirtualMFADevice: IAM allows only what both the
    // user's policies and the boundary allow, so enrollment is blocked. The finding is on the
    // boundary, shown in the policy's tab with the boundary's name, and leads to the boundary.
    void boundaryFindingLeadsToTheBoundary()
    {
        QTemporaryDir dir;
        const QString boundary = dir.filePath(QStringLiteral("boundary.json"));
        write(boundary, R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                  "NotAction": "iam:CreateVirtualMFADevice", "Resource": "*"}]})");
        QVERIFY(m_window->openFile(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json"))));
        PolicyTab *tab = m_window->currentTab();
        QVERIFY(m_panel->attachTab(tab));
        QVERIFY(m_panel->attachFile(boundary, PrincipalPanel::Target::Boundary));
        tab->analyseNow();
        const int row = findingRow(tab, "ENROLLMENT_BLOCKED_BY_BOUNDARY");
        QVERIFY(row >= 0);
        QCOMPARE(tab->findingsModel()->finding(row)->args.front(), std::string(create));
        const QString where
            = tab->findingsModel()->index(row, FindingsModel::LocationColumn).data(Qt::DisplayRole).toString();
        QVERIFY2(where.startsWith(QStringLiteral("boundary.json")), qPrintable(where));
        // Not underlined here: its place is in the boundary's text.
        const QString ownText = tab->editor()->toPlainText();

        auto *view = tab->findChild<QTableView *>(QStringLiteral("findingsView"));
        QVERIFY(view);
        view->clicked(tab->findingsModel()->index(row, FindingsModel::MessageColumn));
        PolicyTab *shown = m_window->currentTab();
        QVERIFY(shown != tab);
        QCOMPARE(shown->filePath(), QFileInfo(boundary).absoluteFilePath());
        const Finding *current = shown->findingsModel()->finding(
            shown->findChild<QTableView *>(QStringLiteral("findingsView"))->currentIndex().row());
        QVERIFY(current);
        QCOMPARE(current->ruleId, std::string("ENROLLMENT_BLOCKED_BY_BOUNDARY"));
        QCOMPARE(tab->editor()->toPlainText(), ownText);
    }

    // The principal's stale policy (AWS's example of September 2022, whose
    // iam:CreateVirtualMFADevice is allowed on mfa/${aws:username} only, so a device named
    // otherwise is refused) is not the current document: Migrate opens and migrates that one.
    void migrateOpensTheStalePolicy()
    {
        QTemporaryDir dir;
        const QString stale = dir.filePath(QStringLiteral("stale.json"));
        QVERIFY(QFile::copy(testing::samplePath(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")), stale));
        PolicyTab *own
            = m_window->newDocument(QStringLiteral(R"({"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
                "Action": "s3:ListAllMyBuckets", "Resource": "*"}]})"));
        QVERIFY(m_panel->attachTab(own));
        QVERIFY(m_panel->attachFile(stale));
        QCOMPARE(m_window->currentTab(), own);
        const QString ownText = own->editor()->toPlainText();

        PolicyTab *migrated = nullptr;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<MigrationDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            migrated = m_window->currentTab();
            auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
            QVERIFY(apply && apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        m_window->showMigration();
        QVERIFY(migrated && migrated != own);
        QCOMPARE(migrated->filePath(), QFileInfo(stale).absoluteFilePath());
        QVERIFY(migrated->editor()->toPlainText().contains(QStringLiteral("arn:aws:iam::*:mfa/*")));
        QCOMPARE(own->editor()->toPlainText(), ownText);
        migrated->analyseNow();
        own->analyseNow();
        QCOMPARE(cell(own, create, ResourcePattern::DeviceCustomName, DecisionMatrixModel::NoMfaColumn).first,
                 Decision::Allow);
        migrated->editor()->document()->setModified(false);
    }

    // An AWS managed policy cannot be changed by anyone but AWS: Migrate says what to do instead.
    void awsManagedPolicyIsNotMigrated()
    {
        PolicyTab *tab = m_window->documents()->openAwsManaged(QStringLiteral("IAMUserChangePassword"));
        QVERIFY(tab && tab->document()->isReadOnly());
        const int shown = MessageBox::shownCount();
        m_window->showMigration();
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("customer managed policy")),
                 qPrintable(MessageBox::lastText()));
    }

    // The principal panel open beside the matrix at 1280x800 and on a 1024 pixels wide screen: the
    // window fits the screen and the three decision columns stay whole in sight, without
    // scrolling, in English and in Japanese (whose titles are wider).
    void decisionColumnsFitBesideThePanel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
            QTest::addRow("English %dx%d", size.width(), size.height()) << QString() << size;
            QTest::addRow("Japanese %dx%d", size.width(), size.height()) << QStringLiteral("ja") << size;
        }
    }

    void decisionColumnsFitBesideThePanel()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        m_window->resize(size);
        QTranslator translator;
        if (!language.isEmpty()) {
            const QString qm = QCoreApplication::applicationDirPath() + QStringLiteral("/../translations/")
                + QStringLiteral("mfa-policy-studio_") + language + QStringLiteral(".qm");
            QVERIFY2(translator.load(qm), qPrintable(qm + QStringLiteral(" is missing")));
            QCoreApplication::installTranslator(&translator);
        }
        QVERIFY(m_window->openFile(dataPath(QStringLiteral("principals/first-user.principal.json"))));
        QVERIFY(m_window->openFile(testing::samplePath(QStringLiteral("mfa-selfmanage_2022-12.json"))));
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("principalDock"));
        QVERIFY(dock && dock->isVisible());
        PolicyTab *tab = m_window->currentTab();
        tab->analyseNow();
        QTableView *view = tab->matrixView();
        QVERIFY(view->model()->rowCount() > 0);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
        QVERIFY2(m_window->width() <= size.width(), qPrintable(QString::number(m_window->width())));
        // The panel keeps its room: the matrix takes what it needs from the editor.
        QVERIFY2(dock->width() >= m_panel->fontMetrics().averageCharWidth() * 20,
                 qPrintable(QString::number(dock->width())));
        for (int column = DecisionMatrixModel::MfaSessionColumn; column <= DecisionMatrixModel::AccessKeyColumn;
             ++column) {
            const int right = view->columnViewportPosition(column) + view->columnWidth(column);
            QVERIFY2(view->columnViewportPosition(column) >= 0 && right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3 (panel %4 wide)")
                                    .arg(column)
                                    .arg(right)
                                    .arg(view->viewport()->width())
                                    .arg(dock->width())));
        }
        QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
        // Nothing of the panel is cut off at its right edge where the screen has the room; on a
        // narrower one it scrolls sideways.
        auto *scroll = m_panel->findChild<QScrollArea *>();
        QVERIFY2(size.width() < 1280 || scroll->widget()->width() <= scroll->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(scroll->widget()->width()).arg(scroll->viewport()->width())));
        // Elided in the panel, the boundary's name is whole in its tooltip.
        auto *boundary = m_panel->findChild<QLabel *>(QStringLiteral("boundaryLabel"));
        QVERIFY(boundary->toolTip().contains(QStringLiteral("boundary-no-create.json")));
        if (!language.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }

    void savedPrincipalOpensAgain()
    {
        QTemporaryDir dir;
        const QString policy = dir.filePath(QStringLiteral("self-manage.json"));
        QVERIFY(QFile::copy(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json")), policy));
        QVERIFY(m_panel->attachFile(policy));
        QVERIFY(m_panel->attachAwsManaged(QStringLiteral("ReadOnlyAccess")));
        m_window->principalSetup()->setIncluded(1, false);
        SimulationIdentity identity;
        identity.userName = "carol";
        m_window->principalSetup()->setIdentity(identity);
        const QString path = dir.filePath(QStringLiteral("carol.json"));
        QCOMPARE(m_window->principalActions()->saveTo(path), QString());

        m_window->principalSetup()->clear();
        m_window->principalSetup()->setIdentity(SimulationIdentity {});
        QVERIFY(m_window->openFile(path));
        PrincipalSetup *setup = m_window->principalSetup();
        QCOMPARE(setup->identity().userName, std::string("carol"));
        QCOMPARE(setup->policies().size(), std::size_t(2));
        QCOMPARE(setup->policies()[0].policy.name, std::string("self-manage.json"));
        QVERIFY(!setup->policies()[0].policy.excluded);
        QCOMPARE(setup->policies()[1].policy.origin, PolicyOrigin::AwsManaged);
        QVERIFY(setup->policies()[1].policy.excluded);
        // The policy file opened beside it, linked: its tab is the one the principal follows.
        QCOMPARE(m_window->currentTab()->filePath(), QFileInfo(policy).absoluteFilePath());
        QVERIFY(setup->isAttached(m_window->currentTab()));
        auto *user = m_panel->findChild<QLineEdit *>(QStringLiteral("userEdit"));
        QCOMPARE(user->text(), QStringLiteral("carol"));
        m_window->principalSetup()->setIdentity(SimulationIdentity {});
    }

private:
    std::unique_ptr<MainWindow> m_window;
    PrincipalPanel *m_panel = nullptr;
};

QTEST_MAIN(TestPrincipal)
#include "tst_principal.moc"
