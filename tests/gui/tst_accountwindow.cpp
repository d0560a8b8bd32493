// The account window on the example account, whose answers were worked out by hand from AWS's
// example policies (tests/data/accounts/README.md): what a user sees in the tables, the filters,
// the notice for a damaged dump, Cancel, and a corrected policy flipping its users' answers.

#include "accountgroupmodel.h"
#include "accountpolicymodel.h"
#include "accountprincipals.h"
#include "accountuserfilter.h"
#include "accountusermodel.h"
#include "accountwindow.h"
#include "decisionmatrixmodel.h"
#include "document.h"
#include "documentmanager.h"
#include "filedialog.h"
#include "fixalldialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "presentationmode.h"
#include "principalpanel.h"
#include "principalsetup.h"
#include "settings.h"
#include "studiopalette.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTranslator>
#include <QTreeWidget>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

QString examplePath()
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/example-account.json");
}

template<typename T> T *child(QWidget *window, const char *name)
{
    T *widget = window->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

/// The users table as shown, top to bottom: name → text of `column`.
QStringList column(QWidget *window, int column)
{
    const QAbstractItemModel *model = child<QTableView>(window, "usersView")->model();
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

QModelIndex cellIndex(QWidget *window, const QString &user, int column)
{
    const QAbstractItemModel *model = child<QTableView>(window, "usersView")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, AccountUserModel::NameColumn).data().toString() == user)
            return model->index(row, column);
    return {};
}

QString cell(QWidget *window, const QString &user, int column)
{
    return cellIndex(window, user, column).data().toString();
}

/// Chooses the row of `view` whose first column reads `name`.
void selectRow(QTableView *view, const QString &name)
{
    const QModelIndexList rows
        = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY(!rows.isEmpty());
    view->setCurrentIndex(rows.front());
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

bool waitAnalysed(AccountWindow &window)
{
    QSignalSpy spy(&window, &AccountWindow::analysed);
    return spy.wait(30000);
}

/// The index of the dump's policy `name`; past the end when there is none.
std::size_t policyIndex(const AccountDump &dump, const char *name)
{
    for (std::size_t p = 0; p < dump.policies.size(); ++p)
        if (dump.policies[p].name == name)
            return p;
    return dump.policies.size();
}

void selectUser(AccountWindow &window, const QString &name)
{
    auto *view = child<QTableView>(&window, "usersView");
    const QModelIndexList rows
        = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
    QVERIFY(!rows.isEmpty());
    view->setCurrentIndex(rows.front());
}

PolicyTab *tabNamed(MainWindow &window, const QString &name)
{
    for (PolicyTab *tab : window.documents()->tabs())
        if (tab->displayName() == name)
            return tab;
    return nullptr;
}

/// The decision of the cell of `action` on `pattern` for a request signed without MFA.
Decision withoutMfa(PolicyTab *tab, const char *action, ResourcePattern pattern)
{
    const DecisionMatrixModel *model = tab->matrixModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const MatrixRow *r = model->row(row);
        if (r->action == action && r->pattern == pattern)
            return Decision(
                model->index(row, DecisionMatrixModel::NoMfaColumn).data(DecisionMatrixModel::DecisionRole).toInt());
    }
    qFatal("no row %s", action);
}

/// Replaces `from` by `to` in the editor as typing would, one undo step.
void replaceInEditor(PolicyTab *tab, const QString &from, const QString &to)
{
    QTextCursor cursor = tab->editor()->document()->find(from);
    QVERIFY(!cursor.isNull());
    cursor.insertText(to);
}

} // namespace

class TestAccountWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        Settings::instance().setIdentity(SimulationIdentity {});
    }

    void exampleAccountShowsTheHandWorkedAnswers()
    {
        AccountWindow window;
        auto *view = child<QTableView>(&window, "usersView");
        QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        QCOMPARE(column(&window, AccountUserModel::NameColumn),
                 QStringList({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                              QStringLiteral("dave"), QStringLiteral("erin")}));
        // Nobody in the example can create a device named other than like the user without MFA.
        for (const char *user : {"alice", "bob", "carol", "erin"})
            QVERIFY2(cell(&window, QString::fromLatin1(user), AccountUserModel::EnrollColumn).endsWith(u"no"), user);
        // dave's group is not in the dump: no answers, and the reason in the tooltip.
        QCOMPARE(cell(&window, QStringLiteral("dave"), AccountUserModel::EnrollColumn), QStringLiteral("? unknown"));
        QVERIFY(cellIndex(&window, QStringLiteral("dave"), AccountUserModel::EnrollColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"not analysed: something it depends on is missing"));
        QCOMPARE(cell(&window, QStringLiteral("dave"), AccountUserModel::GroupsColumn), QStringLiteral("Contractors"));
        QCOMPARE(cell(&window, QStringLiteral("dave"), AccountUserModel::PathColumn), QStringLiteral("/contractors/"));
        // The September 2022 example forces MFA and covers access keys; read-only carol is not forced.
        QVERIFY(cell(&window, QStringLiteral("alice"), AccountUserModel::SignInWithMfaColumn).endsWith(u"yes"));
        QVERIFY(cell(&window, QStringLiteral("alice"), AccountUserModel::KeysActColumn).endsWith(u"no"));
        QVERIFY(cell(&window, QStringLiteral("carol"), AccountUserModel::SignInWithMfaColumn).endsWith(u"no"));
        QVERIFY(cell(&window, QStringLiteral("carol"), AccountUserModel::KeysActColumn).endsWith(u"yes"));
        // The example has no damaged parts besides dave's missing group.
        auto *notice = child<QLabel>(&window, "noticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(u"group Contractors of user dave is not in the dump"));

        // Choosing erin shows the boundary's refusal with AWS's message; choosing dave says why.
        const auto select = [&](const QString &name) {
            const QModelIndexList rows
                = view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, name, 1, Qt::MatchExactly);
            QVERIFY(!rows.isEmpty());
            view->setCurrentIndex(rows.front());
        };
        auto *details = child<QTextBrowser>(&window, "detailText");
        select(QStringLiteral("erin"));
        QVERIFY(details->toPlainText().contains(u"Refused by the permissions boundary."));
        QVERIFY(details->toPlainText().contains(
            u"arn:aws:iam::123456789012:user/erin is not authorized to perform: iam:CreateVirtualMFADevice"));
        select(QStringLiteral("alice"));
        QVERIFY(details->toPlainText().contains(u"only a device named like the user works"));
        select(QStringLiteral("dave"));
        QVERIFY(details->toPlainText().contains(u"not analysed: something it depends on is missing"));
        QVERIFY(details->toPlainText().contains(u"group Contractors of user dave is not in the dump"));

        // Policies: the stale example on Engineers blocks alice; the boundary blocks erin.
        auto *policies = child<QTableView>(&window, "policiesView");
        QAbstractItemModelTester policyTester(policies->model(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto policyRow = [&](const char *name) {
            const QModelIndexList rows = policies->model()->match(policies->model()->index(0, 0), Qt::DisplayRole,
                                                                  QString::fromLatin1(name), 1, Qt::MatchExactly);
            return rows.isEmpty() ? -1 : rows.front().row();
        };
        const int old = policyRow("SelfManageMfaOld");
        QVERIFY(old >= 0);
        QCOMPARE(policies->model()->index(old, AccountPolicyModel::StaleColumn).data().toString(),
                 QStringLiteral("yes"));
        QCOMPARE(policies->model()->index(old, AccountPolicyModel::BlockedColumn).data().toInt(), 1);
        QCOMPARE(policies->model()->index(old, AccountPolicyModel::AttachedColumn).data().toString(),
                 QStringLiteral("group/Engineers"));
        const int boundary = policyRow("Boundary");
        QVERIFY(boundary >= 0);
        QCOMPARE(policies->model()->index(boundary, AccountPolicyModel::BlockedColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("erin"));
    }

    void filtersShowExactlyTheExpectedUsers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("answer");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QStringList>("users");
        QTest::newRow("cannot enroll a device with any name")
            << QString() << int(AccountUserFilter::CannotEnrollAnyName) << QString()
            << QStringList(
                   {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("erin")});
        QTest::newRow("keys act without MFA: only read-only carol")
            << QString() << int(AccountUserFilter::KeysActWithoutMfa) << QString()
            << QStringList({QStringLiteral("carol")});
        QTest::newRow("not analysed: dave")
            << QString() << int(AccountUserFilter::NotAnalysed) << QString() << QStringList({QStringLiteral("dave")});
        QTest::newRow("group Engineers") << QString() << int(AccountUserFilter::AnyAnswer)
                                         << QStringLiteral("Engineers") << QStringList({QStringLiteral("alice")});
        QTest::newRow("group Contractors, missing from the dump")
            << QString() << int(AccountUserFilter::AnyAnswer) << QStringLiteral("Contractors")
            << QStringList({QStringLiteral("dave")});
        QTest::newRow("text matches the path") << QStringLiteral("contract") << int(AccountUserFilter::AnyAnswer)
                                               << QString() << QStringList({QStringLiteral("dave")});
        QTest::newRow("text and answer together")
            << QStringLiteral("e") << int(AccountUserFilter::CannotEnrollAnyName) << QString()
            << QStringList({QStringLiteral("alice"), QStringLiteral("erin")});
    }

    void filtersShowExactlyTheExpectedUsers()
    {
        QFETCH(QString, text);
        QFETCH(int, answer);
        QFETCH(QString, group);
        QFETCH(QStringList, users);
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        // Ctrl+F reaches the filter, and typing filters.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *edit = child<QLineEdit>(&window, "filterEdit");
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, text);
        child<QComboBox>(&window, "answerCombo")->setCurrentIndex(answer);
        auto *groups = child<QComboBox>(&window, "groupCombo");
        if (!group.isEmpty()) {
            const int index = groups->findText(group);
            QVERIFY(index > 0);
            groups->setCurrentIndex(index);
        }
        QCOMPARE(column(&window, AccountUserModel::NameColumn), users);
    }

    void sortingByHeader()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        auto *view = child<QTableView>(&window, "usersView");
        view->sortByColumn(AccountUserModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(column(&window, AccountUserModel::NameColumn).front(), QStringLiteral("erin"));
        // Keys act without MFA, yes first: carol (the only yes) leads, dave (not analysed) ends.
        view->sortByColumn(AccountUserModel::KeysActColumn, Qt::DescendingOrder);
        QCOMPARE(column(&window, AccountUserModel::NameColumn).front(), QStringLiteral("carol"));
        QCOMPARE(column(&window, AccountUserModel::NameColumn).back(), QStringLiteral("dave"));
    }

    void damagedDumpsShowTheNoticeAndWhatWasRead()
    {
        QTemporaryDir dir;
        const QByteArray text = readInput(examplePath());
        // Saved with IsTruncated: true: every user is still listed, and the notice says to fetch again.
        QByteArray truncated = text;
        truncated.replace("\"IsTruncated\": false", "\"IsTruncated\": true");
        const QString truncatedPath = dir.filePath(QStringLiteral("truncated.json"));
        QVERIFY(writeBytes(truncatedPath, truncated));
        AccountWindow window;
        window.show();
        window.load(truncatedPath);
        QVERIFY(waitAnalysed(window));
        QCOMPARE(window.findChild<QTableView *>(QStringLiteral("usersView"))->model()->rowCount(), 5);
        QVERIFY(child<QLabel>(&window, "noticeLabel")->text().contains(u"IsTruncated: true"));

        // Cut in the middle of bob: alice was read whole, and the notice gives the place of the cut.
        const QString cutPath = dir.filePath(QStringLiteral("cut.json"));
        QVERIFY(writeBytes(cutPath, text.left(text.indexOf("\"UserName\": \"bob\"") + 10)));
        window.load(cutPath);
        QVERIFY(waitAnalysed(window));
        QCOMPARE(column(&window, AccountUserModel::NameColumn), QStringList {QStringLiteral("alice")});
        const QString notice = child<QLabel>(&window, "noticeLabel")->text();
        QVERIFY(notice.contains(u"the file ends in the middle"));
        QVERIFY(notice.contains(cutPath + QStringLiteral(":17:")));
    }

    void unreadableFilesAreAMessage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("a policy, not a dump")
            << QByteArray(R"({"Version": "2012-10-17", "Statement": []})") << QStringLiteral("not an account dump");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("not valid JSON");
        QTest::newRow("vanished file") << QByteArray() << QStringLiteral("no such file");
    }

    void unreadableFilesAreAMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump.json"));
        if (!bytes.isEmpty())
            QVERIFY(writeBytes(path, bytes));
        AccountWindow window;
        QSignalSpy failed(&window, &AccountWindow::loadFailed);
        window.load(path);
        QVERIFY(failed.wait(10000));
        const QString text = failed.front().front().toString();
        QVERIFY2(text.startsWith(path) && text.contains(message), qPrintable(text));
        QVERIFY(MessageBox::lastText().contains(message));
        QVERIFY(!window.isBusy());
    }

    void cancelStopsLoading()
    {
        // 3,000 read-only users, each on a path of its own so that none shares an evaluation with
        // another: long enough to be cancelled while being analysed.
        QByteArray dump = R"({"UserDetailList": [)";
        for (int i = 0; i < 3000; ++i) {
            if (i > 0)
                dump += ',';
            dump += QStringLiteral(
                        R"({"UserName": "u%1", "Path": "/team%1/", "Arn": "arn:aws:iam::123456789012:user/team%1/u%1",
                "GroupList": [], "UserPolicyList": [], "AttachedManagedPolicies": [{"PolicyName": "ReadOnlyAccess",
                "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}]})")
                        .arg(i)
                        .toUtf8();
        }
        dump += R"(], "GroupDetailList": [], "Policies": [], "IsTruncated": false})";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.json"));
        QVERIFY(writeBytes(path, dump));
        AccountWindow window;
        window.show();
        QSignalSpy analysed(&window, &AccountWindow::analysed);
        window.load(path);
        auto *progress = child<QWidget>(&window, "progressBox");
        QVERIFY(progress->isVisible());
        // The window keeps answering while the worker analyses: the progress text moves on.
        auto *label = child<QLabel>(&window, "progressLabel");
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Analysing user"), 20000);
        QVERIFY(window.isBusy());
        QTest::mouseClick(child<QPushButton>(&window, "cancelButton"), Qt::LeftButton);
        QVERIFY(!window.isBusy());
        QVERIFY(!progress->isVisible());
        QTest::qWait(500);
        QCOMPARE(analysed.count(), 0);
        QCOMPARE(child<QTableView>(&window, "usersView")->model()->rowCount(), 0);
    }

    void correctedPolicyFlipsItsUsers()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        QVERIFY(cell(&window, QStringLiteral("alice"), AccountUserModel::EnrollColumn).endsWith(u"no"));
        const AccountDump &dump = window.state()->dump;
        const std::size_t old = policyIndex(dump, "SelfManageMfaOld");
        QVERIFY(old < dump.policies.size());
        // The fix AWS's current example made: any device name under mfa/.
        QString text = QString::fromStdString(dump.policies[old].source->text());
        QVERIFY(text.contains(u"mfa/${aws:username}"));
        text.replace(QStringLiteral("mfa/${aws:username}"), QStringLiteral("mfa/*"));
        window.setPolicyText(old, text);
        QVERIFY(waitAnalysed(window));
        QVERIFY(cell(&window, QStringLiteral("alice"), AccountUserModel::EnrollColumn).endsWith(u"yes"));
        // Nobody else is reached by it: their answers stay.
        QVERIFY(cell(&window, QStringLiteral("bob"), AccountUserModel::EnrollColumn).endsWith(u"no"));
        QCOMPARE(cell(&window, QStringLiteral("dave"), AccountUserModel::EnrollColumn), QStringLiteral("? unknown"));
    }

    void choosingAUserRequestsItsPrincipal()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        QSignalSpy requested(&window, &AccountWindow::principalRequested);
        auto *view = child<QTableView>(&window, "usersView");
        view->setFocus();
        view->setCurrentIndex(view->model()->index(1, 0)); // bob
        QTest::mouseClick(child<QPushButton>(&window, "openPrincipalButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        const auto principal = requested.front().front().value<Principal>();
        QCOMPARE(QString::fromStdString(principal.identity.userName), QStringLiteral("bob"));
        // bob's customer managed ForceMFA, default version v2.
        QCOMPARE(principal.policies.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(principal.policies.front().name), QStringLiteral("ForceMFA"));
        QCOMPARE(QString::fromStdString(principal.policies.front().versionId), QStringLiteral("v2"));
    }

    // alice in the main window: her group's inline SelfManageMfaOld opens as an editable document
    // and ReadOnlyAccess read-only; the matrix is hers (tests/data/accounts/README.md: a device
    // named like her is allowed without MFA, any other name refused). Fixing the document by hand
    // as AWS's current example does lets her enroll any name in the account window, nobody else.
    void choosingAUserOpensItsPrincipalAndEditsReanalyse()
    {
        MainWindow main;
        main.resize(1280, 800);
        main.show();
        auto *principals = main.findChild<AccountPrincipals *>(QStringLiteral("accountPrincipals"));
        QVERIFY(principals);
        AccountWindow *account = AccountWindow::open(&main, examplePath());
        principals->follow(account);
        QVERIFY(waitAnalysed(*account));
        selectUser(*account, QStringLiteral("alice"));
        QTest::mouseClick(child<QPushButton>(account, "openPrincipalButton"), Qt::LeftButton);

        const PrincipalSetup *setup = main.principalSetup();
        QCOMPARE(QString::fromStdString(setup->identity().userName), QStringLiteral("alice"));
        QCOMPARE(setup->policies().size(), std::size_t(2));
        QVERIFY(!setup->boundary());
        PolicyTab *old = tabNamed(main, QStringLiteral("SelfManageMfaOld"));
        QVERIFY(old);
        QVERIFY(!old->document()->isReadOnly());
        QVERIFY(old->filePath().isEmpty()); // untitled: saving asks for a name
        PolicyTab *readOnly = tabNamed(main, QStringLiteral("ReadOnlyAccess (AWS managed)"));
        QVERIFY(readOnly);
        QVERIFY(readOnly->document()->isReadOnly());
        QCOMPARE(main.currentTab(), old);
        auto *panelPolicies = main.principalPanel()->findChild<QTreeWidget *>(QStringLiteral("policiesView"));
        QStringList shown;
        for (int i = 0; i < panelPolicies->topLevelItemCount(); ++i)
            shown << panelPolicies->topLevelItem(i)->text(0);
        shown.sort();
        QCOMPARE(shown, QStringList({QStringLiteral("ReadOnlyAccess"), QStringLiteral("SelfManageMfaOld")}));
        QVERIFY(main.findChild<QWidget *>(QStringLiteral("principalDock"))->isVisible());

        old->analyseNow();
        QCOMPARE(withoutMfa(old, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceNamedLikeUser), Decision::Allow);
        QCOMPARE(withoutMfa(old, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName),
                 Decision::ImplicitDeny);

        // The edit reaches the account window after the editor's usual pause.
        QSignalSpy analysed(account, &AccountWindow::analysed);
        replaceInEditor(old, QStringLiteral("mfa/${aws:username}"), QStringLiteral("mfa/*"));
        QVERIFY(analysed.wait(30000));
        QVERIFY(cell(account, QStringLiteral("alice"), AccountUserModel::EnrollColumn).endsWith(u"yes"));
        QVERIFY(cell(account, QStringLiteral("bob"), AccountUserModel::EnrollColumn).endsWith(u"no"));
        QVERIFY(cell(account, QStringLiteral("erin"), AccountUserModel::EnrollColumn).endsWith(u"no"));
        old->analyseNow();
        QCOMPARE(withoutMfa(old, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName), Decision::Allow);

        // erin next: her boundary opens as the boundary, and the edited document stays as it is.
        selectUser(*account, QStringLiteral("erin"));
        QTest::mouseClick(child<QPushButton>(account, "openPrincipalButton"), Qt::LeftButton);
        QCOMPARE(QString::fromStdString(setup->identity().userName), QStringLiteral("erin"));
        QVERIFY(setup->boundary());
        QCOMPARE(QString::fromStdString(setup->boundary()->policy.name), QStringLiteral("Boundary"));
        QVERIFY(setup->boundary()->tab);
        QCOMPARE(setup->boundary()->tab->displayName(), QStringLiteral("Boundary"));
        QVERIFY(old->isModified());
        for (PolicyTab *tab : main.documents()->tabs())
            tab->editor()->document()->setModified(false);
    }

    // Presentation mode gives the account windows the projector's colours: one open before it
    // starts and one opened while presenting; ending it brings the theme's colours back.
    void presentationModeReachesTheAccountWindows()
    {
        MainWindow main;
        main.resize(1280, 800);
        main.show();
        auto *principals = main.findChild<AccountPrincipals *>(QStringLiteral("accountPrincipals"));
        QVERIFY(principals);
        const auto riskyBackground = [](AccountWindow *account) {
            return cellIndex(account, QStringLiteral("carol"), AccountUserModel::KeysActColumn)
                .data(Qt::BackgroundRole)
                .value<QColor>();
        };
        using StudioPalette::Variant::HighContrast;
        const QColor projector = StudioPalette::verdict(StudioPalette::Verdict::Bad, HighContrast).background;
        AccountWindow *before = AccountWindow::open(&main, examplePath());
        principals->follow(before);
        QVERIFY(waitAnalysed(*before));
        QVERIFY(riskyBackground(before) != projector);
        main.presentationMode()->setEnabled(true);
        QCOMPARE(riskyBackground(before), projector);
        AccountWindow *during = AccountWindow::open(&main, examplePath());
        principals->follow(during);
        QVERIFY(waitAnalysed(*during));
        QCOMPARE(riskyBackground(during), projector);
        main.presentationMode()->setEnabled(false);
        QCOMPARE(riskyBackground(before),
                 StudioPalette::verdict(StudioPalette::Verdict::Bad, StudioPalette::Variant::Light).background);
        QVERIFY(riskyBackground(during) != projector);
    }

    // Fix All on the example account (tests/data/accounts/README.md, by hand): alice's group
    // policy and bob's ForceMFA v2 allow only mfa/${aws:username}; corrected, both can enroll any
    // name, while carol's read-only policies and erin's boundary still refuse. The folder is the
    // command line's, and a folder that is not empty is never written into.
    void fixAllShowsTheChangesAndWritesTheFolder()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        auto *button = child<QPushButton>(&window, "fixAllButton");
        QVERIFY(button->isEnabled());
        FixAllDialog *dialog = nullptr;
        connect(&window, &AccountWindow::fixAllDialogCreated, this, [&](FixAllDialog *d) { dialog = d; });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(dialog);
        // The slot another button (such as applying to AWS) goes in.
        QVERIFY(dialog->buttonBox());
        QSignalSpy ready(dialog, &FixAllDialog::ready);
        QVERIFY(ready.wait(30000));
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QRegularExpression(
                     QStringLiteral("2 user(s|\\(s\\)) can enroll a virtual MFA device with a name of their own again: "
                                    "alice, bob\\."))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"Still cannot enroll with a name of their own: carol, erin."), qPrintable(summary));
        auto *list = child<QListWidget>(dialog, "policyList");
        QCOMPARE(list->count(), 2);
        // Each policy: its diff from the document in force to the corrected one, and its users.
        for (int row = 0; row < list->count(); ++row) {
            list->setCurrentRow(row);
            const QString diff = child<QTextEdit>(dialog, "diffView")->toPlainText();
            // The previous document's device resource stays (other actions use it); an added line
            // allows the resource any name may take.
            QVERIFY2(diff.contains(u"--- previous/") && diff.contains(u"+++ corrected/"), qPrintable(diff));
            QVERIFY2(diff.contains(u"mfa/${aws:username}"), qPrintable(diff));
            QVERIFY2(diff.contains(QRegularExpression(QStringLiteral("\\n\\+[^\\n]*\"arn:aws:iam::\\*:mfa/\\*\""))),
                     qPrintable(diff));
            const QString text = child<QTextBrowser>(dialog, "policyText")->toPlainText();
            const QString user
                = list->item(row)->text().startsWith(u"ForceMFA") ? QStringLiteral("bob") : QStringLiteral("alice");
            // (English plurals come from the translation, which the test does not load.)
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("Reaches 1 user(\\(s\\))?: ") + user)),
                     qPrintable(text));
            QVERIFY2(text.contains(QRegularExpression(
                         QStringLiteral("1 user(\\(s\\))? can enroll a virtual MFA device with a name of their own "
                                        "again: ")
                         + user)),
                     qPrintable(text));
        }

        QTemporaryDir dir;
        FileDialog::instance().setNextFileNames({dir.path()});
        const QString written = dialog->chooseAndWriteFolder();
        QCOMPARE(written, dir.path());
        QStringList files;
        for (const QString &sub : {QStringLiteral("."), QStringLiteral("corrected"), QStringLiteral("previous")})
            for (const QString &name : QDir(QDir(dir.path()).filePath(sub)).entryList(QDir::Files, QDir::Name))
                files << QDir::cleanPath(sub + QLatin1Char('/') + name);
        QCOMPARE(files,
                 QStringList({QStringLiteral("apply.sh"), QStringLiteral("rollback.sh"), QStringLiteral("summary.md"),
                              QStringLiteral("corrected/group-Engineers-SelfManageMfaOld.json"),
                              QStringLiteral("corrected/policy-ForceMFA.json"),
                              QStringLiteral("previous/group-Engineers-SelfManageMfaOld.json"),
                              QStringLiteral("previous/policy-ForceMFA.json")}));
        QVERIFY(QFileInfo(QDir(dir.path()).filePath(QStringLiteral("apply.sh"))).isExecutable());
        const QByteArray rollback = readInput(QDir(dir.path()).filePath(QStringLiteral("rollback.sh")));
        QVERIFY(rollback.contains("set-default-policy-version --policy-arn arn:aws:iam::123456789012:policy/ForceMFA "
                                  "--version-id v2"));

        // Not empty now: asked, and with Cancel nothing is written; with Yes, a new folder inside.
        const QByteArray summaryBefore = readInput(QDir(dir.path()).filePath(QStringLiteral("summary.md")));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        FileDialog::instance().setNextFileNames({dir.path()});
        QVERIFY(dialog->chooseAndWriteFolder().isEmpty());
        QVERIFY(MessageBox::lastText().contains(u"is not empty"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size(), 5);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        FileDialog::instance().setNextFileNames({dir.path()});
        const QString inside = dialog->chooseAndWriteFolder();
        QCOMPARE(inside, QDir(dir.path()).filePath(QStringLiteral("mfa-fix-123456789012")));
        QVERIFY(QFileInfo::exists(QDir(inside).filePath(QStringLiteral("summary.md"))));
        QCOMPARE(readInput(QDir(dir.path()).filePath(QStringLiteral("summary.md"))), summaryBefore);
        dialog->close();
    }

    // A policy corrected by hand first: Fix All works on the account as shown, so only bob's
    // ForceMFA is left to correct.
    void fixAllTakesTheEditsIntoAccount()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        const AccountDump &dump = window.state()->dump;
        const std::size_t old = policyIndex(dump, "SelfManageMfaOld");
        QVERIFY(old < dump.policies.size());
        window.setPolicyText(old,
                             QString::fromStdString(dump.policies[old].source->text())
                                 .replace(QStringLiteral("mfa/${aws:username}"), QStringLiteral("mfa/*")));
        QVERIFY(waitAnalysed(window));
        FixAllDialog *dialog = nullptr;
        connect(&window, &AccountWindow::fixAllDialogCreated, this, [&](FixAllDialog *d) { dialog = d; });
        window.fixAll();
        QVERIFY(dialog);
        QSignalSpy ready(dialog, &FixAllDialog::ready);
        QVERIFY(ready.wait(30000));
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QRegularExpression(
                     QStringLiteral("1 user(\\(s\\))? can enroll a virtual MFA device with a name of their own again: "
                                    "bob\\."))),
                 qPrintable(summary));
        QCOMPARE(child<QListWidget>(dialog, "policyList")->count(), 1);
        dialog->close();
    }

    // A risky "yes" (carol's long-term access keys act without MFA, she sees every user name) is
    // bad news, shown in the colours and with the symbol of bad news, never those of good news;
    // a safe "yes" (alice must sign in with MFA) and a safe "no" (alice's keys do not act) are
    // good news; dave, not analysed, is neither. In the light, dark and high-contrast colours.
    void answersShowWhetherTheyAreGoodOrBad()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        auto *users = qobject_cast<AccountUserModel *>(
            qobject_cast<QSortFilterProxyModel *>(child<QTableView>(&window, "usersView")->model())->sourceModel());
        QVERIFY(users);
        const QString carol = QStringLiteral("carol");
        const QString alice = QStringLiteral("alice");
        const QString dave = QStringLiteral("dave");
        QVERIFY(cell(&window, carol, AccountUserModel::KeysActColumn).endsWith(u"yes"));
        QVERIFY(cell(&window, carol, AccountUserModel::SeesUsersColumn).endsWith(u"yes"));
        QVERIFY(cell(&window, alice, AccountUserModel::SignInWithMfaColumn).endsWith(u"yes"));
        QVERIFY(cell(&window, alice, AccountUserModel::KeysActColumn).endsWith(u"no"));
        using Variant = StudioPalette::Variant;
        using Verdict = StudioPalette::Verdict;
        const struct {
            const char *name;
            Variant variant;
        } variants[] = {{"light", Variant::Light}, {"dark", Variant::Dark}, {"high contrast", Variant::HighContrast}};
        for (const auto &[name, variant] : variants) {
            StudioPalette::apply(variant == Variant::Dark ? QStringLiteral("dark") : QStringLiteral("light"));
            users->setHighContrast(variant == Variant::HighContrast);
            const DecisionStyle good = StudioPalette::verdict(Verdict::Good, variant);
            const DecisionStyle bad = StudioPalette::verdict(Verdict::Bad, variant);
            const DecisionStyle undetermined = StudioPalette::verdict(Verdict::Undetermined, variant);
            QVERIFY2(good.background != bad.background && good.symbol != bad.symbol, name);
            const auto shows = [&](const QString &user, int column, const DecisionStyle &style) {
                const QModelIndex index = cellIndex(&window, user, column);
                return index.data(Qt::BackgroundRole).value<QColor>() == style.background
                    && index.data(Qt::ForegroundRole).value<QColor>() == style.foreground
                    && index.data().toString().startsWith(style.symbol);
            };
            for (int risky : {AccountUserModel::KeysActColumn, AccountUserModel::SeesUsersColumn,
                              AccountUserModel::SignInWithMfaColumn}) {
                QVERIFY2(shows(carol, risky, bad), name);
                QVERIFY2(!shows(carol, risky, good), name);
            }
            QVERIFY2(shows(alice, AccountUserModel::SignInWithMfaColumn, good), name);
            QVERIFY2(shows(alice, AccountUserModel::KeysActColumn, good), name);
            QVERIFY2(shows(alice, AccountUserModel::EnrollColumn, bad), name); // only named like her
            QVERIFY2(shows(dave, AccountUserModel::KeysActColumn, undetermined), name);
            // Readable on every background.
            for (const DecisionStyle &style : {good, bad, undetermined})
                QVERIFY2(StudioPalette::contrastRatio(style.foreground, style.background) >= 7, name);
        }
        users->setHighContrast(false);
        StudioPalette::apply(QStringLiteral("light"));
        // The details list the same symbol with each answer.
        selectRow(child<QTableView>(&window, "usersView"), carol);
        const QString details = child<QTextBrowser>(&window, "detailText")->toPlainText();
        QVERIFY2(details.contains(StudioPalette::verdict(Verdict::Bad, Variant::Light).symbol
                                  + QStringLiteral(" long-term access keys act without MFA: yes")),
                 qPrintable(details));
    }

    // On the Groups and Policies tabs the side panel shows the group or policy chosen, not the
    // last user, and only a user can be opened as a principal; back on Users, the user returns.
    void groupsAndPoliciesShowTheirOwnDetails()
    {
        AccountWindow window;
        window.show();
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        auto *tabs = child<QTabWidget>(&window, "tabs");
        auto *details = child<QTextBrowser>(&window, "detailText");
        auto *open = child<QPushButton>(&window, "openPrincipalButton");
        selectRow(child<QTableView>(&window, "usersView"), QStringLiteral("alice"));
        QVERIFY(open->isEnabled());
        QVERIFY(details->toPlainText().contains(u"arn:aws:iam::123456789012:user/alice"));

        tabs->setCurrentWidget(child<QWidget>(&window, "groupsPage"));
        QVERIFY(!open->isEnabled());
        QVERIFY(!details->toPlainText().contains(u"user/alice"));
        QVERIFY2(details->toPlainText().contains(u"Choose a group"), qPrintable(details->toPlainText()));
        selectRow(child<QTableView>(&window, "groupsView"), QStringLiteral("Engineers"));
        QString text = details->toPlainText();
        QVERIFY2(text.startsWith(u"Engineers") && text.contains(u"alice") && text.contains(u"SelfManageMfaOld"),
                 qPrintable(text));
        QVERIFY(!open->isEnabled());
        selectRow(child<QTableView>(&window, "groupsView"), QStringLiteral("Contractors"));
        QVERIFY(details->toPlainText().contains(u"The dump does not hold this group"));

        tabs->setCurrentWidget(child<QWidget>(&window, "policiesPage"));
        QVERIFY(!open->isEnabled());
        selectRow(child<QTableView>(&window, "policiesView"), QStringLiteral("SelfManageMfaOld"));
        text = details->toPlainText();
        QVERIFY2(text.startsWith(u"SelfManageMfaOld") && text.contains(u"Attached to: group/Engineers")
                     && text.contains(u"blocks enrollment with a device name of one's own for: alice")
                     && text.contains(u"only on devices named like the user"),
                 qPrintable(text));
        selectRow(child<QTableView>(&window, "policiesView"), QStringLiteral("Boundary"));
        QVERIFY(details->toPlainText().contains(u"for: erin"));
        QVERIFY(!open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);

        tabs->setCurrentWidget(child<QWidget>(&window, "usersPage"));
        QVERIFY(open->isEnabled());
        QVERIFY(details->toPlainText().contains(u"user/alice"));
    }

    // The first size fits the screen the window opens on (the test platform's screen is small).
    void firstSizeFitsTheScreen()
    {
        AccountWindow window;
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4")
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.width())
                                .arg(available.height())));
    }

    void everyAnswerColumnIsInSight_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("screen");
        for (const char *language : {"en", "ja"})
            for (const QSize &screen : {QSize(1280, 800), QSize(1024, 768)})
                QTest::addRow("%s %dx%d", language, screen.width(), screen.height())
                    << QString::fromLatin1(language) << screen;
    }

    // At 1280 px every answer column is in sight, headers whole, in English and Japanese; the
    // header's tooltip keeps the whole question. With MFAPOLICY_SCREENSHOT_DIR set, the pictures
    // (also at 1024×768) are kept for review.
    void everyAnswerColumnIsInSight()
    {
        QFETCH(QString, language);
        QFETCH(QSize, screen);
        QTranslator translator;
        if (language == QLatin1String("ja")) {
            // The translations are compiled by the build, next to the tests' folder.
            const QString qm
                = QCoreApplication::applicationDirPath() + QStringLiteral("/../translations/mfa-policy-studio_ja.qm");
            QVERIFY2(translator.load(qm), qPrintable(qm));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        AccountWindow window;
        window.resize(screen - QSize(0, 40)); // the title bar
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.load(examplePath());
        QVERIFY(waitAnalysed(window));
        auto *view = child<QTableView>(&window, "usersView");
        selectRow(view, QStringLiteral("carol"));
        QCoreApplication::processEvents();
        saveScreenshot(&window,
                       QStringLiteral("account-%1-%2x%3").arg(language).arg(screen.width()).arg(screen.height()));
        QHeaderView *header = view->horizontalHeader();
        for (int column = AccountUserModel::EnrollColumn; column < AccountUserModel::ColumnCount; ++column) {
            QVERIFY(!header->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
            if (screen.width() < 1280)
                continue;
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= view->viewport()->width(),
                     qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                    .arg(column)
                                    .arg(right)
                                    .arg(view->viewport()->width())));
            // The header's text is not cut.
            const QString title = header->model()->headerData(column, Qt::Horizontal).toString();
            int textWidth = 0;
            for (const QString &line : title.split(QLatin1Char('\n')))
                textWidth = std::max(textWidth, header->fontMetrics().horizontalAdvance(line));
            QVERIFY2(header->sectionSize(column) >= textWidth, qPrintable(title));
        }
        QCoreApplication::removeTranslator(&translator);
    }

    // Seven users in groups the dump does not hold: the notice names the first five and counts the
    // rest, so that it stays a few lines high above the tables.
    void manyProblemsKeepTheNoticeShort()
    {
        QByteArray dump = R"({"UserDetailList": [)";
        for (int i = 0; i < 7; ++i)
            dump += QStringLiteral(R"(%1{"UserName": "u%2", "Path": "/", "Arn": "arn:aws:iam::123456789012:user/u%2",
                "GroupList": ["Missing%2"], "UserPolicyList": [], "AttachedManagedPolicies": []})")
                        .arg(i > 0 ? QStringLiteral(",") : QString())
                        .arg(i)
                        .toUtf8();
        dump += R"(], "GroupDetailList": [], "Policies": [], "IsTruncated": false})";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing.json"));
        QVERIFY(writeBytes(path, dump));
        AccountWindow window;
        window.resize(1024, 700);
        window.show();
        window.load(path);
        QVERIFY(waitAnalysed(window));
        const QString notice = child<QLabel>(&window, "noticeLabel")->text();
        QVERIFY(notice.contains(u"group Missing4 of user u4 is not in the dump"));
        QVERIFY(!notice.contains(u"Missing5"));
        QVERIFY2(notice.contains(u"and 2 more"), qPrintable(notice));
        // The users table keeps most of the height.
        QTRY_VERIFY(child<QTableView>(&window, "usersView")->height()
                    > child<QLabel>(&window, "noticeLabel")->height());
    }
};

QTEST_MAIN(TestAccountWindow)
#include "tst_accountwindow.moc"
