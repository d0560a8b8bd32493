// The studio and the live account: File › Import from AWS…, Apply Fix to AWS… and the apply log,
// end to end through the real AWS CLI against moto_server (a local IAM API), as the command
// line's tests do. The account: alice and bob in the group mfa-users with AWS's self-manage MFA
// policy as it stood before November 2022 (devices only named like the user) as the customer
// managed policy ForceMFA; carol outside the group. What the server holds afterwards is read
// with separate CLI calls, not through the code under test.

#include "awstestenv.h"
#include "testdata.h"

#include "accountfetch.h"
#include "accountwindow.h"
#include "applydialog.h"
#include "applylogwindow.h"
#include "awsaccountlink.h"
#include "fixalldialog.h"
#include "importawsdialog.h"
#include "messagebox.h"

#include <QAction>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

const QString policyArn = QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA"); // moto's account

bool setUp(const MotoServer &moto)
{
    const QString stale
        = QStringLiteral("file://") + samplePath(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
    for (const char *name : {"alice", "bob", "carol"})
        moto.aws(iam({"create-user", "--user-name", name}));
    moto.aws(iam({"create-group", "--group-name", "mfa-users"}));
    for (const char *name : {"alice", "bob"})
        moto.aws(iam({"add-user-to-group", "--group-name", "mfa-users", "--user-name", name}));
    moto.aws(iam({"create-policy", "--policy-name", "ForceMFA", "--policy-document"}) << stale);
    moto.aws(iam({"attach-group-policy", "--group-name", "mfa-users", "--policy-arn"}) << policyArn);
    return !moto.failed();
}

QString defaultVersion(const MotoServer &moto)
{
    return moto.aws(iam({"get-policy", "--policy-arn"}) << policyArn)
        .value(QLatin1String("Policy"))
        .toObject()
        .value(QLatin1String("DefaultVersionId"))
        .toString();
}

QJsonValue versionDocument(const MotoServer &moto, const QString &version)
{
    return moto
        .aws(iam({"get-policy-version", "--policy-arn"}) << policyArn << QStringLiteral("--version-id") << version)
        .value(QLatin1String("PolicyVersion"))
        .toObject()
        .value(QLatin1String("Document"));
}

// Whether `document` has an Allow of iam:CreateVirtualMFADevice on arn:aws:iam::*:mfa/*.
bool allowsCreateAnyDevice(const QJsonObject &document)
{
    const auto list = [](const QJsonValue &value) {
        return value.isArray() ? value.toArray().toVariantList() : QVariantList {value.toVariant()};
    };
    for (const QJsonValue &statement : document.value(QLatin1String("Statement")).toArray()) {
        const QJsonObject s = statement.toObject();
        if (s.value(QLatin1String("Effect")) == QLatin1String("Allow")
            && list(s.value(QLatin1String("Action"))).contains(QStringLiteral("iam:CreateVirtualMFADevice"))
            && list(s.value(QLatin1String("Resource"))).contains(QStringLiteral("arn:aws:iam::*:mfa/*")))
            return true;
    }
    return false;
}

QStringList versions(const MotoServer &moto)
{
    QStringList ids;
    for (const QJsonValue &v : moto.aws(iam({"list-policy-versions", "--policy-arn"}) << policyArn)
                                   .value(QLatin1String("Versions"))
                                   .toArray())
        ids << v.toObject().value(QLatin1String("VersionId")).toString();
    ids.sort();
    return ids;
}

// The account fetched and analysed as the account window holds it.
AccountStatePtr fetchedState(const AwsCli &cli)
{
    const FetchResult fetched = fetchAccount(cli);
    if (!fetched.ok())
        return nullptr;
    auto state = std::make_shared<AccountState>();
    state->dump = fetched.dump;
    const AccountAnalysis analysis = analyseAccount(state->dump);
    state->users = analysis.users;
    state->policies = analysis.policies;
    return state;
}

// The fix of the account window's "Apply Fix to AWS": every stale policy corrected.
std::shared_ptr<const AccountFix> fixOf(const AccountState &state)
{
    AccountAnalysis analysis;
    analysis.users = state.users;
    analysis.policies = state.policies;
    return std::make_shared<const AccountFix>(fixAccount(state.dump, analysis));
}

const UserAnswers *answersOf(const AccountState &state, const char *name)
{
    for (std::size_t i = 0; i < state.dump.users.size(); ++i) {
        if (state.dump.users[i].name == name && i < state.users.size())
            return &state.users[i];
    }
    return nullptr;
}

// An AWS CLI environment with dummy credentials, one attempt per request, nothing of the
// user's own setup.
AwsCli isolatedCli(const QString &folder)
{
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder);
    cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
    cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
    cli.environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    cli.environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    return cli;
}

} // namespace

