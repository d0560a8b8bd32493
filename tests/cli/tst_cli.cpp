// The command line as a pipeline sees it: simulate answers, exit codes, input errors.
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    static QByteArray requestLine(const QString &id, const QString &policy, const QString &action,
                                  const QString &resource, const QByteArray &context)
    {
        return "{\"id\": \"" + id.toUtf8() + "\", \"policies\": [" + compactSample(policy)
            + "], \"principal\": \"arn:aws:iam::123456789012:user/alice\", \"action\": \"" + action.toUtf8()
            + "\", \"resource\": \"" + resource.toUtf8() + "\", \"context\": " + context + "}\n";
    }

    static QStringList sids(const QJsonArray &refs)
    {
        QStringList out;
        for (const QJsonValue &ref : refs)
            out << ref.toObject().value(QStringLiteral("sid")).toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cliExecutable()), "MFA_POLICY_EXE does not name the executable"); }

    // Expected answers follow the AWS documentation (IAM-SEMANTICS.md, MFA-FACTS.md), not the engine.
    void simulate_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QString>("decision");
        QTest::addColumn<QStringList>("allowedBy");
        QTest::addColumn<QStringList>("deniedBy");

        const QString current = QStringLiteral("mfa-selfmanage_current-live.json");
        const QString stale = QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json");
        const QByteArray noMfa = R"({"aws:MultiFactorAuthPresent": "false", "aws:username": "alice"})";
        const QByteArray withMfa = R"({"aws:MultiFactorAuthPresent": "true", "aws:username": "alice"})";
        const QByteArray accessKey = R"({"aws:username": "alice"})";
        const QString customDevice = QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone");
        const QString alice = QStringLiteral("arn:aws:iam::123456789012:user/alice");

        QTest::newRow("current policy: no MFA, device with a custom name is allowed")
            << current << QStringLiteral("iam:CreateVirtualMFADevice") << customDevice << noMfa
            << QStringLiteral("Allow") << QStringList {QStringLiteral("AllowUserToCreateVirtualMFADevice")}
            << QStringList();
        QTest::newRow("current policy: access key (MFA key absent) is denied S3 by BoolIfExists")
            << current << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*") << accessKey
            << QStringLiteral("ExplicitDeny") << QStringList()
            << QStringList {QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
        QTest::newRow("old policy: no MFA, device with a custom name matches nothing")
            << stale << QStringLiteral("iam:CreateVirtualMFADevice") << customDevice << noMfa
            << QStringLiteral("ImplicitDeny") << QStringList() << QStringList();
        QTest::newRow("old policy: no MFA, device named like the user is allowed")
            << stale << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/alice") << noMfa << QStringLiteral("Allow")
            << QStringList {QStringLiteral("AllowIndividualUserToManageTheirOwnMFA")} << QStringList();
        QTest::newRow("current policy: no MFA, deactivating is denied (not in NotAction)")
            << current << QStringLiteral("iam:DeactivateMFADevice") << alice << noMfa << QStringLiteral("ExplicitDeny")
            << QStringList() << QStringList {QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
        QTest::newRow("current policy: MFA session may deactivate")
            << current << QStringLiteral("iam:DeactivateMFADevice") << alice << withMfa << QStringLiteral("Allow")
            << QStringList {QStringLiteral("AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA")} << QStringList();
        QTest::newRow("current policy: user with a path is not user/${aws:username}")
            << current << QStringLiteral("iam:EnableMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:user/engineering/alice") << withMfa
            << QStringLiteral("ImplicitDeny") << QStringList() << QStringList();
        QTest::newRow("JSON false in the context is the text false")
            << current << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*")
            << QByteArray(R"({"aws:MultiFactorAuthPresent": false})") << QStringLiteral("ExplicitDeny") << QStringList()
            << QStringList {QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
        QTest::newRow("JSON true in the context: no Deny, and nothing allows S3")
            << current << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*")
            << QByteArray(R"({"aws:MultiFactorAuthPresent": true})") << QStringLiteral("ImplicitDeny") << QStringList()
            << QStringList();
        QTest::newRow("GetSessionToken cannot be denied by a policy")
            << QStringLiteral("sec-creds-mfa-only_2022-11.json") << QStringLiteral("sts:GetSessionToken")
            << QStringLiteral("*") << noMfa << QStringLiteral("Allow") << QStringList() << QStringList();
    }

    void simulate()
    {
        QFETCH(QString, policy);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(QByteArray, context);
        QFETCH(QString, decision);
        QFETCH(QStringList, allowedBy);
        QFETCH(QStringList, deniedBy);

        const CliResult result = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("-")},
                                        requestLine(QStringLiteral("q1"), policy, action, resource, context));
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> answers = jsonLines(result.out);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].value(QStringLiteral("id")).toString(), QStringLiteral("q1"));
        QCOMPARE(answers[0].value(QStringLiteral("decision")).toString(), decision);
        QCOMPARE(sids(answers[0].value(QStringLiteral("allowedBy")).toArray()), allowedBy);
        QCOMPARE(sids(answers[0].value(QStringLiteral("deniedBy")).toArray()), deniedBy);
        for (const QJsonValue &ref : answers[0].value(QStringLiteral("deniedBy")).toArray())
            QCOMPARE(ref.toObject().value(QStringLiteral("policy")).toString(), QStringLiteral("policy1"));
    }

    void simulateGoesOnAfterBadLines()
    {
        const QString current = QStringLiteral("mfa-selfmanage_current-live.json");
        QByteArray input = requestLine(QStringLiteral("first"), current, QStringLiteral("iam:CreateVirtualMFADevice"),
                                       QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone"),
                                       R"({"aws:MultiFactorAuthPresent": "false", "aws:username": "alice"})");
        input += "{\"id\": \"broken\", \"policies\": [\n"; // cut short
        input += "\n"; // blank: answered so that counts match
        input += "{\"id\": \"no-action\", \"policies\": [], \"resource\": \"*\"}\n";
        input += "[1, 2, 3]\n";
        input += requestLine(QStringLiteral("last"), current, QStringLiteral("s3:ListAllMyBuckets"),
                             QStringLiteral("*"), "{}");
        const CliResult result
            = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("-")}, input);
        QCOMPARE(result.exitCode, 0);
        const QList<QJsonObject> answers = jsonLines(result.out);
        QCOMPARE(answers.size(), 6);
        QCOMPARE(answers[0].value(QStringLiteral("decision")).toString(), QStringLiteral("Allow"));
        for (int i = 1; i <= 4; ++i) {
            QVERIFY2(answers[i].contains(QStringLiteral("error")), qPrintable(QString::number(i)));
            QVERIFY(!answers[i].contains(QStringLiteral("decision")));
            QCOMPARE(answers[i].value(QStringLiteral("line")).toInt(), i + 1);
        }
        QCOMPARE(answers[3].value(QStringLiteral("id")).toString(), QStringLiteral("no-action"));
        QCOMPARE(answers[5].value(QStringLiteral("id")).toString(), QStringLiteral("last"));
        QCOMPARE(answers[5].value(QStringLiteral("decision")).toString(), QStringLiteral("ExplicitDeny"));
    }

    void simulateRepeatedPoliciesKeepTheirOwnAnswers()
    {
        // Policies are cached across lines; alternating two of them must not mix their answers.
        const QString current = QStringLiteral("mfa-selfmanage_current-live.json");
        const QString stale = QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json");
        const QByteArray noMfa = R"({"aws:MultiFactorAuthPresent": "false", "aws:username": "alice"})";
        QByteArray input;
        for (int i = 0; i < 6; ++i)
            input += requestLine(QString::number(i), i % 2 ? stale : current,
                                 QStringLiteral("iam:CreateVirtualMFADevice"),
                                 QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone"), noMfa);
        const CliResult result
            = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("-")}, input);
        const QList<QJsonObject> answers = jsonLines(result.out);
        QCOMPARE(answers.size(), 6);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(answers[i].value(QStringLiteral("id")).toString(), QString::number(i));
            QCOMPARE(answers[i].value(QStringLiteral("decision")).toString(),
                     i % 2 ? QStringLiteral("ImplicitDeny") : QStringLiteral("Allow"));
        }
    }

    void simulateNamedPolicies()
    {
        const QByteArray line = "{\"id\": 7, \"policies\": [{\"name\": \"ForceMFA\", \"policy\": "
            + compactSample(QStringLiteral("mfa-selfmanage_current-live.json"))
            + "}], \"action\": \"ec2:DescribeInstances\", \"resource\": \"*\", \"context\": {}}\n";
        const CliResult result
            = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("-")}, line);
        const QList<QJsonObject> answers = jsonLines(result.out);
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers[0].value(QStringLiteral("id")).toInt(), 7);
        const QJsonObject ref = answers[0].value(QStringLiteral("deniedBy")).toArray().at(0).toObject();
        QCOMPARE(ref.value(QStringLiteral("policy")).toString(), QStringLiteral("ForceMFA"));
        QCOMPARE(ref.value(QStringLiteral("index")).toInt(), 4);
    }

    void simulateSingleRequestExplains()
    {
        const CliResult result
            = runCli({QStringLiteral("simulate"), QStringLiteral("--policy"),
                      sample(QStringLiteral("mfa-selfmanage_current-live.json")), QStringLiteral("--action"),
                      QStringLiteral("s3:ListAllMyBuckets"), QStringLiteral("--resource"), QStringLiteral("*"),
                      QStringLiteral("--principal"), QStringLiteral("arn:aws:iam::123456789012:user/alice"),
                      QStringLiteral("--context"), QStringLiteral("aws:username=alice")});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("Explicit deny")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("Denied by BlockMostAccessUnlessSignedInWithMFA")));
        QVERIFY(out.contains(QStringLiteral("no aws:MultiFactorAuthPresent key")));
        // AWS's message, in English, identity-based explicit deny (troubleshoot_access-denied).
        QVERIFY(out.contains(QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                            "s3:ListAllMyBuckets")));
        QVERIFY(out.contains(QStringLiteral("with an explicit deny in an identity-based policy")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        const QString stale = sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        const QString current = sample(QStringLiteral("mfa-selfmanage_current-live.json"));
        const QString mfaOnly = sample(QStringLiteral("sec-creds-mfa-only_2022-11.json"));
        const QString missing = testData(QStringLiteral("does-not-exist.json"));
        const QStringList identity {QStringLiteral("--user"),        QStringLiteral("alice"),
                                    QStringLiteral("--account"),     QStringLiteral("123456789012"),
                                    QStringLiteral("--device-name"), QStringLiteral("alice-phone")};

        QTest::newRow("no command") << QStringList() << 2;
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << 2;
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0;
        QTest::newRow("command help") << QStringList {QStringLiteral("check"), QStringLiteral("--help")} << 0;
        QTest::newRow("version") << QStringList {QStringLiteral("--version")} << 0;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("matrix"), QStringLiteral("--bogus"), current}
                                        << 2;
        QTest::newRow("matrix: missing file") << QStringList {QStringLiteral("matrix"), missing} << 2;
        QTest::newRow("matrix: unknown format")
            << QStringList {QStringLiteral("matrix"), current, QStringLiteral("--format"), QStringLiteral("pdf")} << 2;
        QTest::newRow("matrix: valid policy") << QStringList {QStringLiteral("matrix"), current} << 0;
        QTest::newRow("simulate: missing requests file")
            << QStringList {QStringLiteral("simulate"), QStringLiteral("--requests"), missing} << 2;
        // The stale policy is valid JSON: nothing at severity error.
        QTest::newRow("check: stale policy, default --fail-on error")
            << QStringList {QStringLiteral("check"), stale} << 0;
        // It allows iam:ListUsers before MFA (every user name visible): a security warning.
        QTest::newRow("check: stale policy, --fail-on security")
            << QStringList {QStringLiteral("check"), stale, QStringLiteral("--fail-on"), QStringLiteral("security")}
            << 1;
        // mfa/${aws:username} refuses named devices: a warning.
        QTest::newRow("check: stale policy, --fail-on warning")
            << QStringList {QStringLiteral("check"), stale, QStringLiteral("--fail-on"), QStringLiteral("warning")}
            << 1;
        // The MFA-only page's policy grants no ListUsers, needs MFA to deactivate, uses BoolIfExists.
        QTest::newRow("check: current MFA-only policy, --fail-on security")
            << QStringList {QStringLiteral("check"), mfaOnly, QStringLiteral("--fail-on"), QStringLiteral("security")}
            << 0;
        QTest::newRow("check: unknown --fail-on")
            << QStringList {QStringLiteral("check"), stale, QStringLiteral("--fail-on"), QStringLiteral("fatal")} << 2;
        QTest::newRow("check: missing file") << QStringList {QStringLiteral("check"), missing} << 2;
        QTest::newRow("scenario: stale policy cannot create a named device")
            << (QStringList {QStringLiteral("scenario"), stale} + identity) << 1;
        QTest::newRow("scenario: current policy enrolls")
            << (QStringList {QStringLiteral("scenario"), current} + identity) << 0;
        QTest::newRow("scenario: --user missing")
            << QStringList {QStringLiteral("scenario"),      current,
                            QStringLiteral("--account"),     QStringLiteral("123456789012"),
                            QStringLiteral("--device-name"), QStringLiteral("x")}
            << 2;
        QTest::newRow("migrate: unknown change id")
            << QStringList {QStringLiteral("migrate"), stale, QStringLiteral("--apply"),
                            QStringLiteral("no-such-change")}
            << 2;
        QTest::newRow("export: unknown target")
            << QStringList {QStringLiteral("export"), current, QStringLiteral("--to"), QStringLiteral("xml")} << 2;
        QTest::newRow("diff: one file only") << QStringList {QStringLiteral("diff"), current} << 2;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const CliResult result = runCli(arguments);
        QVERIFY(!result.crashed);
        QVERIFY2(result.exitCode == exitCode, result.err.constData());
    }

    void malformedJsonNamesLineAndColumn_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("matrix refuses it") << QStringLiteral("matrix") << 2;
        QTest::newRow("check reports it as an error finding") << QStringLiteral("check") << 1;
    }

    void malformedJsonNamesLineAndColumn()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        // Line 2 is `"Statement": [}`: the } in column 15 is where a value or ] belongs.
        const CliResult result = runCli({command, testData(QStringLiteral("malformed.json"))});
        QVERIFY(!result.crashed);
        QCOMPARE(result.exitCode, exitCode);
        const QByteArray text = result.out + result.err;
        QVERIFY2(text.contains("malformed.json:2:15: error:"), text.constData());
        QVERIFY(text.contains("[JSON_SYNTAX_ERROR]"));
    }

    void checkSimulatesTheGivenUser()
    {
        // The September 2022 example allows CreateVirtualMFADevice only on mfa/${aws:username}: the
        // device carol types is refused, and the finding says so with her device's name.
        const QString stale = sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        const CliResult result
            = runCli({QStringLiteral("check"), stale, QStringLiteral("--user"), QStringLiteral("carol"),
                      QStringLiteral("--device-name"), QStringLiteral("carol-yubikey"), QStringLiteral("--fail-on"),
                      QStringLiteral("error")});
        QVERIFY(!result.crashed);
        QVERIFY2(result.exitCode == 0 || result.exitCode == 1, result.err.constData());
        QVERIFY2(result.out.contains("\"carol-yubikey\" is refused"), result.out.constData());
        QVERIFY2(!result.out.contains("alice"), result.out.constData());

        // Values IAM would not accept are usage errors, as for matrix and scenario.
        const CliResult bad
            = runCli({QStringLiteral("check"), stale, QStringLiteral("--account"), QStringLiteral("12")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--account"), bad.err.constData());
    }

    void binaryInputIsAnErrorNotACrash_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("matrix") << QStringList {QStringLiteral("matrix")};
        QTest::newRow("check") << QStringList {QStringLiteral("check")};
        QTest::newRow("migrate") << QStringList {QStringLiteral("migrate")};
        QTest::newRow("export") << QStringList {QStringLiteral("export"), QStringLiteral("--to"),
                                                QStringLiteral("pretty")};
    }

    void binaryInputIsAnErrorNotACrash()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("binary.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += static_cast<char>((i * 7919) % 256);
        file.write(bytes);
        file.close();
        const CliResult result = runCli(arguments << file.fileName());
        QVERIFY(!result.crashed);
        QVERIFY(result.exitCode == 1 || result.exitCode == 2);
        QVERIFY(QByteArray(result.out + result.err).contains("binary.json:1:1"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
