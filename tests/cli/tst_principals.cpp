// The command line on whole principals: AWS managed policies, boundaries, SCPs, extra request
// context, principal files and account dumps, checked against AWS's documented behaviour
// (reference_policies_evaluation-logic, troubleshoot_access-denied) and hand-worked cases.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString principalData(const char *name)
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/principals/") + QLatin1String(name);
}

QString accountDump()
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/example-account.json");
}

QString selfManage()
{
    return sample(QStringLiteral("mfa-selfmanage_current-live.json"));
}

const QStringList firstUser {QStringLiteral("--aws-managed"), QStringLiteral("ReadOnlyAccess"),
                             QStringLiteral("--aws-managed"), QStringLiteral("IAMUserChangePassword")};
const QStringList alice {QStringLiteral("--user"),        QStringLiteral("alice"),
                         QStringLiteral("--account"),     QStringLiteral("123456789012"),
                         QStringLiteral("--device-name"), QStringLiteral("alice-phone")};
const QStringList json {QStringLiteral("--format"), QStringLiteral("json")};

QJsonObject step(const QJsonObject &scenario, const char *id)
{
    for (const QJsonValue &value : scenario.value(QStringLiteral("steps")).toArray()) {
        if (value.toObject().value(QStringLiteral("step")).toString() == QLatin1String(id))
            return value.toObject();
    }
    return {};
}

QJsonObject cell(const QJsonObject &matrix, const char *action, const char *pattern, const char *state)
{
    for (const QJsonValue &value : matrix.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("action")).toString() == QLatin1String(action)
            && row.value(QStringLiteral("pattern")).toString() == QLatin1String(pattern))
            return row.value(QStringLiteral("cells")).toObject().value(QLatin1String(state)).toObject();
    }
    return {};
}

QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out).object();
}

QStringList ruleIds(const QJsonObject &check)
{
    QStringList ids;
    for (const QJsonValue &finding : check.value(QStringLiteral("findings")).toArray())
        ids << finding.toObject().value(QStringLiteral("ruleId")).toString();
    return ids;
}

const QString implicitCreate = QStringLiteral(
    "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateVirtualMFADevice on "
    "resource: arn:aws:iam::123456789012:mfa/alice-phone because no %1 allows the iam:CreateVirtualMFADevice "
    "action");

} // namespace

