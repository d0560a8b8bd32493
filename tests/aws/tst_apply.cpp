// Applying corrected policies to a live account and rolling them back, end to end: the real AWS
// CLI against moto_server (a local IAM API). The account is set up with AWS's own self-manage MFA
// policy as it stood before November 2022 (devices only named like the user), the corrected
// document is AWS's current one, and what the server holds afterwards is checked with separate
// CLI calls, not through the library under test.

#include "awstestenv.h"
#include "testdata.h"

#include "accountfetch.h"
#include "applyplan.h"
#include "awstexts.h"

#include <QJsonArray>
#include <QtTest>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

const QString account = QStringLiteral("123456789012"); // moto's account
const QString policyArn = QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA");

QByteArray staleDocument()
{
    return readInput(samplePath(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
}

QByteArray correctedDocument()
{
    return readInput(samplePath(QStringLiteral("mfa-selfmanage_current-live.json")));
}

QString file(const QString &name)
{
    return QStringLiteral("file://") + samplePath(name);
}

QJsonValue json(const QByteArray &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue();
}

const AccountUser *user(const AccountDump &dump, const char *name)
{
    for (const AccountUser &u : dump.users) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

// By name, or for managed policies by the ARN's last part: moto's dump leaves PolicyName out of
// Policies[] (AWS's has it).
const AccountPolicy *policy(const AccountDump &dump, const char *name)
{
    for (const AccountPolicy &p : dump.policies) {
        const bool arnNamesIt = !p.arn.empty() && p.arn.substr(p.arn.rfind('/') + 1) == name;
        if (p.name == name || (p.name.empty() && arnNamesIt))
            return &p;
    }
    qWarning("the dump has no policy named %s", name);
    return nullptr;
}

// Can the user, signed in without MFA (as while enrolling), create a virtual MFA device with a
// name of their choice, as the console has allowed since November 2022?
Decision createCustomNamedDevice(const AccountDump &dump, const char *userName)
{
    const AccountUser *u = user(dump, userName);
    if (!u)
        return Decision::ExplicitDeny;
    Request request;
    request.principal = u->principal.identity.userArn();
    request.action = "iam:CreateVirtualMFADevice";
    request.resource = "arn:aws:iam::123456789012:mfa/Phone-of-" + std::string(userName);
    request.context = principalContext(u->principal, AuthState::NoMfa);
    return evaluatePrincipal(u->principal, request).decision;
}

// The account of the tests: alice and bob in the group mfa-users, which has the stale managed
// policy ForceMFA attached; carol outside the group.
bool setUpManagedAccount(const MotoServer &moto)
{
    for (const char *name : {"alice", "bob", "carol"})
        moto.aws(iam({"create-user", "--user-name", name}));
    moto.aws(iam({"create-group", "--group-name", "mfa-users"}));
    for (const char *name : {"alice", "bob"})
        moto.aws(iam({"add-user-to-group", "--group-name", "mfa-users", "--user-name", name}));
    moto.aws(iam({"create-policy", "--policy-name", "ForceMFA"}) << QStringLiteral(
                 "--policy-document") << file(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    moto.aws(iam({"attach-group-policy", "--group-name", "mfa-users"}) << QStringLiteral("--policy-arn") << policyArn);
    return !moto.failed();
}

QString serverDefaultVersion(const MotoServer &moto)
{
    return moto.aws(iam({"get-policy"}) << QStringLiteral("--policy-arn") << policyArn)
        .value(QLatin1String("Policy"))
        .toObject()
        .value(QLatin1String("DefaultVersionId"))
        .toString();
}

QJsonValue serverVersionDocument(const MotoServer &moto, const QString &versionId)
{
    return moto
        .aws(iam({"get-policy-version"}) << QStringLiteral("--policy-arn") << policyArn
                                         << QStringLiteral("--version-id") << versionId)
        .value(QLatin1String("PolicyVersion"))
        .toObject()
        .value(QLatin1String("Document"));
}

QStringList serverVersions(const MotoServer &moto)
{
    QStringList ids;
    const QJsonArray versions = moto.aws(iam({"list-policy-versions"}) << QStringLiteral("--policy-arn") << policyArn)
                                    .value(QLatin1String("Versions"))
                                    .toArray();
    for (const QJsonValue &version : versions)
        ids << version.toObject().value(QLatin1String("VersionId")).toString();
    ids.sort();
    return ids;
}

} // namespace

class TestApply : public QObject
{
    Q_OBJECT

private slots:
    void managedPolicyApplyAndRollback();
    void versionLimitNeedsItsOwnConfirmation();
    void inlineGroupPolicy();
    void nothingToDoAndNothingChangeable();
    void planFailsWhereTheCliFails();
};

void TestApply::managedPolicyApplyAndRollback()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    QVERIFY(setUpManagedAccount(moto));
    const AwsCli cli = moto.cli();

    const FetchResult before = fetchAccount(cli);
    QVERIFY2(before.ok(), qPrintable(AwsTexts::errorWithDetails(before.error)));
    // The stale policy: a device named anything but the user name is refused.
    QCOMPARE(createCustomNamedDevice(before.dump, "alice"), Decision::ImplicitDeny);
    const AccountPolicy *forceMfa = policy(before.dump, "ForceMFA");
    QVERIFY(forceMfa);
    QCOMPARE(forceMfa->origin, PolicyOrigin::CustomerManaged);

    const ApplyPlan plan = planChanges(cli, {policyChangeFor(before.dump, *forceMfa, correctedDocument())});
    QCOMPARE(plan.policies.size(), 1);
    const PolicyPlan &planned = plan.policies.front();
    QVERIFY2(!planned.error.isError(), qPrintable(AwsTexts::errorWithDetails(planned.error)));
    QVERIFY(planned.canApply());
    QCOMPARE(planned.defaultVersionId, QStringLiteral("v1"));
    QCOMPARE(planned.rollbackPoint().versionId, QStringLiteral("v1"));
    QVERIFY(planned.versionToDelete.isEmpty());
    QVERIFY(!plan.needsVersionDeletion());
    QCOMPARE(json(planned.liveDocument), json(staleDocument()));
    // The diff shows the stale device resource going and AWS's current one coming.
    QVERIFY2(planned.diff.contains(QLatin1String("-                \"arn:aws:iam::*:mfa/${aws:username}\"")),
             qPrintable(planned.diff));
    QVERIFY2(planned.diff.contains(QLatin1String("+            \"Resource\": \"arn:aws:iam::*:mfa/*\"")),
             qPrintable(planned.diff));
    QCOMPARE(plan.affectedUsers(), (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    QCOMPARE(
        plan.commandLines(),
        QStringList {QStringLiteral("aws iam create-policy-version --policy-arn ") + policyArn
                     + QStringLiteral(" --policy-document file://policy-ForceMFA.json --set-as-default --output json "
                                      "--endpoint-url ")
                     + moto.endpoint()});

    // A confirmation of another plan applies nothing.
    const ApplyPlan other = planChanges(cli, {policyChangeFor(before.dump, *forceMfa, staleDocument() + ' ')});
    QTemporaryDir logFolder;
    const ApplyLog log(logFolder.filePath(QStringLiteral("apply-log.jsonl")));
    const ApplyResult refused = applyPlan(plan, ApplyConfirmation::confirm(other, true), &log);
    QVERIFY(!refused.confirmed);
    QCOMPARE(refused.policies.front().status, PolicyApplyResult::Status::NotConfirmed);
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v1"));
    QVERIFY(log.read().isEmpty());

    const ApplyResult applied = applyPlan(plan, ApplyConfirmation::confirm(plan, false), &log);
    QVERIFY(applied.confirmed);
    const PolicyApplyResult &outcome = applied.policies.front();
    QVERIFY2(outcome.status == PolicyApplyResult::Status::Applied,
             qPrintable(AwsTexts::errorWithDetails(outcome.error)));
    QVERIFY(applied.allApplied());
    QCOMPARE(outcome.appliedVersionId, QStringLiteral("v2"));
    QCOMPARE(outcome.rollback.versionId, QStringLiteral("v1"));
    // What the server holds, asked separately: the corrected document as the new default.
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v2"));
    QCOMPARE(serverVersionDocument(moto, QStringLiteral("v2")), json(correctedDocument()));

    const FetchResult after = fetchAccount(cli);
    QVERIFY(after.ok());
    QCOMPARE(createCustomNamedDevice(after.dump, "alice"), Decision::Allow);
    QCOMPARE(createCustomNamedDevice(after.dump, "bob"), Decision::Allow);
    QCOMPARE(createCustomNamedDevice(after.dump, "carol"), Decision::ImplicitDeny); // not in the group

    QList<ApplyLogEntry> entries = log.read();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.front().action, QStringLiteral("apply"));
    QCOMPARE(entries.front().outcome, QStringLiteral("applied"));
    QVERIFY(entries.front().verified);
    QCOMPARE(entries.front().rollback.target.arn, policyArn);
    QCOMPARE(entries.front().rollback.versionId, QStringLiteral("v1"));
    QCOMPARE(entries.front().appliedVersionId, QStringLiteral("v2"));
    QCOMPARE(entries.front().endpointUrl, moto.endpoint());
    QCOMPARE(entries.front().affectedUsers, (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));
    QVERIFY(qAbs(entries.front().time.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);

    // Roll back from what the log kept, as the studio would after a restart.
    QCOMPARE(cli.commandLine(rollbackCommands(entries.front().rollback, {}).front().command),
             QStringLiteral("aws iam set-default-policy-version --policy-arn ") + policyArn
                 + QStringLiteral(" --version-id v1 --output json --endpoint-url ") + moto.endpoint());
    const RollbackResult rolledBack = rollbackTo(cli, entries.front().rollback, entries.front().affectedUsers, &log);
    QVERIFY2(rolledBack.ok(), qPrintable(AwsTexts::errorWithDetails(rolledBack.error)));
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v1"));
    const FetchResult rereadAfterRollback = fetchAccount(cli);
    QVERIFY(rereadAfterRollback.ok());
    QCOMPARE(createCustomNamedDevice(rereadAfterRollback.dump, "alice"), Decision::ImplicitDeny);
    entries = log.read();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.back().action, QStringLiteral("rollback"));
    QCOMPARE(entries.back().outcome, QStringLiteral("rolled-back"));
}

void TestApply::versionLimitNeedsItsOwnConfirmation()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    QVERIFY(setUpManagedAccount(moto));
    // Four more versions, none of them the default: AWS's limit of five is reached.
    for (int i = 0; i < 4; ++i)
        moto.aws(iam({"create-policy-version"})
                 << QStringLiteral("--policy-arn") << policyArn << QStringLiteral("--policy-document")
                 << file(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    QVERIFY(!moto.failed());
    QCOMPARE(serverVersions(moto).size(), 5);
    const AwsCli cli = moto.cli();
    const FetchResult before = fetchAccount(cli);
    QVERIFY(before.ok());
    const AccountPolicy *forceMfa = policy(before.dump, "ForceMFA");
    QVERIFY(forceMfa);
    const ApplyPlan plan = planChanges(cli, {policyChangeFor(before.dump, *forceMfa, correctedDocument())});
    const PolicyPlan &planned = plan.policies.front();
    QVERIFY2(planned.canApply(), qPrintable(AwsTexts::errorWithDetails(planned.error)));
    QCOMPARE(planned.storedVersionIds.size(), 5);
    QCOMPARE(planned.defaultVersionId, QStringLiteral("v1"));
    QCOMPARE(planned.versionToDelete, QStringLiteral("v2")); // the oldest that is not the default
    QVERIFY(plan.needsVersionDeletion());
    const QStringList lines = plan.commandLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.front(),
             QStringLiteral("aws iam delete-policy-version --policy-arn ") + policyArn
                 + QStringLiteral(" --version-id v2 --output json --endpoint-url ") + moto.endpoint());

    // Confirmed without the deletion: nothing changes.
    const ApplyResult withoutDeletion = applyPlan(plan, ApplyConfirmation::confirm(plan, false), nullptr);
    QCOMPARE(withoutDeletion.policies.front().status, PolicyApplyResult::Status::NotConfirmed);
    QCOMPARE(serverVersions(moto),
             (QStringList {QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"),
                           QStringLiteral("v5")}));
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v1"));

    const ApplyResult applied = applyPlan(plan, ApplyConfirmation::confirm(plan, true), nullptr);
    const PolicyApplyResult &outcome = applied.policies.front();
    QVERIFY2(outcome.status == PolicyApplyResult::Status::Applied,
             qPrintable(AwsTexts::errorWithDetails(outcome.error)));
    QCOMPARE(outcome.deletedVersionId, QStringLiteral("v2"));
    QCOMPARE(outcome.appliedVersionId, QStringLiteral("v6"));
    QCOMPARE(serverVersions(moto),
             (QStringList {QStringLiteral("v1"), QStringLiteral("v3"), QStringLiteral("v4"), QStringLiteral("v5"),
                           QStringLiteral("v6")}));
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v6"));
    QCOMPARE(serverVersionDocument(moto, QStringLiteral("v6")), json(correctedDocument()));

    QVERIFY(rollbackTo(cli, outcome.rollback, {}, nullptr).ok());
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v1"));
}

void TestApply::inlineGroupPolicy()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    moto.aws(iam({"create-user", "--user-name", "dave"}));
    moto.aws(iam({"create-group", "--group-name", "enrolling"}));
    moto.aws(iam({"add-user-to-group", "--group-name", "enrolling", "--user-name", "dave"}));
    moto.aws(iam({"put-group-policy", "--group-name", "enrolling", "--policy-name", "SelfManageMFA"}) << QStringLiteral(
                 "--policy-document") << file(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    QVERIFY(!moto.failed());
    const AwsCli cli = moto.cli();
    const FetchResult before = fetchAccount(cli);
    QVERIFY(before.ok());
    QCOMPARE(createCustomNamedDevice(before.dump, "dave"), Decision::ImplicitDeny);
    const AccountPolicy *inlinePolicy = policy(before.dump, "SelfManageMFA");
    QVERIFY(inlinePolicy);
    QCOMPARE(inlinePolicy->origin, PolicyOrigin::Inline);

    const ApplyPlan plan = planChanges(cli, {policyChangeFor(before.dump, *inlinePolicy, correctedDocument())});
    const PolicyPlan &planned = plan.policies.front();
    QVERIFY2(planned.canApply(), qPrintable(AwsTexts::errorWithDetails(planned.error)));
    QCOMPARE(planned.change.target.ownerType, QStringLiteral("group"));
    QCOMPARE(planned.change.target.ownerName, QStringLiteral("enrolling"));
    QVERIFY(planned.existsNow);
    QCOMPARE(json(planned.liveDocument), json(staleDocument())); // kept for the rollback
    QCOMPARE(plan.affectedUsers(), QStringList {QStringLiteral("dave")});
    QCOMPARE(plan.commandLines(QStringLiteral("/tmp/fix")),
             QStringList {QStringLiteral("aws iam put-group-policy --group-name enrolling --policy-name SelfManageMFA "
                                         "--policy-document file:///tmp/fix/group-enrolling-SelfManageMFA.json "
                                         "--output json --endpoint-url ")
                          + moto.endpoint()});

    const ApplyResult applied = applyPlan(plan, ApplyConfirmation::confirm(plan, false), nullptr);
    const PolicyApplyResult &outcome = applied.policies.front();
    QVERIFY2(outcome.status == PolicyApplyResult::Status::Applied,
             qPrintable(AwsTexts::errorWithDetails(outcome.error)));
    const auto serverDocument = [&] {
        return moto.aws(iam({"get-group-policy", "--group-name", "enrolling", "--policy-name", "SelfManageMFA"}))
            .value(QLatin1String("PolicyDocument"));
    };
    QCOMPARE(serverDocument(), json(correctedDocument()));
    const FetchResult after = fetchAccount(cli);
    QVERIFY(after.ok());
    QCOMPARE(createCustomNamedDevice(after.dump, "dave"), Decision::Allow);

    QVERIFY(rollbackTo(cli, outcome.rollback, {}, nullptr).ok());
    QCOMPARE(serverDocument(), json(staleDocument()));
}

void TestApply::nothingToDoAndNothingChangeable()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    QVERIFY(setUpManagedAccount(moto));
    const AwsCli cli = moto.cli();
    const FetchResult dump = fetchAccount(cli);
    QVERIFY(dump.ok());
    PolicyChange awsManaged;
    awsManaged.target.kind = PolicyOrigin::AwsManaged;
    awsManaged.target.arn = QStringLiteral("arn:aws:iam::aws:policy/IAMUserChangePassword");
    awsManaged.newDocument = correctedDocument();
    // The stale document again, reformatted: the same JSON, so nothing is to be done.
    const QByteArray sameAgain = QJsonDocument::fromJson(staleDocument()).toJson(QJsonDocument::Compact);
    const AccountPolicy *forceMfa = policy(dump.dump, "ForceMFA");
    QVERIFY(forceMfa);
    const ApplyPlan plan = planChanges(cli, {policyChangeFor(dump.dump, *forceMfa, sameAgain), awsManaged});
    QVERIFY(plan.policies.at(0).unchanged);
    QVERIFY(plan.policies.at(0).commands.isEmpty());
    QCOMPARE(plan.policies.at(1).error.kind, AwsError::Kind::NotChangeable);
    QVERIFY(plan.commandLines().isEmpty());
    const ApplyResult result = applyPlan(plan, ApplyConfirmation::confirm(plan, true), nullptr);
    QCOMPARE(result.policies.at(0).status, PolicyApplyResult::Status::Unchanged);
    QCOMPARE(result.policies.at(1).status, PolicyApplyResult::Status::NotPlanned);
    QCOMPARE(serverVersions(moto), QStringList {QStringLiteral("v1")});
}

void TestApply::planFailsWhereTheCliFails()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    QVERIFY(setUpManagedAccount(moto));
    const FetchResult dump = fetchAccount(moto.cli());
    QVERIFY(dump.ok());
    const AccountPolicy *forceMfa = policy(dump.dump, "ForceMFA");
    QVERIFY(forceMfa);
    const PolicyChange change = policyChangeFor(dump.dump, *forceMfa, correctedDocument());

    AwsCli wrongEndpoint = moto.cli();
    wrongEndpoint.endpointUrl = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
    const ApplyPlan unreachable = planChanges(wrongEndpoint, {change});
    QCOMPARE(unreachable.policies.front().error.kind, AwsError::Kind::EndpointUnreachable);
    QVERIFY(!unreachable.policies.front().canApply());

    QTemporaryDir empty;
    AwsCli noCli = moto.cli();
    noCli.environment.insert(QStringLiteral("PATH"), empty.path());
    const ApplyPlan missing = planChanges(noCli, {change});
    QCOMPARE(missing.policies.front().error.kind, AwsError::Kind::NotInstalled);

    PolicyChange broken = change;
    broken.newDocument = "{\"Version\": \"2012-10-17\", ";
    QCOMPARE(planChanges(moto.cli(), {broken}).policies.front().error.kind, AwsError::Kind::DocumentInvalid);

    // A confirmed plan whose rollback point is gone on the server: the CLI's error comes back.
    RollbackPoint gone;
    gone.target = change.target;
    gone.versionId = QStringLiteral("v9");
    const RollbackResult rollback = rollbackTo(moto.cli(), gone, {}, nullptr);
    QVERIFY(!rollback.ok());
    QCOMPARE(rollback.error.kind, AwsError::Kind::ServiceError);
    QCOMPARE(rollback.error.args.value(1), QStringLiteral("SetDefaultPolicyVersion"));
    QCOMPARE(serverDefaultVersion(moto), QStringLiteral("v1"));
}

QTEST_GUILESS_MAIN(TestApply)
#include "tst_apply.moc"
