// Enrollment flows of MFA-FACTS §3 through AWS example policies, with AWS's AccessDenied texts
// (SEMANTICS §8, §10; MFA-FACTS §5).

#include "policysource.h"
#include "scenario.h"
#include "testdata.h"

#include <QtTest>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::EnrollmentFlow)
Q_DECLARE_METATYPE(mfapolicy::AuthState)
Q_DECLARE_METATYPE(mfapolicy::Decision)

namespace {

PolicySource loadSample(const QString &name)
{
    return PolicySource::parse(testing::readSampleText(name), name.toStdString());
}

QString stepSummary(const ScenarioResult &result)
{
    QStringList parts;
    for (const ScenarioStep &step : result.steps) {
        const char *decision = step.evaluation.decision == Decision::Allow ? "allow"
            : step.evaluation.decision == Decision::ExplicitDeny           ? "explicit"
                                                                           : "implicit";
        QString part = QString::fromStdString(step.stepId) + QLatin1Char('=') + QLatin1String(decision);
        if (!step.outcomeId.empty())
            part += QLatin1Char('/') + QString::fromStdString(step.outcomeId);
        parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flows_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<EnrollmentFlow>("flow");
        QTest::addColumn<AuthState>("signedInWith");
        QTest::addColumn<bool>("hasExistingDevice");
        QTest::addColumn<QString>("deviceName");
        QTest::addColumn<QString>("expectedSteps");
        QTest::addColumn<bool>("succeeded");

        const auto virt = EnrollmentFlow::ConsoleVirtual;
        // Pre-November-2022: a device may only be named like the user.
        QTest::newRow("virtual: 2022-09 self-manage, custom device name is refused")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << virt << AuthState::NoMfa << false << "alice-phone"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow "
               "create-virtual-device=implicit enable-device=allow"
            << false;
        QTest::newRow("virtual: 2022-09 self-manage, device named like the user works")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << virt << AuthState::NoMfa << false << "alice"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow "
               "create-virtual-device=allow enable-device=allow"
            << true;
        QTest::newRow("virtual: 2022-12 self-manage, any device name works")
            << "mfa-selfmanage_2022-12.json" << virt << AuthState::NoMfa << false << "alice-phone"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow "
               "create-virtual-device=allow enable-device=allow"
            << true;
        QTest::newRow("virtual: 2022-11 security credentials page, any device name works")
            << "sec-creds-self-manage_2022-11.json" << virt << AuthState::NoMfa << false << "alice-phone"
            << "get-user=allow list-mfa-devices=allow list-virtual-mfa-devices=allow create-virtual-device=allow "
               "enable-device=allow"
            << true;
        QTest::newRow("virtual: no MFA policy at all, nothing is allowed")
            << "ec2-require-mfa_2022-12.json" << virt << AuthState::NoMfa << false << "alice-phone"
            << "get-user=implicit list-mfa-devices=implicit list-virtual-mfa-devices=implicit "
               "create-virtual-device=implicit enable-device=implicit"
            << false;
        QTest::newRow("security key: 2022-09 self-manage needs only EnableMFADevice")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << EnrollmentFlow::SecurityKey << AuthState::NoMfa << false
            << "alice-phone"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow enable-device=allow" << true;
        QTest::newRow("hardware token: 2019 security credentials page")
            << "sec-creds-self-manage_2019-01_to_2021-02.json" << EnrollmentFlow::Hardware << AuthState::NoMfa << false
            << "alice-phone"
            << "get-user=allow list-mfa-devices=allow list-virtual-mfa-devices=allow enable-device=allow" << true;
        QTest::newRow("cli: access keys, 2022-11 page exempts create and enable")
            << "sec-creds-mfa-only_2022-11.json" << EnrollmentFlow::Cli << AuthState::AccessKey << false
            << "alice-phone"
            << "create-virtual-device=allow enable-device=allow get-session-token=allow" << true;
        QTest::newRow("cli: existing device, GetSessionToken with MFA first")
            << "sec-creds-mfa-only_2022-11.json" << EnrollmentFlow::Cli << AuthState::AccessKey << true << "alice-phone"
            << "get-session-token-with-mfa=allow create-virtual-device=allow enable-device=allow "
               "get-session-token=allow"
            << true;
        QTest::newRow("cli: Bool-only API policy allows nothing to access keys")
            << "mfa-api-require-ec2-bool-true_2022-12.json" << EnrollmentFlow::Cli << AuthState::AccessKey << false
            << "alice-phone"
            << "create-virtual-device=implicit enable-device=implicit get-session-token=allow" << false;
        QTest::newRow("retry: 2018-11-21 lets the user delete the pending device")
            << "mfa-selfmanage_2018-11-21.json" << EnrollmentFlow::RetryAfterAbandoned << AuthState::NoMfa << false
            << "alice"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow delete-pending-device=allow "
               "create-virtual-device=allow enable-device=allow"
            << true;
        QTest::newRow("retry: 2022-09 denies the delete, the same name already exists")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << EnrollmentFlow::RetryAfterAbandoned << AuthState::NoMfa
            << false << "alice"
            << "get-user=explicit list-mfa-devices=allow list-virtual-mfa-devices=allow "
               "delete-pending-device=explicit create-virtual-device=allow/entity-already-exists enable-device=allow"
            << false;
        QTest::newRow("virtual: signed in with MFA, 2022-09 still refuses a custom name")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << virt << AuthState::MfaSession << true << "alice-phone"
            << "get-user=implicit list-mfa-devices=allow list-virtual-mfa-devices=allow "
               "create-virtual-device=implicit enable-device=allow"
            << false;
    }

    void flows()
    {
        QFETCH(QString, sample);
        QFETCH(EnrollmentFlow, flow);
        QFETCH(AuthState, signedInWith);
        QFETCH(bool, hasExistingDevice);
        QFETCH(QString, deviceName);
        QFETCH(QString, expectedSteps);
        QFETCH(bool, succeeded);

        const PolicySource source = loadSample(sample);
        QVERIFY(!source.policy().statements.empty());
        ScenarioOptions options;
        options.flow = flow;
        options.signedInWith = signedInWith;
        options.hasExistingDevice = hasExistingDevice;
        options.identity.deviceName = deviceName.toStdString();
        const ScenarioResult result = runScenario(source.policy(), options);
        QCOMPARE(stepSummary(result), expectedSteps);
        QCOMPARE(result.succeeded, succeeded);
        // Once a required step fails, the flow cannot go on.
        bool stopped = false;
        for (const ScenarioStep &step : result.steps) {
            stopped
                = stopped || (step.required && step.evaluation.decision != Decision::Allow) || !step.outcomeId.empty();
            QCOMPARE(step.flowContinues, !stopped);
            QCOMPARE(step.accessDeniedMessage.empty(), step.evaluation.decision == Decision::Allow);
        }
    }

    void cliStepsAreSignedAsTheFlowGoes()
    {
        const PolicySource source = loadSample(QStringLiteral("sec-creds-mfa-only_2022-11.json"));
        ScenarioOptions options;
        options.flow = EnrollmentFlow::Cli;
        options.signedInWith = AuthState::AccessKey;
        options.hasExistingDevice = true;
        const ScenarioResult result = runScenario(source.policy(), options);
        QCOMPARE(result.steps.size(), std::size_t(4));
        QCOMPARE(result.steps[0].state, AuthState::AccessKey);
        QCOMPARE(result.steps[1].state, AuthState::MfaSession);
        QVERIFY(result.steps[1].request.context.find("aws:MultiFactorAuthPresent"));
        QCOMPARE(result.steps[1].request.resource, std::string("arn:aws:iam::123456789012:mfa/alice-phone"));
        QCOMPARE(result.steps[2].request.resource, std::string("arn:aws:iam::123456789012:user/alice"));
    }

    void accessDeniedText_data()
    {
        QTest::addColumn<QString>("sample");
        QTest::addColumn<EnrollmentFlow>("flow");
        QTest::addColumn<QString>("deviceName");
        QTest::addColumn<QString>("userPath");
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<QString>("message");

        QTest::newRow("implicit deny of a custom device name (the 2022 breakage)")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << EnrollmentFlow::ConsoleVirtual << "alice-phone"
            << "/"
            << "create-virtual-device"
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateVirtualMFADevice "
               "on resource: arn:aws:iam::123456789012:mfa/alice-phone because no identity-based policy allows the "
               "iam:CreateVirtualMFADevice action";
        QTest::newRow("explicit deny of deleting the pending device")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << EnrollmentFlow::RetryAfterAbandoned << "alice"
            << "/"
            << "delete-pending-device"
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:DeleteVirtualMFADevice "
               "on resource: arn:aws:iam::123456789012:mfa/alice with an explicit deny in an identity-based policy";
        QTest::newRow("explicit deny of GetUser on the own user")
            << "mfa-selfmanage_2022-12.json" << EnrollmentFlow::ConsoleVirtual << "alice-phone"
            << "/"
            << "get-user"
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:GetUser on resource: "
               "arn:aws:iam::123456789012:user/alice with an explicit deny in an identity-based policy";
        QTest::newRow("ListVirtualMFADevices names the account's mfa/ prefix")
            << "sec-creds-no-mfa_2022-11.json" << EnrollmentFlow::ConsoleVirtual << "alice-phone"
            << "/"
            << "list-virtual-mfa-devices"
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:ListVirtualMFADevices "
               "on resource: arn:aws:iam::123456789012:mfa/ because no identity-based policy allows the "
               "iam:ListVirtualMFADevices action";
        QTest::newRow("a user with a path is named with the path")
            << "mfa-selfmanage_2022-12.json" << EnrollmentFlow::ConsoleVirtual << "alice-phone"
            << "/engineering/"
            << "enable-device"
            << "User: arn:aws:iam::123456789012:user/engineering/alice is not authorized to perform: "
               "iam:EnableMFADevice on resource: arn:aws:iam::123456789012:user/engineering/alice because no "
               "identity-based policy allows the iam:EnableMFADevice action";
    }

    void accessDeniedText()
    {
        QFETCH(QString, sample);
        QFETCH(EnrollmentFlow, flow);
        QFETCH(QString, deviceName);
        QFETCH(QString, userPath);
        QFETCH(QString, stepId);
        QFETCH(QString, message);

        const PolicySource source = loadSample(sample);
        ScenarioOptions options;
        options.flow = flow;
        options.identity.deviceName = deviceName.toStdString();
        options.identity.userPath = userPath.toStdString();
        const ScenarioResult result = runScenario(source.policy(), options);
        const auto step = std::find_if(result.steps.begin(), result.steps.end(),
                                       [&](const ScenarioStep &s) { return s.stepId == stepId.toStdString(); });
        QVERIFY(step != result.steps.end());
        QCOMPARE(QString::fromStdString(step->accessDeniedMessage), message);
    }

    void messageWithoutResource_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<Decision>("decision");
        QTest::addColumn<QString>("message");
        QTest::newRow("implicit, no resource type: no \"on resource\"")
            << "iam:ListUsers" << Decision::ImplicitDeny
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:ListUsers because no "
               "identity-based policy allows the iam:ListUsers action";
        QTest::newRow("explicit, no resource type: no \"on resource\"")
            << "s3:ListAllMyBuckets" << Decision::ExplicitDeny
            << "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: s3:ListAllMyBuckets with an "
               "explicit deny in an identity-based policy";
        QTest::newRow("allowed: no message") << "s3:ListAllMyBuckets" << Decision::Allow << QString();
    }

    void messageWithoutResource()
    {
        QFETCH(QString, action);
        QFETCH(Decision, decision);
        QFETCH(QString, message);
        Request request;
        request.principal = "arn:aws:iam::123456789012:user/alice";
        request.action = action.toStdString();
        request.resource = "*";
        QCOMPARE(QString::fromStdString(accessDeniedMessage(request, decision, "123456789012")), message);
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
