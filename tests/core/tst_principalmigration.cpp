// Migration of a principal: the policy whose stale device resource (mfa/${aws:username}, AWS's
// examples before custom device names in November 2022) keeps the user from creating a device
// with its own name, and what is done with it. Answers worked out by hand from AWS's examples
// and AWS's evaluation logic (every SCP level must allow; reference_policies_evaluation-logic).

#include "testprincipals.h"

#include "principalmigration.h"
#include "scenario.h"

#include <QtTest>

#include <algorithm>

using namespace mfapolicy;
using namespace mfapolicy::testing;

Q_DECLARE_METATYPE(mfapolicy::PrincipalMigration::Outcome)

namespace {

PrincipalPolicy staleExample()
{
    return sample("mfa-selfmanage_2022-09_pre-nov-2022.json");
}

PrincipalPolicy inGroup(PrincipalPolicy policy, const char *group)
{
    policy.group = group;
    return policy;
}

Decision createWithoutMfa(const Principal &principal)
{
    const DecisionMatrix matrix = computeMatrix(principal);
    return matrix.decision("iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, AuthState::NoMfa);
}

} // namespace

class TestPrincipalMigration : public QObject
{
    Q_OBJECT

private slots:
    // ReadOnlyAccess and the group Engineers' inline copy of the September 2022 example: the
    // example allows creating mfa/alice only, ReadOnlyAccess no create at all. Migrating the group's
    // policy lets alice create mfa/alice-phone without MFA.
    void groupsStalePolicyIsMigrated()
    {
        Principal principal = readOnlyUser();
        principal.policies.push_back(inGroup(staleExample(), "Engineers"));
        QCOMPARE(createWithoutMfa(principal), Decision::ImplicitDeny);
        const PrincipalMigration migration = findPrincipalMigration(principal);
        QCOMPARE(migration.outcome, PrincipalMigration::Outcome::Migrate);
        QCOMPARE(*migration.policy, (PrincipalPolicyRef {Layer::Identity, 0, 2}));
        QVERIFY(migration.plan.find(createDeviceAnyNameChange));
        // AWS's current example: CreateVirtualMFADevice in a statement of its own, on mfa/*.
        QVERIFY(migration.migratedText.find("\"arn:aws:iam::*:mfa/*\"") != std::string::npos);
        QCOMPARE(createWithoutMfa(migration.migrated), Decision::Allow);
        // The other policies are the same objects, and the group is kept.
        QCOMPARE(migration.migrated.policies[0].source, principal.policies[0].source);
        QCOMPARE(migration.migrated.policies[2].group, std::string("Engineers"));
        const auto created = std::find_if(migration.changes.begin(), migration.changes.end(), [](const CellChange &c) {
            return c.action == "iam:CreateVirtualMFADevice" && c.pattern == ResourcePattern::DeviceCustomName
                && c.state == AuthState::NoMfa;
        });
        QVERIFY(created != migration.changes.end());
        QCOMPARE(created->before, Decision::ImplicitDeny);
        QCOMPARE(created->after, Decision::Allow);
    }

    void whatCannotBeMigrated_data()
    {
        QTest::addColumn<int>("setup");
        QTest::addColumn<PrincipalMigration::Outcome>("outcome");
        QTest::addColumn<QString>("message");
        const QString refused = QStringLiteral(
            "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateVirtualMFADevice on "
            "resource: arn:aws:iam::123456789012:mfa/alice-phone because no %1 allows the "
            "iam:CreateVirtualMFADevice action");
        // AWS's current example allows any device name: nothing to do.
        QTest::newRow("current example") << 0 << PrincipalMigration::Outcome::NothingToMigrate << QString();
        // ReadOnlyAccess alone allows no write: no device resource to blame.
        QTest::newRow("no allow at all") << 1 << PrincipalMigration::Outcome::NotTheDeviceResource
                                         << refused.arg(QStringLiteral("identity-based policy"));
        // An allow-list SCP at the OU level that allows only S3: every level must allow, so the
        // create call is refused there whatever the identity-based policies say.
        QTest::newRow("allow-list SCP") << 2 << PrincipalMigration::Outcome::NotTheDeviceResource
                                        << refused.arg(QStringLiteral("service control policy"));
        // The stale example as an AWS managed policy (an older version read from an account):
        // it cannot be changed.
        QTest::newRow("AWS managed") << 3 << PrincipalMigration::Outcome::AwsManaged << QString();
    }

    void whatCannotBeMigrated()
    {
        QFETCH(int, setup);
        QFETCH(PrincipalMigration::Outcome, outcome);
        QFETCH(QString, message);
        Principal principal;
        switch (setup) {
        case 0:
            principal.policies = {sample("mfa-selfmanage_current-live.json")};
            break;
        case 1:
            principal = readOnlyUser();
            break;
        case 2:
            principal.policies = {inGroup(staleExample(), "Engineers")};
            principal.scps = {scpLevel({fullAwsAccess()}), scpLevel({testPolicy("scp-s3-only.json")})};
            break;
        default:
            principal.policies = {staleExample()};
            principal.policies.front().origin = PolicyOrigin::AwsManaged;
            break;
        }
        const PrincipalMigration migration = findPrincipalMigration(principal);
        QCOMPARE(migration.outcome, outcome);
        if (!message.isEmpty()) {
            QCOMPARE(QString::fromStdString(accessDeniedMessage(migration.request, migration.refusal.decision,
                                                                principal.identity.account,
                                                                migration.refusal.decidingLayer)),
                     message);
            QVERIFY(!migration.policy);
        }
        if (outcome == PrincipalMigration::Outcome::AwsManaged) {
            QCOMPARE(*migration.policy, (PrincipalPolicyRef {Layer::Identity, 0, 0}));
            QCOMPARE(createWithoutMfa(migration.migrated), Decision::Allow);
        }
    }

    // An editable policy is migrated rather than an AWS managed one that holds the same resource.
    void editablePolicyComesFirst()
    {
        Principal principal;
        principal.policies = {staleExample(), inGroup(staleExample(), "Engineers")};
        principal.policies.front().origin = PolicyOrigin::AwsManaged;
        const PrincipalMigration migration = findPrincipalMigration(principal);
        QCOMPARE(migration.outcome, PrincipalMigration::Outcome::Migrate);
        QCOMPARE(migration.policy->index, std::size_t(1));
    }

    // The boundary holds the stale resource: the identity-based policy (the current example)
    // allows any name, the boundary only mfa/alice. Migrating the boundary lets the call through.
    void staleBoundaryIsMigrated()
    {
        Principal principal;
        principal.policies = {sample("mfa-selfmanage_current-live.json")};
        principal.boundary = staleExample();
        principal.boundary->origin = PolicyOrigin::CustomerManaged;
        QCOMPARE(createWithoutMfa(principal), Decision::ImplicitDeny);
        const PrincipalMigration migration = findPrincipalMigration(principal);
        QCOMPARE(migration.outcome, PrincipalMigration::Outcome::Migrate);
        QCOMPARE(migration.policy->layer, Layer::PermissionsBoundary);
        QCOMPARE(createWithoutMfa(migration.migrated), Decision::Allow);
    }
};

QTEST_APPLESS_MAIN(TestPrincipalMigration)
#include "tst_principalmigration.moc"
