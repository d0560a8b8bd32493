// What the AWS documentation example policies are documented to do (MFA-FACTS §1, §4;
// SEMANTICS §6), evaluated from the sample files exactly as published.

#include "evaluator.h"
#include "policysource.h"
#include "testdata.h"

#include <QFile>
#include <QtTest>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::Decision)

namespace {

PolicySource loadSample(const QString &name)
{
    return PolicySource::parse(testing::readSampleText(name), name.toStdString());
}

/// The request context of IAM user alice signed in one of three ways (MFA-FACTS §4).
RequestContext contextFor(const QString &auth)
{
    RequestContext context;
    context.set("aws:username", "alice");
    context.set("aws:userid", "AIDAEXAMPLEALICE");
    context.set("aws:PrincipalType", "User");
    if (auth == QLatin1String("mfa")) {
        context.set("aws:MultiFactorAuthPresent", "true");
        context.set("aws:MultiFactorAuthAge", "300");
    } else if (auth == QLatin1String("no-mfa")) {
        context.set("aws:MultiFactorAuthPresent", "false");
    } // "access-key": long-term keys carry no MultiFactorAuthPresent key at all
    return context;
}

const char *const own = "arn:aws:iam::123456789012:user/alice";
const char *const other = "arn:aws:iam::123456789012:user/bob";
const char *const namedDevice = "arn:aws:iam::123456789012:mfa/alice-phone";
const char *const userDevice = "arn:aws:iam::123456789012:mfa/alice";
const char *const instance = "arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0";

void addRow(const char *name, const char *file, const char *auth, const char *action, const char *resource,
            Decision decision, const char *decidedBy = "")
{
    QTest::newRow(name) << QString::fromLatin1(file) << QString::fromLatin1(auth) << QString::fromLatin1(action)
                        << QString::fromLatin1(resource) << decision << QString::fromLatin1(decidedBy);
}

} // namespace

class TestAwsExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
};

