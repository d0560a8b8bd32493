// A principal: an IAM user with its identity-based policies, its permissions boundary and the SCPs
// above its account, decided the way AWS's evaluation logic for IAM users documents
// (reference_policies_evaluation-logic) with AWS's AccessDenied wording per layer
// (troubleshoot_access-denied).

#include "testprincipals.h"

#include "awsmanagedpolicies.h"
#include "principal.h"
#include "principalfile.h"
#include "scenario.h"

#include <QtTest>

using namespace mfapolicy;
using namespace mfapolicy::testing;

Q_DECLARE_METATYPE(mfapolicy::Decision)
Q_DECLARE_METATYPE(mfapolicy::Layer)
Q_DECLARE_METATYPE(mfapolicy::AuthState)

class TestPrincipal : public QObject
{
    Q_OBJECT

private slots:
    void readOnlyUserCannotEnrollUntilTheSelfManagePolicyIsAdded()
    {
        Principal principal = readOnlyUser();
        const std::string device = principal.identity.deviceArn("Phone");
        Request create = request(principal, "iam:CreateVirtualMFADevice", device, AuthState::NoMfa);
        PrincipalEvaluation result = evaluatePrincipal(principal, create);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidingLayer, Layer::Identity);
        QCOMPARE(QString::fromStdString(
                     accessDeniedMessage(create, result.decision, principal.identity.account, result.decidingLayer)),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/Phone "
                                "because no identity-based policy allows the iam:CreateVirtualMFADevice action"));
        // ReadOnlyAccess still shows the user's devices.
        QCOMPARE(
            evaluatePrincipal(principal,
                              request(principal, "iam:ListMFADevices", principal.identity.userArn(), AuthState::NoMfa))
                .decision,
            Decision::Allow);

        // With AWS's current self-manage example as a third policy, enrollment works.
        principal.policies.push_back(sample("mfa-selfmanage_current-live.json"));
        QCOMPARE(evaluatePrincipal(principal, create).decision, Decision::Allow);
        QCOMPARE(
            evaluatePrincipal(principal,
                              request(principal, "iam:EnableMFADevice", principal.identity.userArn(), AuthState::NoMfa))
                .decision,
            Decision::Allow);
        // ... and its guard now denies ReadOnlyAccess's reads until the user signs in with MFA.
        const PrincipalEvaluation reads
            = evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::NoMfa));
        QCOMPARE(reads.decision, Decision::ExplicitDeny);
        QCOMPARE(reads.decidingLayer, Layer::Identity);
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decision,
                 Decision::Allow);
    }

    void excludedPoliciesAreNotEvaluated()
    {
        Principal principal = readOnlyUser();
        principal.policies.push_back(sample("mfa-selfmanage_current-live.json"));
        principal.policies.back().excluded = true;
        const Request create
            = request(principal, "iam:CreateVirtualMFADevice", principal.identity.deviceArn("Phone"), AuthState::NoMfa);
        const PrincipalEvaluation result = evaluatePrincipal(principal, create);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        // The excluded policy is not among the evaluated ones.
        QCOMPARE(result.deciding().policies, (std::vector<std::size_t> {0, 1}));
    }

    void boundaryWithoutCreateBlocksEnrollment()
    {
        Principal principal;
        principal.policies = {sample("mfa-selfmanage_current-live.json")};
        principal.boundary = testPolicy("boundary-no-create.json");
        const Request create
            = request(principal, "iam:CreateVirtualMFADevice", principal.identity.deviceArn("Phone"), AuthState::NoMfa);
        const PrincipalEvaluation result = evaluatePrincipal(principal, create);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidingLayer, Layer::PermissionsBoundary);
        QCOMPARE(
            QString::fromStdString(accessDeniedMessage(create, result.decision, "123456789012", result.decidingLayer)),
            QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                           "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/Phone "
                           "because no permissions boundary allows the iam:CreateVirtualMFADevice action"));
        // What both allow is allowed: the boundary allows EnableMFADevice.
        QCOMPARE(
            evaluatePrincipal(principal,
                              request(principal, "iam:EnableMFADevice", principal.identity.userArn(), AuthState::NoMfa))
                .decision,
            Decision::Allow);
        // A boundary grants nothing by itself: s3 is in the boundary but in no identity policy.
        const PrincipalEvaluation s3
            = evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession));
        QCOMPARE(s3.decision, Decision::ImplicitDeny);
        QCOMPARE(s3.decidingLayer, Layer::Identity);
        // An excluded boundary is as if none were set.
        principal.boundary->excluded = true;
        QCOMPARE(evaluatePrincipal(principal, create).decision, Decision::Allow);
    }

    void scpThatDeniesWithoutMfa()
    {
        Principal principal;
        principal.policies = {awsManaged("AdministratorAccess")};
        principal.scps
            = {scpLevel({fullAwsAccess()}), scpLevel({fullAwsAccess(), testPolicy("scp-deny-without-mfa.json")})};
        const Request list = request(principal, "s3:ListAllMyBuckets", "*", AuthState::NoMfa);
        const PrincipalEvaluation result = evaluatePrincipal(principal, list);
        QCOMPARE(result.decision, Decision::ExplicitDeny);
        QCOMPARE(result.decidingLayer, Layer::Scp);
        QCOMPARE(result.decidingScpLevel, std::size_t(1));
        QCOMPARE(
            QString::fromStdString(accessDeniedMessage(list, result.decision, "123456789012", result.decidingLayer)),
            QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                           "s3:ListAllMyBuckets with an explicit deny in a service control policy"));
        // Long-term access keys: the key is absent, BoolIfExists holds, the SCP denies too.
        QCOMPARE(
            evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::AccessKey)).decision,
            Decision::ExplicitDeny);
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decision,
                 Decision::Allow);
        // Setting up MFA stays possible without MFA.
        QCOMPARE(evaluatePrincipal(principal,
                                   request(principal, "iam:CreateVirtualMFADevice",
                                           principal.identity.deviceArn("Phone"), AuthState::NoMfa))
                     .decision,
                 Decision::Allow);
    }

    void everyScpLevelMustAllow()
    {
        Principal principal;
        principal.policies = {awsManaged("AdministratorAccess")};
        principal.scps = {scpLevel({fullAwsAccess()}), scpLevel({testPolicy("scp-s3-only.json")})};
        const Request enable
            = request(principal, "iam:EnableMFADevice", principal.identity.userArn(), AuthState::MfaSession);
        const PrincipalEvaluation result = evaluatePrincipal(principal, enable);
        QCOMPARE(result.decision, Decision::ImplicitDeny);
        QCOMPARE(result.decidingLayer, Layer::Scp);
        QCOMPARE(result.decidingScpLevel, std::size_t(1));
        QCOMPARE(
            QString::fromStdString(accessDeniedMessage(enable, result.decision, "123456789012", result.decidingLayer)),
            QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                           "iam:EnableMFADevice on resource: arn:aws:iam::123456789012:user/alice because no "
                           "service control policy allows the iam:EnableMFADevice action"));
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decision,
                 Decision::Allow);
        // A level whose only SCP is excluded allows nothing.
        principal.scps[0].policies[0].excluded = true;
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decidingScpLevel,
                 std::size_t(0));
    }

    void getSessionTokenIsNeverControlled()
    {
        Principal principal;
        principal.scps = {scpLevel({testPolicy("scp-s3-only.json")})};
        const PrincipalEvaluation result
            = evaluatePrincipal(principal, request(principal, "sts:GetSessionToken", "*", AuthState::NoMfa));
        QCOMPARE(result.decision, Decision::Allow);
        QVERIFY(result.notPolicyControlled);
    }

    void explicitDenyInSeveralLayersNamesTheFirstInAwsOrder()
    {
        // docs/evaluation.md: SCPs, then identity-based policies, then the permissions boundary.
        Principal principal;
        principal.policies = {sample("mfa-selfmanage_current-live.json")};
        principal.boundary = testPolicy("scp-deny-without-mfa.json");
        const Request list = request(principal, "s3:ListAllMyBuckets", "*", AuthState::NoMfa);
        QCOMPARE(evaluatePrincipal(principal, list).decidingLayer, Layer::Identity);
        principal.scps = {scpLevel({fullAwsAccess(), testPolicy("scp-deny-without-mfa.json")})};
        QCOMPARE(evaluatePrincipal(principal, list).decidingLayer, Layer::Scp);
    }

    void extraContextMakesIpGuardsTrue()
    {
        Principal principal;
        principal.policies = {testPolicy("guard-with-ip.json")};
        const Request outside = request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession);
        // Without aws:SourceIp the key is absent: NotIpAddress holds, the Deny applies.
        QCOMPARE(evaluatePrincipal(principal, outside).decision, Decision::ExplicitDeny);
        principal.context = {{"aws:SourceIp", "203.0.113.10"}};
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decision,
                 Decision::Allow);
        QCOMPARE(
            evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::NoMfa)).decision,
            Decision::ImplicitDeny);
        principal.context = {{"aws:SourceIp", "198.51.100.7"}};
        QCOMPARE(evaluatePrincipal(principal, request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession))
                     .decision,
                 Decision::ExplicitDeny);
    }

    void principalFileIsReadWhole()
    {
        const QString path = principalData(QStringLiteral("first-user.principal.json"));
        const PrincipalFile file
            = readPrincipalFile(testing::readInput(path).toStdString(), QFileInfo(path).absolutePath().toStdString());
        QVERIFY2(file.problems.empty(), file.problems.empty() ? "" : file.problems.front().id.c_str());
        QVERIFY(!file.incomplete);
        const Principal &p = file.principal;
        QCOMPARE(QString::fromStdString(p.identity.userArn()), QStringLiteral("arn:aws:iam::123456789012:user/alice"));
        QCOMPARE(p.policies.size(), std::size_t(3));
        QCOMPARE(p.policies[0].origin, PolicyOrigin::AwsManaged);
        QCOMPARE(QString::fromStdString(p.policies[0].arn), QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        QCOMPARE(QString::fromStdString(p.policies[2].group), QStringLiteral("Engineers"));
        QVERIFY(p.policies[2].excluded);
        QVERIFY(p.boundary.has_value());
        QCOMPARE(p.boundary->origin, PolicyOrigin::CustomerManaged);
        QCOMPARE(p.scps.size(), std::size_t(2));
        QCOMPARE(p.scps[1].policies.size(), std::size_t(2));
        QCOMPARE(p.context.size(), std::size_t(1));
        // The user of the file cannot create a device: the self-manage policy is excluded.
        const Request create
            = request(p, "iam:CreateVirtualMFADevice", p.identity.deviceArn("Phone"), AuthState::NoMfa);
        QCOMPARE(evaluatePrincipal(p, create).decision, Decision::ImplicitDeny);

        // Written and read again, it is the same principal.
        const std::string written = writePrincipalFile(p, QFileInfo(path).absolutePath().toStdString());
        const PrincipalFile again = readPrincipalFile(written, QFileInfo(path).absolutePath().toStdString());
        QVERIFY(again.problems.empty());
        QCOMPARE(again.principal.policies.size(), p.policies.size());
        QCOMPARE(again.principal.policies[2].excluded, true);
        QCOMPARE(again.principal.scps.size(), p.scps.size());
        QCOMPARE(evaluatePrincipal(again.principal, create).decision, Decision::ImplicitDeny);
    }

    void badPrincipalFilesSayWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<int>("line");
        QTest::newRow("misspelt member") << QByteArray(R"({"user": "a", "policies": [], "permissionsBoundry": {}})")
                                         << QStringLiteral("PRINCIPAL_UNKNOWN_MEMBER")
                                         << QStringLiteral("/permissionsBoundry") << 0;
        QTest::newRow("missing policy file")
            << QByteArray(R"({"policies": [{"file": "no-such-file.json"}]})")
            << QStringLiteral("PRINCIPAL_POLICY_FILE_UNREADABLE") << QStringLiteral("/policies/0/file") << 0;
        QTest::newRow("unknown AWS managed policy")
            << QByteArray(R"({"policies": [{"awsManaged": "NoSuchPolicy"}]})")
            << QStringLiteral("PRINCIPAL_AWS_MANAGED_UNKNOWN") << QStringLiteral("/policies/0/awsManaged") << 0;
        QTest::newRow("unknown SCP") << QByteArray(R"({"policies": [], "scps": [[{"awsManaged": "Nope"}]]})")
                                     << QStringLiteral("PRINCIPAL_SCP_UNKNOWN")
                                     << QStringLiteral("/scps/0/0/awsManaged") << 0;
        QTest::newRow("entry with two sources")
            << QByteArray(R"({"policies": [{"file": "a.json", "awsManaged": "ReadOnlyAccess"}]})")
            << QStringLiteral("PRINCIPAL_POLICY_SOURCE_MISSING") << QStringLiteral("/policies/0") << 0;
        QTest::newRow("syntax error on line 3") << QByteArray("{\n  \"policies\": [\n    {\"file\" \"a.json\"}\n]}")
                                                << QStringLiteral("PRINCIPAL_SYNTAX") << QString() << 3;
        QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("PRINCIPAL_NOT_OBJECT") << QString() << 0;
        // Found by fuzz_principal: a number too large for a double ended the program.
        QTest::newRow("number out of range") << QByteArray(R"({"user": "a", "policies": [], "n": 1e999})")
                                             << QStringLiteral("PRINCIPAL_SYNTAX") << QString() << 0;
    }

    void badPrincipalFilesSayWhatAndWhere()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, problem);
        QFETCH(QString, pointer);
        QFETCH(int, line);
        const PrincipalFile file = readPrincipalFile(text.toStdString(), MFAPOLICY_TEST_DATA_DIR "/principals");
        QVERIFY(file.incomplete);
        QVERIFY(!file.problems.empty());
        QCOMPARE(QString::fromStdString(file.problems.front().id), problem);
        QCOMPARE(QString::fromStdString(file.problems.front().pointer), pointer);
        QCOMPARE(int(file.problems.front().line), line);
    }

    void tellsPrincipalFilesFromPolicies()
    {
        QVERIFY(looksLikePrincipalFile(R"({"user": "alice", "policies": []})"));
        QVERIFY(!looksLikePrincipalFile(testing::readSampleText(QStringLiteral("mfa-selfmanage_current-live.json"))));
        QVERIFY(!looksLikePrincipalFile("not json"));
    }
};

QTEST_GUILESS_MAIN(TestPrincipal)
#include "tst_principal.moc"
