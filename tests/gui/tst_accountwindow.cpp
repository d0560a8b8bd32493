// The account window on the example account, whose answers were worked out by hand from AWS's
// example policies (tests/data/accounts/README.md): what a user sees in the tables, the filters,
// the notice for a damaged dump, Cancel, and a corrected policy flipping its users' answers.

#include "accountpolicymodel.h"
#include "accountuserfilter.h"
#include "accountusermodel.h"
#include "accountwindow.h"
#include "messagebox.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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

QString cell(QWidget *window, const QString &user, int column)
{
    const QAbstractItemModel *model = child<QTableView>(window, "usersView")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, AccountUserModel::NameColumn).data().toString() == user)
            return model->index(row, column).data().toString();
    return {};
}

bool waitAnalysed(AccountWindow &window)
{
    QSignalSpy spy(&window, &AccountWindow::analysed);
    return spy.wait(30000);
}

} // namespace

class TestAccountWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { MessageBox::setAutomatic(true); }

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
        // dave's group is not in the dump: no answers, and the reason.
        QVERIFY(cell(&window, QStringLiteral("dave"), AccountUserModel::EnrollColumn).contains(u"not analysed"));
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
        // 3,000 read-only users: long enough to be cancelled while being analysed.
        QByteArray dump = R"({"UserDetailList": [)";
        for (int i = 0; i < 3000; ++i) {
            if (i > 0)
                dump += ',';
            dump += QStringLiteral(R"({"UserName": "u%1", "Path": "/", "Arn": "arn:aws:iam::123456789012:user/u%1",
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
        std::size_t old = dump.policies.size();
        for (std::size_t p = 0; p < dump.policies.size(); ++p)
            if (dump.policies[p].name == "SelfManageMfaOld")
                old = p;
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
        QVERIFY(cell(&window, QStringLiteral("dave"), AccountUserModel::EnrollColumn).contains(u"not analysed"));
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
};

QTEST_MAIN(TestAccountWindow)
#include "tst_accountwindow.moc"