void TestAwsExamples::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QString>("decidedBy"); // Sid of a deciding statement, "" = not checked

    using D = Decision;
    const char *live = "mfa-selfmanage_current-live.json";
    addRow("self-manage (live): no MFA can create a device with any name", live, "no-mfa", "iam:CreateVirtualMFADevice",
           namedDevice, D::Allow, "AllowUserToCreateVirtualMFADevice");
    addRow("self-manage (live): no MFA can create a device named like the user", live, "no-mfa",
           "iam:CreateVirtualMFADevice", userDevice, D::Allow);
    addRow("self-manage (live): no MFA can enable MFA on own user", live, "no-mfa", "iam:EnableMFADevice", own,
           D::Allow, "AllowUserToManageTheirOwnMFA");
    addRow("self-manage (live): no MFA cannot enable MFA on another user", live, "no-mfa", "iam:EnableMFADevice", other,
           D::ImplicitDeny);
    addRow("self-manage (live): own user with a path is not covered", live, "no-mfa", "iam:EnableMFADevice",
           "arn:aws:iam::123456789012:user/engineering/alice", D::ImplicitDeny);
    addRow("self-manage (live): no MFA can resync", live, "no-mfa", "iam:ResyncMFADevice", own, D::Allow);
    addRow("self-manage (live): no MFA can list own devices", live, "no-mfa", "iam:ListMFADevices", own, D::Allow);
    addRow("self-manage (live): no MFA can list virtual devices", live, "no-mfa", "iam:ListVirtualMFADevices", "*",
           D::Allow, "AllowListActions");
    addRow("self-manage (live): no MFA can list users", live, "no-mfa", "iam:ListUsers", "*", D::Allow);
    addRow("self-manage (live): no MFA cannot deactivate", live, "no-mfa", "iam:DeactivateMFADevice", own,
           D::ExplicitDeny, "BlockMostAccessUnlessSignedInWithMFA");
    addRow("self-manage (live): MFA session can deactivate", live, "mfa", "iam:DeactivateMFADevice", own, D::Allow,
           "AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA");
    addRow("self-manage (live): access key cannot deactivate", live, "access-key", "iam:DeactivateMFADevice", own,
           D::ExplicitDeny);
    addRow("self-manage (live): no MFA cannot get the MFA device (not in NotAction)", live, "no-mfa",
           "iam:GetMFADevice", own, D::ExplicitDeny, "BlockMostAccessUnlessSignedInWithMFA");
    addRow("self-manage (live): MFA session can get the MFA device", live, "mfa", "iam:GetMFADevice", own, D::Allow);
    addRow("self-manage (live): nobody can delete a virtual device", live, "mfa", "iam:DeleteVirtualMFADevice",
           namedDevice, D::ImplicitDeny);
    addRow("self-manage (live): S3 denied without MFA", live, "no-mfa", "s3:ListAllMyBuckets", "*", D::ExplicitDeny,
           "BlockMostAccessUnlessSignedInWithMFA");
    addRow("self-manage (live): S3 denied with access keys (BoolIfExists)", live, "access-key", "s3:ListAllMyBuckets",
           "*", D::ExplicitDeny, "BlockMostAccessUnlessSignedInWithMFA");
    addRow("self-manage (live): S3 not granted with MFA", live, "mfa", "s3:ListAllMyBuckets", "*", D::ImplicitDeny);
    addRow("self-manage (live): access key can still create a device", live, "access-key", "iam:CreateVirtualMFADevice",
           namedDevice, D::Allow);
    addRow("self-manage (live): GetSessionToken is never blocked", live, "access-key", "sts:GetSessionToken", "*",
           D::Allow);

    const char *old = "mfa-selfmanage_2018-11_to_2022-02.json";
    addRow("self-manage (2018-2022): device with a custom name is refused", old, "no-mfa", "iam:CreateVirtualMFADevice",
           namedDevice, D::ImplicitDeny);
    addRow("self-manage (2018-2022): device named like the user is allowed", old, "no-mfa",
           "iam:CreateVirtualMFADevice", userDevice, D::Allow, "AllowIndividualUserToManageTheirOwnMFA");
    addRow("self-manage (2018-2022): deleting the device needs MFA", old, "no-mfa", "iam:DeleteVirtualMFADevice",
           userDevice, D::ExplicitDeny);
    addRow("self-manage (2018-2022): MFA session can delete own device", old, "mfa", "iam:DeleteVirtualMFADevice",
           userDevice, D::Allow);
    addRow("self-manage (2018-2022): no MFA cannot deactivate", old, "no-mfa", "iam:DeactivateMFADevice", own,
           D::ExplicitDeny);
    addRow("self-manage (2018-11-21): deactivation was still exempt", "mfa-selfmanage_2018-11-21.json", "no-mfa",
           "iam:DeactivateMFADevice", own, D::Allow);
    addRow("self-manage (2018-07): no Deny, access key can create the user-named device", "mfa-selfmanage_2018-07.json",
           "access-key", "iam:CreateVirtualMFADevice", userDevice, D::Allow);
    addRow("self-manage (2018-07): deactivation needs an MFA session", "mfa-selfmanage_2018-07.json", "access-key",
           "iam:DeactivateMFADevice", own, D::ImplicitDeny);
    addRow("self-manage (2022-12): device with a custom name is allowed", "mfa-selfmanage_2022-12.json", "no-mfa",
           "iam:CreateVirtualMFADevice", namedDevice, D::Allow);
    addRow("self-manage (2022-12): GetMFADevice not granted yet", "mfa-selfmanage_2022-12.json", "mfa",
           "iam:GetMFADevice", own, D::ImplicitDeny);

    const char *creds = "sec-creds-self-manage_2022-11.json";
    addRow("security credentials: no MFA can load the page (GetUser)", creds, "no-mfa", "iam:GetUser", own, D::Allow,
           "AllowManageOwnPasswords");
    addRow("security credentials: no MFA cannot change the password", creds, "no-mfa", "iam:ChangePassword", own,
           D::ExplicitDeny, "DenyAllExceptListedIfNoMFA");
    addRow("security credentials: no MFA cannot read the password policy", creds, "no-mfa",
           "iam:GetAccountPasswordPolicy", "*", D::ExplicitDeny);
    addRow("security credentials: MFA session can change the password", creds, "mfa", "iam:ChangePassword", own,
           D::Allow);
    addRow("security credentials: MFA session can create own access key", creds, "mfa", "iam:CreateAccessKey", own,
           D::Allow, "AllowManageOwnAccessKeys");
    addRow("security credentials: not another user's access key", creds, "mfa", "iam:CreateAccessKey", other,
           D::ImplicitDeny);
    addRow("security credentials: access keys are denied (BoolIfExists)", creds, "access-key", "iam:CreateAccessKey",
           own, D::ExplicitDeny);
    addRow("security credentials: ListUsers is not needed and not granted", creds, "mfa", "iam:ListUsers", "*",
           D::ImplicitDeny);
    addRow("security credentials: device with a custom name is allowed", creds, "no-mfa", "iam:CreateVirtualMFADevice",
           namedDevice, D::Allow, "AllowManageOwnVirtualMFADevice");
    addRow("security credentials (pre-Nov-2022): custom device name refused",
           "sec-creds-self-manage_2022-06_pre-nov-2022.json", "no-mfa", "iam:CreateVirtualMFADevice", namedDevice,
           D::ImplicitDeny);
    addRow("security credentials (pre-Nov-2022): abandoned device cannot be deleted without MFA",
           "sec-creds-self-manage_2022-06_pre-nov-2022.json", "no-mfa", "iam:DeleteVirtualMFADevice", userDevice,
           D::ExplicitDeny, "DenyAllExceptListedIfNoMFA");
    addRow("security credentials (MFA only): no MFA can enable own MFA", "sec-creds-mfa-only_2022-11.json", "no-mfa",
           "iam:EnableMFADevice", own, D::Allow);
    addRow("security credentials (MFA only): no MFA cannot create access keys", "sec-creds-mfa-only_2022-11.json",
           "no-mfa", "iam:CreateAccessKey", own, D::ExplicitDeny);
    addRow("security credentials (no MFA): access keys work without MFA", "sec-creds-no-mfa_2022-11.json", "access-key",
           "iam:CreateAccessKey", own, D::Allow);

    const char *ec2 = "ec2-require-mfa_2022-12.json";
    addRow("EC2 require MFA: stop without MFA denied", ec2, "no-mfa", "ec2:StopInstances", instance, D::ExplicitDeny,
           "DenyStopAndTerminateWhenMFAIsNotPresent");
    addRow("EC2 require MFA: stop with access keys denied", ec2, "access-key", "ec2:TerminateInstances", instance,
           D::ExplicitDeny);
    addRow("EC2 require MFA: stop with MFA allowed", ec2, "mfa", "ec2:StopInstances", instance, D::Allow,
           "AllowAllActionsForEC2");
    addRow("EC2 require MFA: other EC2 actions without MFA allowed", ec2, "no-mfa", "ec2:DescribeInstances", "*",
           D::Allow);
    const char *api = "mfa-api-require-ec2-bool-true_2022-12.json";
    addRow("API require MFA (Bool true): MFA session allowed", api, "mfa", "ec2:StopInstances", instance, D::Allow);
    addRow("API require MFA (Bool true): no MFA not allowed", api, "no-mfa", "ec2:StopInstances", instance,
           D::ImplicitDeny);
    addRow("API require MFA (Bool true): access key not allowed", api, "access-key", "ec2:TerminateInstances", instance,
           D::ImplicitDeny);
}

void TestAwsExamples::samples()
{
    QFETCH(QString, file);
    QFETCH(QString, auth);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(Decision, decision);
    QFETCH(QString, decidedBy);

    const PolicySource source = loadSample(file);
    QVERIFY2(source.isValidJson(), qPrintable(file));
    const Policy &policy = source.policy();
    QVERIFY(!policy.statements.empty());

    Request request;
    request.principal = own;
    request.action = action.toStdString();
    request.resource = resource.toStdString();
    request.context = contextFor(auth);
    const Evaluation evaluation = evaluate(policy, request);
    QCOMPARE(evaluation.decision, decision);
    QCOMPARE(evaluate(policy, request, EvaluateOptions {false}).decision, decision);

    if (!decidedBy.isEmpty()) {
        const auto &deciding = decision == Decision::ExplicitDeny ? evaluation.deniedBy : evaluation.allowedBy;
        bool found = false;
        for (const StatementRef &ref : deciding) {
            const auto &sid = policy.statements[ref.statement].sid;
            found = found || (sid && *sid == decidedBy.toStdString());
        }
        QVERIFY2(found, qPrintable(decidedBy));
    }
}

QTEST_GUILESS_MAIN(TestAwsExamples)
#include "tst_awsexamples.moc"