class TestPrincipals : public QObject
{
    Q_OBJECT

private slots:
    // The first user: ReadOnlyAccess and IAMUserChangePassword (AWS managed). The create call fails
    // in the identity layer; AWS's self-manage example as a third policy makes the flow succeed.
    void firstUserSeesWhichEnrollmentCallFails()
    {
        const CliResult refused = runCli(QStringList {QStringLiteral("scenario")} + firstUser + alice + json);
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject create = step(jsonOf(refused), "create-virtual-device");
        QCOMPARE(create.value(QStringLiteral("decision")).toString(), QStringLiteral("ImplicitDeny"));
        QCOMPARE(create.value(QStringLiteral("layer")).toString(), QStringLiteral("identity"));
        QCOMPARE(create.value(QStringLiteral("accessDeniedMessage")).toString(),
                 implicitCreate.arg(QStringLiteral("identity-based policy")));
        QCOMPARE(step(jsonOf(refused), "list-mfa-devices").value(QStringLiteral("decision")).toString(),
                 QStringLiteral("Allow"));

        const CliResult text = runCli(QStringList {QStringLiteral("scenario")} + firstUser + alice);
        QVERIFY2(text.out.contains(QString(QStringLiteral("AWS answers: ")
                                           + implicitCreate.arg(QStringLiteral("identity-based policy")))
                                       .toUtf8()),
                 text.out.constData());

        const CliResult enrolled
            = runCli(QStringList {QStringLiteral("scenario"), selfManage()} + firstUser + alice + json);
        QCOMPARE(enrolled.exitCode, 0);
        QCOMPARE(jsonOf(enrolled).value(QStringLiteral("succeeded")).toBool(), true);
        // The same principal written as a file (its third policy excluded) answers as the options.
        const CliResult file = runCli({QStringLiteral("scenario"), principalData("first-user.principal.json"),
                                       QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(file.exitCode, 1);
        QCOMPARE(step(jsonOf(file), "create-virtual-device").value(QStringLiteral("layer")).toString(),
                 QStringLiteral("identity"));
    }

    // A guard and its allows in two files, given as one principal: no "MFA not enforced".
    void splitPairIsOnePrincipal()
    {
        const CliResult apart
            = runCli(QStringList {QStringLiteral("check"), testData(QStringLiteral("split-allows.json"))} + json);
        QVERIFY(ruleIds(jsonOf(apart)).contains(QStringLiteral("MFA_NOT_ENFORCED")));
        const CliResult together
            = runCli(QStringList {QStringLiteral("check"), testData(QStringLiteral("split.principal.json"))} + json);
        QVERIFY2(together.exitCode == 0 || together.exitCode == 1, together.err.constData());
        QVERIFY(!ruleIds(jsonOf(together)).contains(QStringLiteral("MFA_NOT_ENFORCED")));
        // The matrix of the principal: both files decide, each cell says which.
        const CliResult matrix = runCli({QStringLiteral("matrix"), testData(QStringLiteral("split.principal.json"))});
        QCOMPARE(matrix.exitCode, 0);
        QVERIFY(matrix.out.contains("[1] split-guard.json"));
        QVERIFY(matrix.out.contains("[2] split-allows.json"));
    }

    // A boundary without iam:CreateVirtualMFADevice refuses the call the self-manage policy allows.
    void boundaryNamesItsLayer()
    {
        const QStringList boundary {QStringLiteral("--boundary"), principalData("boundary-no-create.json")};
        const CliResult matrix = runCli(QStringList {QStringLiteral("matrix"), selfManage()} + boundary + json);
        QCOMPARE(matrix.exitCode, 0);
        const QJsonObject create = cell(jsonOf(matrix), "iam:CreateVirtualMFADevice", "device-custom-name", "no-mfa");
        QCOMPARE(create.value(QStringLiteral("decision")).toString(), QStringLiteral("ImplicitDeny"));
        QCOMPARE(create.value(QStringLiteral("layer")).toString(), QStringLiteral("permissions-boundary"));
        QCOMPARE(cell(jsonOf(matrix), "iam:EnableMFADevice", "own-user", "no-mfa")
                     .value(QStringLiteral("decision"))
                     .toString(),
                 QStringLiteral("Allow"));

        const CliResult scenario = runCli(QStringList {QStringLiteral("scenario"), selfManage()} + boundary + alice);
        QCOMPARE(scenario.exitCode, 1);
        QVERIFY2(scenario.out.contains(implicitCreate.arg(QStringLiteral("permissions boundary")).toUtf8()),
                 scenario.out.constData());
        QVERIFY(scenario.out.contains("Decided by the permissions boundary: boundary-no-create.json"));

        const CliResult check = runCli(QStringList {QStringLiteral("check"), selfManage()} + boundary);
        QVERIFY(check.out.contains("boundary-no-create.json:"));
        QVERIFY(check.out.contains("[ENROLLMENT_BLOCKED_BY_BOUNDARY]"));
        QVERIFY(!check.out.contains("[ENROLLMENT_ACTION_DENIED]"));
    }

    // An SCP that denies everything but enrollment without MFA: its own layer and AWS's message.
    void scpNamesItsLayer()
    {
        const QStringList scp {QStringLiteral("--scp"), principalData("scp-deny-without-mfa.json")};
        const CliResult scenario
            = runCli(QStringList {QStringLiteral("scenario"), selfManage()} + firstUser + scp + alice + json);
        QCOMPARE(scenario.exitCode, 0); // enrollment is exempted
        const QJsonObject getUser = step(jsonOf(scenario), "get-user");
        QCOMPARE(getUser.value(QStringLiteral("decision")).toString(), QStringLiteral("ExplicitDeny"));
        QCOMPARE(getUser.value(QStringLiteral("layer")).toString(), QStringLiteral("scp"));
        QCOMPARE(getUser.value(QStringLiteral("accessDeniedMessage")).toString(),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:GetUser "
                                "on resource: arn:aws:iam::123456789012:user/alice with an explicit deny in a service "
                                "control policy"));
        const QJsonArray deniedBy = getUser.value(QStringLiteral("deniedBy")).toArray();
        QCOMPARE(deniedBy.size(), 1);
        QCOMPARE(deniedBy.at(0).toObject().value(QStringLiteral("policy")).toString(),
                 QStringLiteral("scp-deny-without-mfa.json"));

        const CliResult matrix = runCli(QStringList {QStringLiteral("matrix"), selfManage()} + scp + json);
        const QJsonObject reads = cell(jsonOf(matrix), "s3:ListAllMyBuckets", "star", "no-mfa");
        QCOMPARE(reads.value(QStringLiteral("layer")).toString(), QStringLiteral("scp"));
        QCOMPARE(reads.value(QStringLiteral("decision")).toString(), QStringLiteral("ExplicitDeny"));
        const CliResult text = runCli(QStringList {QStringLiteral("matrix"), selfManage()} + scp);
        QVERIFY(text.out.contains("[S1.2] scp-deny-without-mfa.json"));
    }

    // Extra request context: a guard that needs MFA and the office network shows true cells once the
    // request comes from the office.
    void contextMakesIpGuardsTrue()
    {
        const QString guard = principalData("guard-with-ip.json");
        const auto s3 = [&](const QStringList &extra) {
            const CliResult result = runCli(QStringList {QStringLiteral("matrix"), guard} + extra + json);
            return cell(jsonOf(result), "s3:ListAllMyBuckets", "star", "mfa")
                .value(QStringLiteral("decision"))
                .toString();
        };
        QCOMPARE(s3({}), QStringLiteral("ExplicitDeny"));
        QCOMPARE(s3({QStringLiteral("--context"), QStringLiteral("aws:SourceIp=203.0.113.10")}),
                 QStringLiteral("Allow"));
        QCOMPARE(s3({QStringLiteral("--context"), QStringLiteral("aws:SourceIp=198.51.100.7")}),
                 QStringLiteral("ExplicitDeny"));
    }

    // A user of an account dump (tests/data/accounts/README.md has the answers by hand).
    void accountDumpUser()
    {
        const QStringList dump {QStringLiteral("--account-dump"), accountDump()};
        const CliResult erin = runCli(
            QStringList {QStringLiteral("matrix"), QStringLiteral("--user"), QStringLiteral("erin")} + dump + json);
        QCOMPARE(erin.exitCode, 0);
        QCOMPARE(cell(jsonOf(erin), "iam:CreateVirtualMFADevice", "device-custom-name", "no-mfa")
                     .value(QStringLiteral("layer"))
                     .toString(),
                 QStringLiteral("permissions-boundary"));
        const CliResult carol = runCli(
            QStringList {QStringLiteral("scenario"), QStringLiteral("--user"), QStringLiteral("carol")} + dump + json);
        QCOMPARE(carol.exitCode, 1);
        QCOMPARE(step(jsonOf(carol), "create-virtual-device").value(QStringLiteral("layer")).toString(),
                 QStringLiteral("identity"));
        const CliResult check
            = runCli(QStringList {QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("erin")} + dump);
        QVERIFY2(check.out.contains("[ENROLLMENT_BLOCKED_BY_BOUNDARY]"), check.out.constData());

        // dave's group is missing from the dump: he cannot be simulated.
        const CliResult dave
            = runCli(QStringList {QStringLiteral("matrix"), QStringLiteral("--user"), QStringLiteral("dave")} + dump);
        QCOMPARE(dave.exitCode, 2);
        QVERIFY(dave.err.contains("Contractors"));
        QCOMPARE(runCli(QStringList {QStringLiteral("matrix"), QStringLiteral("--user"), QStringLiteral("zoe")} + dump)
                     .exitCode,
                 2);
        QCOMPARE(runCli(QStringList {QStringLiteral("matrix")} + dump).exitCode, 2);
    }

    // diff with the same boundary on both sides: the boundary refuses the create call before and
    // after the November 2022 change, so that cell does not change; without it, it does.
    void diffComparesTheUsersCells()
    {
        const QString before = sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        const auto changesCreate = [&](const QStringList &extra) {
            const CliResult result = runCli(QStringList {QStringLiteral("diff"), before, selfManage()} + extra + json);
            for (const QJsonValue &change : jsonOf(result).value(QStringLiteral("changes")).toArray()) {
                const QJsonObject c = change.toObject();
                if (c.value(QStringLiteral("action")).toString() == QLatin1String("iam:CreateVirtualMFADevice")
                    && c.value(QStringLiteral("pattern")).toString() == QLatin1String("device-custom-name")
                    && c.value(QStringLiteral("state")).toString() == QLatin1String("no-mfa"))
                    return true;
            }
            return false;
        };
        QVERIFY(changesCreate({}));
        QVERIFY(!changesCreate({QStringLiteral("--boundary"), principalData("boundary-no-create.json")}));
    }

    // Never fail open: a guard the engine cannot evaluate leaves the cells it might decide
    // undetermined, and the MFA rules claim nothing about them.
    void undeterminedIsSaid()
    {
        const QString broken = testData(QStringLiteral("broken-guard.json"));
        const CliResult matrix = runCli(QStringList {QStringLiteral("matrix"), broken} + json);
        QCOMPARE(matrix.exitCode, 0);
        QCOMPARE(
            cell(jsonOf(matrix), "s3:ListAllMyBuckets", "star", "no-mfa").value(QStringLiteral("decision")).toString(),
            QStringLiteral("Undetermined"));
        QCOMPARE(
            cell(jsonOf(matrix), "s3:ListAllMyBuckets", "star", "mfa").value(QStringLiteral("decision")).toString(),
            QStringLiteral("Allow"));
        const CliResult text = runCli({QStringLiteral("matrix"), broken});
        QVERIFY(text.out.contains("? Undetermined"));

        const CliResult check = runCli(QStringList {QStringLiteral("check"), broken} + json);
        const QStringList ids = ruleIds(jsonOf(check));
        QVERIFY(!ids.contains(QStringLiteral("MFA_NOT_ENFORCED")));
        QVERIFY(ids.contains(QStringLiteral("MFA_RULES_UNDETERMINED")));
        QVERIFY(ids.contains(QStringLiteral("INVALID_EFFECT")));

        const CliResult scenario = runCli(QStringList {QStringLiteral("scenario"), broken} + alice + json);
        QCOMPARE(scenario.exitCode, 1);
        QCOMPARE(jsonOf(scenario).value(QStringLiteral("undetermined")).toBool(), true);
        QCOMPARE(step(jsonOf(scenario), "create-virtual-device").value(QStringLiteral("decision")).toString(),
                 QStringLiteral("Undetermined"));
        const CliResult scenarioText = runCli(QStringList {QStringLiteral("scenario"), broken} + alice);
        QVERIFY(scenarioText.out.contains("cannot be determined"));
    }

    // SCP levels from the root down, each with exactly its policies. An allow-list SCP at the OU
    // level that allows only S3 refuses the create call even though FullAWSAccess is at the root:
    // every level must allow (reference_policies_evaluation-logic).
    void scpLevelsMustEachAllow()
    {
        const QString s3Only = principalData("scp-s3-only.json");
        const auto create = [&](const QStringList &levels) {
            const CliResult result = runCli(QStringList {QStringLiteral("matrix"), selfManage()} + levels + json);
            return cell(jsonOf(result), "iam:CreateVirtualMFADevice", "device-custom-name", "no-mfa");
        };
        const QJsonObject allowList = create(
            {QStringLiteral("--scp-level"), QStringLiteral("FullAWSAccess"), QStringLiteral("--scp-level"), s3Only});
        QCOMPARE(allowList.value(QStringLiteral("decision")).toString(), QStringLiteral("ImplicitDeny"));
        QCOMPARE(allowList.value(QStringLiteral("layer")).toString(), QStringLiteral("scp"));
        // FullAWSAccess beside it at that level allows again.
        QCOMPARE(create({QStringLiteral("--scp-level"), QStringLiteral("FullAWSAccess"), QStringLiteral("--scp-level"),
                         QStringLiteral("FullAWSAccess,") + s3Only})
                     .value(QStringLiteral("decision"))
                     .toString(),
                 QStringLiteral("Allow"));
        // The allow-list SCP at the root alone: it refuses IAM's enable call, which the self-manage
        // policy allows; S3 it allows, and there the identity-based policies decide (they do not
        // allow S3).
        const CliResult rootOnly = runCli(
            QStringList {QStringLiteral("matrix"), selfManage(), QStringLiteral("--scp-level"), s3Only} + json);
        const QJsonObject enable = cell(jsonOf(rootOnly), "iam:EnableMFADevice", "own-user", "no-mfa");
        QCOMPARE(enable.value(QStringLiteral("decision")).toString(), QStringLiteral("ImplicitDeny"));
        QCOMPARE(enable.value(QStringLiteral("layer")).toString(), QStringLiteral("scp"));
        const QJsonObject reads = cell(jsonOf(rootOnly), "s3:ListAllMyBuckets", "star", "mfa");
        QCOMPARE(reads.value(QStringLiteral("decision")).toString(), QStringLiteral("ImplicitDeny"));
        QCOMPARE(reads.value(QStringLiteral("layer")).toString(), QStringLiteral("identity"));
        const CliResult scenario
            = runCli(QStringList {QStringLiteral("scenario"), selfManage(), QStringLiteral("--scp-level"),
                                  QStringLiteral("FullAWSAccess"), QStringLiteral("--scp-level"), s3Only}
                     + alice + json);
        QCOMPARE(scenario.exitCode, 1);
        QCOMPARE(
            step(jsonOf(scenario), "create-virtual-device").value(QStringLiteral("accessDeniedMessage")).toString(),
            implicitCreate.arg(QStringLiteral("service control policy")));
    }

    // The dump's alice: ReadOnlyAccess and the group Engineers' inline copy of the September 2022
    // example, which allows creating mfa/alice only. migrate finds the group's policy and migrates
    // it; with the migrated text in its place alice can create mfa/alice-phone without MFA.
    void migrateFixesTheGroupsStalePolicy()
    {
        QTemporaryDir dir;
        const QString migrated = dir.filePath(QStringLiteral("migrated.json"));
        const QStringList dump {QStringLiteral("--account-dump"), accountDump(), QStringLiteral("--user"),
                                QStringLiteral("alice")};
        const CliResult migrate
            = runCli(QStringList {QStringLiteral("migrate")} + dump + QStringList {QStringLiteral("-o"), migrated});
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY2(migrate.err.contains("SelfManageMfaOld") && migrate.err.contains("Engineers"),
                 migrate.err.constData());
        QVERIFY(QFile::exists(migrated));
        // In place: the policy has no file of its own.
        const CliResult inPlace
            = runCli(QStringList {QStringLiteral("migrate")} + dump + QStringList {QStringLiteral("--in-place")});
        QCOMPARE(inPlace.exitCode, 2);
        QVERIFY(inPlace.err.contains("-o"));

        const CliResult diff = runCli(
            QStringList {QStringLiteral("diff"), sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")),
                         migrated, QStringLiteral("--policy"), QStringLiteral("SelfManageMfaOld")}
            + dump + json);
        QCOMPARE(diff.exitCode, 0);
        bool created = false;
        for (const QJsonValue &change : jsonOf(diff).value(QStringLiteral("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            if (c.value(QStringLiteral("action")).toString() == QLatin1String("iam:CreateVirtualMFADevice")
                && c.value(QStringLiteral("pattern")).toString() == QLatin1String("device-custom-name")
                && c.value(QStringLiteral("state")).toString() == QLatin1String("no-mfa")) {
                QCOMPARE(c.value(QStringLiteral("before")).toString(), QStringLiteral("ImplicitDeny"));
                QCOMPARE(c.value(QStringLiteral("after")).toString(), QStringLiteral("Allow"));
                created = true;
            }
        }
        QVERIFY2(created, diff.out.constData());
    }

    // bob's stale policy is the customer managed ForceMFA; erin's refusal is her boundary's and
    // carol's is that nothing allows the call: no device resource to migrate (exit 1).
    void migrateNamesThePolicyOrTheRefusal()
    {
        const auto migrate = [](const char *user) {
            return runCli(QStringList {QStringLiteral("migrate"), QStringLiteral("--account-dump"), accountDump(),
                                       QStringLiteral("--user"), QLatin1String(user), QStringLiteral("--diff")});
        };
        const CliResult bob = migrate("bob");
        QCOMPARE(bob.exitCode, 0);
        QVERIFY2(bob.err.contains("customer managed policy ForceMFA"), bob.err.constData());
        QVERIFY(bob.out.startsWith("--- "));
        const CliResult erin = migrate("erin");
        QCOMPARE(erin.exitCode, 1);
        QVERIFY2(erin.err.contains(
                     implicitCreate.arg(QStringLiteral("permissions boundary")).toUtf8().replace("alice", "erin")),
                 erin.err.constData());
        const CliResult carol = migrate("carol");
        QCOMPARE(carol.exitCode, 1);
        QVERIFY(carol.out.isEmpty());
    }

    void badPrincipalInputIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString policy = selfManage();
        QTest::newRow("context without =") << QStringList {QStringLiteral("matrix"), policy,
                                                           QStringLiteral("--context"), QStringLiteral("aws:SourceIp")}
                                           << QByteArray("KEY=VALUE");
        QTest::newRow("missing boundary")
            << QStringList {QStringLiteral("matrix"), policy, QStringLiteral("--boundary"),
                            QStringLiteral("no-such-boundary.json")}
            << QByteArray("no-such-boundary.json");
        QTest::newRow("two boundaries") << QStringList {QStringLiteral("matrix"),
                                                        policy,
                                                        QStringLiteral("--boundary"),
                                                        principalData("boundary-no-create.json"),
                                                        QStringLiteral("--boundary"),
                                                        principalData("boundary-no-create.json")}
                                        << QByteArray("at most one permissions boundary");
        QTest::newRow("unknown AWS managed policy")
            << QStringList {QStringLiteral("matrix"), policy, QStringLiteral("--aws-managed"), QStringLiteral("NoSuch")}
            << QByteArray("NoSuch");
        QTest::newRow("principal file with a problem")
            << QStringList {QStringLiteral("matrix"), testData(QStringLiteral("bad.principal.json"))}
            << QByteArray("bad.principal.json:/policies/1/awsManaged");
        QTest::newRow("dump without --user")
            << QStringList {QStringLiteral("check"), QStringLiteral("--account-dump"), accountDump()}
            << QByteArray("--user");
        QTest::newRow("dump and files") << QStringList {QStringLiteral("scenario"),       policy,
                                                        QStringLiteral("--account-dump"), accountDump(),
                                                        QStringLiteral("--user"),         QStringLiteral("erin")}
                                        << QByteArray("not both");
        QTest::newRow("--scp and --scp-level")
            << QStringList {QStringLiteral("matrix"),      policy,
                            QStringLiteral("--scp"),       principalData("scp-s3-only.json"),
                            QStringLiteral("--scp-level"), principalData("scp-s3-only.json")}
            << QByteArray("exclude each other");
        QTest::newRow("empty --scp-level")
            << QStringList {QStringLiteral("matrix"), policy, QStringLiteral("--scp-level"), QStringLiteral(",")}
            << QByteArray("--scp-level");
        QTest::newRow("missing SCP of a level")
            << QStringList {QStringLiteral("matrix"), policy, QStringLiteral("--scp-level"),
                            QStringLiteral("FullAWSAccess,no-such-scp.json")}
            << QByteArray("no-such-scp.json");
        QTest::newRow("--policy without a dump")
            << QStringList {QStringLiteral("diff"), policy, policy, QStringLiteral("--policy"), QStringLiteral("X")}
            << QByteArray("--account-dump");
        QTest::newRow("--policy the user does not have") << QStringList {QStringLiteral("diff"),
                                                                         policy,
                                                                         policy,
                                                                         QStringLiteral("--account-dump"),
                                                                         accountDump(),
                                                                         QStringLiteral("--user"),
                                                                         QStringLiteral("erin"),
                                                                         QStringLiteral("--policy"),
                                                                         QStringLiteral("NoSuchPolicy")}
                                                         << QByteArray("NoSuchPolicy");
    }

    void badPrincipalInputIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliResult result = runCli(arguments);
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPrincipals)
#include "tst_principals.moc"
