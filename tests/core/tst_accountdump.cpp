// Reading `aws iam get-account-authorization-details` output into principals: the CLI's and the
// API's forms (API_GetAccountAuthorizationDetails, the AWS CLI example), and every way a dump can
// be broken. The expected answers were worked out by hand from tests/data/accounts/README.md.

#include "testdata.h"

#include "accountanalysis.h"
#include "accountdump.h"
#include "principal.h"

#include <QtTest>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::Decision)

namespace {

std::string exampleAccount()
{
    return testing::readInput(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/example-account.json")).toStdString();
}

const AccountUser *user(const AccountDump &dump, const char *name)
{
    for (const AccountUser &u : dump.users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

Decision decide(const AccountUser &u, const char *action, const std::string &resource, AuthState state)
{
    Request request;
    request.principal = u.principal.identity.userArn();
    request.action = action;
    request.resource = resource;
    request.context = principalContext(u.principal, state);
    return evaluatePrincipal(u.principal, request).decision;
}

bool hasProblem(const AccountDump &dump, const char *id)
{
    return std::any_of(dump.problems.begin(), dump.problems.end(),
                       [id](const AccountProblem &p) { return p.id == id; });
}

} // namespace

class TestAccountDump : public QObject
{
    Q_OBJECT

private slots:
    void everyUserBecomesAPrincipal()
    {
        const AccountDump dump = readAccountDump(exampleAccount());
        QCOMPARE(QString::fromStdString(dump.account), QStringLiteral("123456789012"));
        QCOMPARE(dump.users.size(), std::size_t(5));
        QCOMPARE(dump.roles, std::vector<std::string> {"deploy"});
        QVERIFY(!dump.truncated);
        QVERIFY(!dump.cut);

        // alice: the group's inline policy and the group's AWS managed policy, attached as a single
        // object (as in AWS's own CLI example) and taken from the bundled data.
        const AccountUser *alice = user(dump, "alice");
        QVERIFY(alice && alice->complete);
        QCOMPARE(alice->principal.policies.size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(alice->principal.policies[0].group), QStringLiteral("Engineers"));
        QCOMPARE(alice->principal.policies[1].origin, PolicyOrigin::AwsManaged);

        // dave: a user with a path, in a group the dump does not contain.
        const AccountUser *dave = user(dump, "dave");
        QVERIFY(dave);
        QVERIFY(!dave->complete);
        QCOMPARE(QString::fromStdString(dave->principal.identity.userArn()),
                 QStringLiteral("arn:aws:iam::123456789012:user/contractors/dave"));
        QCOMPARE(QString::fromStdString(dump.problems.at(dave->problems.front()).id),
                 QStringLiteral("DUMP_GROUP_MISSING"));
        QCOMPARE(QString::fromStdString(dump.problems.at(dave->problems.front()).pointer),
                 QStringLiteral("/UserDetailList/3/GroupList/0"));
    }

    void answersAsAwsDocumentsThem_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<Decision>("expected");
        const QString phone = QStringLiteral("arn:aws:iam::123456789012:mfa/Phone");
        // The pre-November-2022 examples allow creating a device only under the user's own name.
        QTest::newRow("alice, stale group policy: custom device name")
            << QStringLiteral("alice") << QStringLiteral("iam:CreateVirtualMFADevice") << phone
            << Decision::ImplicitDeny;
        QTest::newRow("alice, stale group policy: device named like the user")
            << QStringLiteral("alice") << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/alice") << Decision::Allow;
        // bob's ForceMFA: the default version v2 (a JSON string) is the stale one; v1 is history.
        QTest::newRow("bob, default version only: custom device name")
            << QStringLiteral("bob") << QStringLiteral("iam:CreateVirtualMFADevice") << phone << Decision::ImplicitDeny;
        QTest::newRow("carol, ReadOnlyAccess and IAMUserChangePassword: create")
            << QStringLiteral("carol") << QStringLiteral("iam:CreateVirtualMFADevice") << phone
            << Decision::ImplicitDeny;
        QTest::newRow("carol: change own password")
            << QStringLiteral("carol") << QStringLiteral("iam:ChangePassword")
            << QStringLiteral("arn:aws:iam::123456789012:user/carol") << Decision::Allow;
        // erin: the current example as a URL-encoded inline document, but a boundary without create.
        QTest::newRow("erin, boundary without create")
            << QStringLiteral("erin") << QStringLiteral("iam:CreateVirtualMFADevice") << phone
            << Decision::ImplicitDeny;
        QTest::newRow("erin, boundary allows enable")
            << QStringLiteral("erin") << QStringLiteral("iam:EnableMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:user/erin") << Decision::Allow;
    }

    void answersAsAwsDocumentsThem()
    {
        QFETCH(QString, name);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(Decision, expected);
        const AccountDump dump = readAccountDump(exampleAccount());
        const AccountUser *u = user(dump, name.toUtf8().constData());
        QVERIFY(u);
        QCOMPARE(decide(*u, action.toUtf8().constData(), resource.toStdString(), AuthState::NoMfa), expected);
    }

    void policiesKnowTheirUsersAndVersions()
    {
        const AccountDump dump = readAccountDump(exampleAccount());
        const auto policy = [&dump](const char *name) {
            return std::find_if(dump.policies.begin(), dump.policies.end(),
                                [name](const AccountPolicy &p) { return p.name == name; });
        };
        const auto forceMfa = policy("ForceMFA");
        QVERIFY(forceMfa != dump.policies.end());
        QCOMPARE(forceMfa->origin, PolicyOrigin::CustomerManaged);
        QCOMPARE(QString::fromStdString(forceMfa->versionId), QStringLiteral("v2"));
        QCOMPARE(forceMfa->otherVersionIds, std::vector<std::string> {"v1"});
        QCOMPARE(forceMfa->users.size(), std::size_t(1));
        const auto readOnly = policy("ReadOnlyAccess");
        QVERIFY(readOnly != dump.policies.end());
        QCOMPARE(readOnly->users.size(), std::size_t(2)); // alice through Engineers, carol directly
        const auto boundary = policy("Boundary");
        QVERIFY(boundary != dump.policies.end() && boundary->asBoundary);
        const auto inlineOld = policy("SelfManageMfaOld");
        QVERIFY(inlineOld != dump.policies.end());
        QCOMPARE(QString::fromStdString(inlineOld->owner), QStringLiteral("group/Engineers"));
    }

    void truncatedDumpIsReported()
    {
        std::string text = exampleAccount();
        const std::size_t at = text.find("\"IsTruncated\": false");
        QVERIFY(at != std::string::npos);
        text.replace(at, 20, "\"IsTruncated\": true");
        const AccountDump dump = readAccountDump(text);
        QVERIFY(dump.truncated);
        QVERIFY(hasProblem(dump, "DUMP_TRUNCATED"));
        QCOMPARE(dump.users.size(), std::size_t(5));
    }

    void cutDumpKeepsWhatWasReadWhole()
    {
        const std::string text = exampleAccount();
        // Cut in the middle of the second user.
        const std::size_t bob = text.find("\"UserName\": \"bob\"");
        QVERIFY(bob != std::string::npos);
        const AccountDump dump = readAccountDump(std::string_view(text).substr(0, bob + 10));
        QVERIFY(dump.cut);
        QVERIFY(hasProblem(dump, "DUMP_SYNTAX"));
        QVERIFY(hasProblem(dump, "DUMP_ENTRY_INCOMPLETE"));
        const auto syntax = std::find_if(dump.problems.begin(), dump.problems.end(),
                                         [](const AccountProblem &p) { return p.id == "DUMP_SYNTAX"; });
        QVERIFY(syntax->line > 1);
        // alice was read whole, but her group comes later in the file: she cannot be analysed.
        QCOMPARE(dump.users.size(), std::size_t(1));
        QVERIFY(!dump.users.front().complete);
    }

    void otherShapesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("a policy, not a dump")
            << testing::readInput(testing::samplePath(QStringLiteral("mfa-selfmanage_current-live.json")))
            << QStringLiteral("DUMP_NOT_ACCOUNT_DUMP");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("DUMP_SYNTAX");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("DUMP_SYNTAX");
        QTest::newRow("list where an object belongs")
            << QByteArray(R"({"UserDetailList": {}})") << QStringLiteral("DUMP_WRONG_TYPE");
        QTest::newRow("broken document inside")
            << QByteArray(R"({"UserDetailList": [{"UserName": "x", "Arn": "arn:aws:iam::1:user/x",
                 "UserPolicyList": [{"PolicyName": "P", "PolicyDocument": "%7B%22Version%22%3A"}]}]})")
            << QStringLiteral("DUMP_DOCUMENT_UNREADABLE");
        QTest::newRow("customer managed policy not in the dump")
            << QByteArray(R"({"UserDetailList": [{"UserName": "x", "Arn": "arn:aws:iam::1:user/x",
                 "AttachedManagedPolicies": [{"PolicyArn": "arn:aws:iam::1:policy/Gone"}]}]})")
            << QStringLiteral("DUMP_POLICY_MISSING");
    }

    void otherShapesAreRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        const AccountDump dump = readAccountDump(std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY2(hasProblem(dump, problem.toUtf8().constData()),
                 dump.problems.empty() ? "no problem" : dump.problems.front().id.c_str());
        for (const AccountUser &u : dump.users) {
            if (problem == QLatin1String("DUMP_DOCUMENT_UNREADABLE") || problem == QLatin1String("DUMP_POLICY_MISSING"))
                QVERIFY(!u.complete);
        }
    }

    // The answers in words, worked out by hand from the policies (tests/data/accounts/README.md),
    // with the device name "<user>-phone" that is not the user name.
    void everyUsersPosture()
    {
        const AccountDump dump = readAccountDump(exampleAccount());
        const AccountAnalysis analysis = analyseAccount(dump);
        QCOMPARE(analysis.users.size(), dump.users.size());
        const auto answers = [&](const char *name) -> const UserAnswers & {
            for (const UserAnswers &u : analysis.users) {
                if (dump.users[u.user].name == name)
                    return u;
            }
            qFatal("no user %s", name);
        };
        // alice: the September 2022 example on her group: only a device named "alice" works.
        const UserAnswers &alice = answers("alice");
        QVERIFY(alice.analysed);
        QCOMPARE(QString::fromStdString(alice.deviceName), QStringLiteral("alice-phone"));
        QVERIFY(!alice.canEnrollAnyName);
        QVERIFY(alice.canEnrollNamedLikeUser);
        QVERIFY(alice.mustSignInWithMfa); // its guard denies everything else without MFA
        QVERIFY(!alice.accessKeysActWithoutMfa); // BoolIfExists: the guard covers access keys
        QCOMPARE(alice.enrollmentRefusals.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(alice.enrollmentRefusals[0].action),
                 QStringLiteral("iam:CreateVirtualMFADevice"));
        QCOMPARE(alice.enrollmentRefusals[0].layer, Layer::Identity);
        QCOMPARE(QString::fromStdString(alice.enrollmentRefusals[0].message),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/alice-phone "
                                "because no identity-based policy allows the iam:CreateVirtualMFADevice action"));
        // carol: read-only, nothing lets her create a device, and nothing forces MFA.
        const UserAnswers &carol = answers("carol");
        QVERIFY(carol.analysed);
        QVERIFY(!carol.canEnrollAnyName);
        QVERIFY(!carol.mustSignInWithMfa);
        QVERIFY(carol.accessKeysActWithoutMfa);
        // erin: the current example, but her boundary does not allow creating a device.
        const UserAnswers &erin = answers("erin");
        QVERIFY(erin.analysed);
        QVERIFY(!erin.canEnrollAnyName);
        QCOMPARE(erin.enrollmentRefusals.front().layer, Layer::PermissionsBoundary);
        // dave: his group is missing from the dump: not analysed.
        QVERIFY(!answers("dave").analysed);

        // Per policy: the stale ones, and whose enrollment each one blocks.
        const auto policy = [&](const char *name) -> const PolicyAnswers & {
            for (const PolicyAnswers &p : analysis.policies) {
                if (dump.policies[p.policy].name == name)
                    return p;
            }
            qFatal("no policy %s", name);
        };
        const auto names = [&](const std::vector<std::size_t> &users) {
            QStringList out;
            for (std::size_t u : users)
                out << QString::fromStdString(dump.users[u].name);
            return out;
        };
        QVERIFY(policy("SelfManageMfaOld").stale);
        QCOMPARE(names(policy("SelfManageMfaOld").blocksEnrollment), QStringList {QStringLiteral("alice")});
        QVERIFY(policy("ForceMFA").stale);
        QCOMPARE(names(policy("ForceMFA").blocksEnrollment), QStringList {QStringLiteral("bob")});
        QVERIFY(!policy("SelfManageMfa").stale);
        QCOMPARE(names(policy("Boundary").blocksEnrollment), QStringList {QStringLiteral("erin")});
        QVERIFY(!policy("ReadOnlyAccess").stale);
        QVERIFY(policy("ReadOnlyAccess").blocksEnrollment.empty());
    }

    void urlDecoding()
    {
        QCOMPARE(QString::fromStdString(urlDecode("%7B%22a%22%3A%201%7D")), QStringLiteral("{\"a\": 1}"));
        QCOMPARE(QString::fromStdString(urlDecode("100%")), QStringLiteral("100%"));
        QCOMPARE(QString::fromStdString(urlDecode("%zz")), QStringLiteral("%zz"));
    }
};

QTEST_GUILESS_MAIN(TestAccountDump)
#include "tst_accountdump.moc"