class TestAwsStudio : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { MessageBox::setAutomatic(true); }

    void importApplyAndRollBack()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        QTemporaryDir logFolder;
        const QString logPath = logFolder.filePath(QStringLiteral("apply-log.jsonl"));
        QWidget parent;

        // Import: the endpoint comes from the CLI settings given, the profile is the CLI's default.
        ImportAwsDialog import(&parent, moto.cli());
        import.setLogPath(logPath);
        QSignalSpy listed(&import, &ImportAwsDialog::profilesListed);
        QVERIFY(listed.wait(60000));
        QCOMPARE(import.cli().profile, QString());
        QCOMPARE(import.cli().endpointUrl, moto.endpoint());
        QSignalSpy imported(&import, &ImportAwsDialog::imported);
        import.startFetch();
        QVERIFY(import.isFetching());
        QVERIFY2(imported.wait(60000), qPrintable(import.message()));
        auto *window = imported.front().front().value<AccountWindow *>();
        QVERIFY(window);
        QTRY_VERIFY_WITH_TIMEOUT(window->state() && !window->isBusy(), 30000);
        QStringList names;
        for (const AccountUser &user : window->state()->dump.users)
            names << QString::fromStdString(user.name);
        names.sort();
        QCOMPARE(names, (QStringList {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(window->findChild<QTableView *>(QStringLiteral("usersView"))->model()->rowCount(), 3);
        // The stale policy: alice cannot enroll a device of a name of her own.
        QVERIFY(answersOf(*window->state(), "alice"));
        QVERIFY(!answersOf(*window->state(), "alice")->canEnrollAnyName);

        // Apply Fix to AWS: enabled for the fetched account.
        AwsAccountLink *link = AwsAccountLink::of(window);
        QVERIFY(link);
        QVERIFY(link->applyAction()->isEnabled());
        // Fix All of a fetched account offers the same step beside writing the folder.
        auto *fixAll = window->findChild<QPushButton *>(QStringLiteral("fixAllButton"));
        QVERIFY(fixAll);
        QTRY_VERIFY(fixAll->isEnabled());
        fixAll->click();
        auto *fixAllDialog = window->findChild<FixAllDialog *>();
        QVERIFY(fixAllDialog);
        auto *applyButton = fixAllDialog->findChild<QPushButton *>(QStringLiteral("fixAllApplyAwsButton"));
        QVERIFY(applyButton);
        QVERIFY(applyButton->isEnabled());
        delete fixAllDialog;
        ApplyDialog *dialog = link->openApplyDialog();
        QVERIFY(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), ApplyDialog::Stage::Review, 60000);
        QCOMPARE(dialog->plan().policies.size(), 1);
        const PolicyPlan &planned = dialog->plan().policies.front();
        QVERIFY2(planned.canApply(), qPrintable(planned.error.stderrText));
        QCOMPARE(planned.defaultVersionId, QStringLiteral("v1"));
        // The fix moves CreateVirtualMFADevice to a statement of its own on any device name.
        QVERIFY2(planned.diff.contains(QLatin1String("-                \"iam:CreateVirtualMFADevice\",")),
                 qPrintable(planned.diff));
        QVERIFY2(planned.diff.contains(QLatin1String("+                \"arn:aws:iam::*:mfa/*\"")),
                 qPrintable(planned.diff));
        QCOMPARE(dialog->plan().affectedUsers(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
        QVERIFY(dialog->findChild<QPlainTextEdit *>(QStringLiteral("diffView"))
                    ->toPlainText()
                    .contains(QLatin1String("arn:aws:iam::*:mfa/*")));

        // Declining the confirmation changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        dialog->apply();
        QCOMPARE(dialog->stage(), ApplyDialog::Stage::Review);
        QCOMPARE(defaultVersion(moto), QStringLiteral("v1"));

        QSignalSpy fetchedAgain(dialog, &ApplyDialog::accountFetched);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->apply();
        QTRY_COMPARE_WITH_TIMEOUT(dialog->stage(), ApplyDialog::Stage::Done, 120000);
        QVERIFY2(dialog->result().allApplied(), qPrintable(dialog->report()));
        // The server, asked separately: the corrected document is the new default version v2,
        // and it lets users create a virtual MFA device of any name.
        QCOMPARE(defaultVersion(moto), QStringLiteral("v2"));
        const QJsonValue v2 = versionDocument(moto, QStringLiteral("v2"));
        QCOMPARE(v2, QJsonValue(QJsonDocument::fromJson(planned.change.newDocument).object()));
        QVERIFY(allowsCreateAnyDevice(v2.toObject()));
        QVERIFY(!allowsCreateAnyDevice(versionDocument(moto, QStringLiteral("v1")).toObject()));
        // Read back and analysed again: alice and bob can now enroll a device of any name; carol,
        // outside the group, is not mentioned.
        const QString report = dialog->report();
        QVERIFY2(report.contains(QStringLiteral("alice: can enroll a virtual MFA device named \"alice-phone\" without "
                                                "MFA: no → yes")),
                 qPrintable(report));
        QVERIFY2(report.contains(QLatin1String("bob: can enroll")), qPrintable(report));
        QVERIFY(!report.contains(QLatin1String("carol")));
        QCOMPARE(fetchedAgain.size(), 1);
        // The account window shows the account as AWS now has it.
        QTRY_VERIFY_WITH_TIMEOUT(window->state() && !window->isBusy() && answersOf(*window->state(), "alice")
                                     && answersOf(*window->state(), "alice")->canEnrollAnyName,
                                 30000);

        // The apply log lists the run with its command; Roll Back puts v1 back.
        ApplyLogWindow log(logPath, moto.cli());
        QCOMPARE(log.runs(), QStringList {dialog->plan().run});
        log.selectRun(dialog->plan().run);
        QVERIFY2(log.details().contains(QLatin1String("aws iam create-policy-version --policy-arn ") + policyArn),
                 qPrintable(log.details()));
        QVERIFY(log.details().contains(QLatin1String("applied and read back")));
        QVERIFY(log.details().contains(QLatin1String("users: alice, bob")));
        QSignalSpy rolledBack(&log, &ApplyLogWindow::rollbackFinished);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        log.rollBack();
        QVERIFY(log.isRollingBack());
        QVERIFY(rolledBack.wait(120000));
        QVERIFY2(log.rollbackReport().contains(QLatin1String("rolled back and read back")),
                 qPrintable(log.rollbackReport()));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v1"));
        QVERIFY(log.details().contains(QLatin1String("default version back to v1")));
        // A second roll back of the same run is refused.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        log.rollBack();
        QVERIFY(!log.isRollingBack());
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("was already rolled back")),
                 qPrintable(MessageBox::lastText()));
        // Another dump opened in the same window is not the AWS account: no Apply Fix to AWS.
        delete dialog;
        QSignalSpy analysed(window, &AccountWindow::analysed);
        window->load(QStringLiteral(MFAPOLICY_TEST_DATA_DIR) + QStringLiteral("/accounts/example-account.json"));
        QVERIFY(analysed.wait(30000));
        QVERIFY(!link->applyAction()->isEnabled());
        QVERIFY(!link->openApplyDialog());
        delete window;
    }

    void versionLimitAsksBeforeDeleting()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        // Five stored versions, the default in the middle: AWS's limit.
        const QString stale
            = QStringLiteral("file://") + samplePath(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        for (int n = 2; n <= 5; ++n)
            moto.aws(iam({"create-policy-version", "--policy-arn"})
                     << policyArn << QStringLiteral("--policy-document") << stale);
        moto.aws(iam({"set-default-policy-version", "--policy-arn"})
                 << policyArn << QStringLiteral("--version-id") << QStringLiteral("v3"));
        QVERIFY(!moto.failed());
        QTemporaryDir logFolder;
        const QString logPath = logFolder.filePath(QStringLiteral("apply-log.jsonl"));
        const AccountStatePtr state = fetchedState(moto.cli());
        QVERIFY(state);
        const auto fix = fixOf(*state);
        QCOMPARE(fix->fixes.size(), std::size_t(1));

        // The question names the version to delete; Cancel (its default) applies nothing, "Apply
        // Without Deleting" leaves the policy that needs the room as it is.
        {
            ApplyDialog dialog(state, fix, moto.cli(), logPath);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Review, 60000);
            QCOMPARE(dialog.plan().policies.front().versionToDelete, QStringLiteral("v1"));
            dialog.apply();
            QVERIFY2(MessageBox::lastText().contains(QLatin1String("v1 of ") + policyArn),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(dialog.stage(), ApplyDialog::Stage::Review);
            MessageBox::setNextAnswer(QMessageBox::No);
            dialog.apply();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Done, 60000);
            QCOMPARE(dialog.result().policies.front().status, PolicyApplyResult::Status::NotConfirmed);
            QCOMPARE(defaultVersion(moto), QStringLiteral("v3"));
            QCOMPARE(versions(moto).size(), 5);
        }

        // "Apply and Delete": v1 goes, v6 is the new default; Roll Back This Run returns to v3.
        ApplyDialog dialog(state, fix, moto.cli(), logPath);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Review, 60000);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.apply();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Done, 120000);
        QVERIFY2(dialog.result().allApplied(), qPrintable(dialog.report()));
        QCOMPARE(dialog.result().policies.front().deletedVersionId, QStringLiteral("v1"));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v6"));
        QCOMPARE(versions(moto),
                 QStringList({QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"), QStringLiteral("v5"),
                              QStringLiteral("v6")}));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("rollbackButton"))->isVisibleTo(&dialog));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.rollBack();
        QCOMPARE(dialog.stage(), ApplyDialog::Stage::RollingBack);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Done, 120000);
        QVERIFY2(dialog.report().contains(QLatin1String("rolled back and read back")), qPrintable(dialog.report()));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v3"));
    }

    void cancelStopsBetweenCommands()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        // Four users, each with the stale document inline: four put-user-policy commands.
        const QStringList users {QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cat"),
                                 QStringLiteral("dan")};
        const QString stale
            = QStringLiteral("file://") + samplePath(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        for (const QString &user : users) {
            moto.aws(iam({"create-user", "--user-name"}) << user);
            moto.aws(iam({"put-user-policy", "--policy-name", "SelfManage", "--user-name"})
                     << user << QStringLiteral("--policy-document") << stale);
        }
        QVERIFY(!moto.failed());
        QTemporaryDir logFolder;
        const QString logPath = logFolder.filePath(QStringLiteral("apply-log.jsonl"));
        const AccountStatePtr state = fetchedState(moto.cli());
        QVERIFY(state);
        const auto fix = fixOf(*state);
        QCOMPARE(fix->fixes.size(), std::size_t(4));
        ApplyDialog dialog(state, fix, moto.cli(), logPath);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Review, 60000);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.apply();
        QCOMPARE(dialog.stage(), ApplyDialog::Stage::Applying);
        // Cancel at once: at most the command already started runs (each takes the AWS CLI far
        // longer to start than this takes), then the run stops.
        dialog.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.stage(), ApplyDialog::Stage::Done, 120000);
        QVERIFY(dialog.result().canceled);
        QStringList applied;
        int canceled = 0;
        for (const PolicyApplyResult &p : dialog.result().policies) {
            if (p.status == PolicyApplyResult::Status::Applied)
                applied << p.target.ownerName;
            canceled += p.status == PolicyApplyResult::Status::Canceled ? 1 : 0;
        }
        QVERIFY2(applied.size() <= 1, qPrintable(dialog.report()));
        QCOMPARE(canceled, users.size() - int(applied.size()));
        QVERIFY2(dialog.report().contains(QLatin1String("Canceled between two commands")), qPrintable(dialog.report()));
        // The server and the log agree with what the dialog says.
        const QList<ApplyLogEntry> logged = ApplyLog(logPath).read();
        QCOMPARE(logged.size(), applied.size());
        for (const QString &user : users) {
            const QJsonObject document
                = moto.aws(iam({"get-user-policy", "--policy-name", "SelfManage", "--user-name"}) << user)
                      .value(QLatin1String("PolicyDocument"))
                      .toObject();
            QCOMPARE(allowsCreateAnyDevice(document), applied.contains(user));
        }
    }

    void deniedCallerNamesThePermission()
    {
        // moto enforces IAM policies after the first two requests, which create a user without
        // any policy and its access key: the fetch with that key is denied.
        MotoServer moto;
        QProcessEnvironment serverEnv;
        serverEnv.insert(QStringLiteral("INITIAL_NO_AUTH_ACTION_COUNT"), QStringLiteral("2"));
        if (!moto.start(serverEnv))
            QSKIP(qPrintable(moto.error()));
        moto.aws(iam({"create-user", "--user-name", "bob"}));
        const QJsonObject key
            = moto.aws(iam({"create-access-key", "--user-name", "bob"})).value(QLatin1String("AccessKey")).toObject();
        QVERIFY(!moto.failed());
        AwsCli cli = moto.cli();
        cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key.value(QLatin1String("AccessKeyId")).toString());
        cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                               key.value(QLatin1String("SecretAccessKey")).toString());
        ImportAwsDialog import(nullptr, cli);
        QSignalSpy failed(&import, &ImportAwsDialog::failed);
        import.startFetch();
        QVERIFY(failed.wait(120000));
        // AWS's own message (naming the denied user) and the permission that is missing.
        QVERIFY2(import.message().contains(QLatin1String("user/bob is not authorized to perform")),
                 qPrintable(import.message()));
        QVERIFY(import.message().contains(
            QLatin1String("The identity in use needs the permission iam:GetAccountAuthorizationDetails.")));
    }

    void noAwsCliSaysWhatToInstall()
    {
        QTemporaryDir folder;
        AwsCli cli = isolatedCli(folder.path());
        cli.environment.insert(QStringLiteral("PATH"), folder.path());
        ImportAwsDialog import(nullptr, cli);
        QSignalSpy listed(&import, &ImportAwsDialog::profilesListed);
        QVERIFY(listed.wait(10000));
        QSignalSpy failed(&import, &ImportAwsDialog::failed);
        import.startFetch();
        QVERIFY(failed.wait(10000));
        QVERIFY2(import.message().contains(QLatin1String("is not installed or not on the PATH. Install the Debian "
                                                         "package awscli (sudo apt install awscli)")),
                 qPrintable(import.message()));
    }

    // Each fails inside the AWS CLI before it connects anywhere (the endpoint is a closed port).
    void credentialProblemsSayWhatToDo_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no credentials") << QString()
                                        << QStringLiteral(
                                               "The AWS CLI found no credentials. Choose a profile, or set one "
                                               "up with \"aws configure\"");
        QTest::newRow("sso session") << QStringLiteral("sso-user")
                                     << QStringLiteral("Sign in with \"aws sso login --profile sso-user\"");
        QTest::newRow("missing profile") << QStringLiteral("nope")
                                         << QStringLiteral("The AWS CLI has no profile named nope.");
    }

    void credentialProblemsSayWhatToDo()
    {
        QFETCH(QString, profile);
        QFETCH(QString, expected);
        if (!awsInstalled())
            QSKIP("the AWS CLI (aws) is not installed");
        QTemporaryDir folder;
        AwsCli cli;
        cli.environment = isolatedAwsEnvironment(folder.path());
        cli.environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        cli.endpointUrl = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
        cli.profile = profile;
        // An IAM Identity Center profile that never signed in: no token in the (isolated) cache.
        QFile config(folder.filePath(QStringLiteral("config")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[profile sso-user]\nsso_start_url = https://example.awsapps.com/start\nsso_region = us-east-1\n"
                     "sso_account_id = 123456789012\nsso_role_name = Admin\nregion = us-east-1\n");
        config.close();
        ImportAwsDialog import(nullptr, cli);
        QCOMPARE(import.cli().profile, profile);
        QSignalSpy failed(&import, &ImportAwsDialog::failed);
        import.startFetch();
        QVERIFY(failed.wait(120000));
        QVERIFY2(import.message().contains(expected), qPrintable(import.message()));
    }

    void unreachableEndpointSaysSo()
    {
        if (!awsInstalled())
            QSKIP("the AWS CLI (aws) is not installed; the unreachable endpoint cannot be tried");
        QTemporaryDir folder;
        AwsCli cli = isolatedCli(folder.path());
        cli.endpointUrl = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
        ImportAwsDialog import(nullptr, cli);
        // Cancel (Escape) while the CLI runs ends it and keeps the dialog open.
        import.show();
        import.startFetch();
        import.reject();
        QTRY_VERIFY_WITH_TIMEOUT(!import.isFetching(), 10000);
        QVERIFY(import.isVisible());
        QCOMPARE(import.message(), QStringLiteral("Canceled: nothing was fetched."));
        QSignalSpy failed(&import, &ImportAwsDialog::failed);
        import.startFetch();
        QVERIFY(failed.wait(120000));
        QVERIFY2(import.message().contains(QLatin1String("Could not reach ") + cli.endpointUrl),
                 qPrintable(import.message()));
        QVERIFY(import.message().contains(QLatin1String("Check the network connection")));
    }
};

QTEST_MAIN(TestAwsStudio)
#include "tst_awsstudio.moc"
