// What the command line writes: matrix formats, findings (text, SARIF), migration, export, diff, language.
#include "clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

// RFC 4180: fields separated by commas, records by CRLF, quoted fields double their quotes.
QList<QStringList> parseCsv(const QString &text, bool *ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == u'\n' || c == u'"') {
            *ok = false; // bare LF or a stray quote
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false;
    return records;
}

QStringList identity()
{
    return {QStringLiteral("--user"),       QStringLiteral("alice"),         QStringLiteral("--account"),
            QStringLiteral("123456789012"), QStringLiteral("--device-name"), QStringLiteral("alice-phone")};
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(cliExecutable()), "MFA_POLICY_EXE does not name the executable"); }

    // Decisions from the AWS docs: the pre-2022 example allowed CreateVirtualMFADevice only on
    // mfa/${aws:username}; the current one on mfa/* and exempts it from the Deny.
    void matrixCsv_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QStringList>("decisions");
        const QString stale = QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json");
        const QString current = QStringLiteral("mfa-selfmanage_current-live.json");
        const QString implicit = QStringLiteral("Implicit deny");
        const QString explicitDeny = QStringLiteral("Explicit deny");
        const QString allow = QStringLiteral("Allow");
        QTest::newRow("old policy: custom device name refused in every state")
            << stale << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone")
            << QStringList {implicit, implicit, implicit};
        QTest::newRow("old policy: device named like the user allowed in every state")
            << stale << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/alice") << QStringList {allow, allow, allow};
        QTest::newRow("current policy: custom device name allowed in every state")
            << current << QStringLiteral("iam:CreateVirtualMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone") << QStringList {allow, allow, allow};
        QTest::newRow("current policy: S3 needs an Allow with MFA, is denied without")
            << current << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*")
            << QStringList {implicit, explicitDeny, explicitDeny};
        QTest::newRow("current policy: deactivate only with an MFA session")
            << current << QStringLiteral("iam:DeactivateMFADevice")
            << QStringLiteral("arn:aws:iam::123456789012:user/alice")
            << QStringList {allow, explicitDeny, explicitDeny};
    }

    void matrixCsv()
    {
        QFETCH(QString, policy);
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(QStringList, decisions);
        const CliResult result = runCli({QStringLiteral("matrix"), sample(policy), QStringLiteral("--format"),
                                         QStringLiteral("csv"), QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(result.exitCode, 0);
        bool ok = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(result.out), &ok);
        QVERIFY(ok);
        QVERIFY(records.size() > 10);
        QCOMPARE(records.first(),
                 (QStringList {QStringLiteral("Action"), QStringLiteral("Resource pattern"), QStringLiteral("Resource"),
                               QStringLiteral("MFA session"), QStringLiteral("No MFA"),
                               QStringLiteral("Access keys (MFA key absent)")}));
        int found = 0;
        for (const QStringList &record : records) {
            QCOMPARE(record.size(), 6);
            if (record.at(0) == action && record.at(2) == resource) {
                QCOMPARE(record.mid(3), decisions);
                ++found;
            }
        }
        QCOMPARE(found, 1);
    }

    void matrixFormats_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("marker");
        QTest::newRow("text has a legend") << QStringLiteral("text") << QStringLiteral("\u2716 Explicit deny");
        QTest::newRow("text has the before-MFA summary")
            << QStringLiteral("text") << QStringLiteral("only if it is named exactly alice");
        QTest::newRow("markdown table") << QStringLiteral("markdown")
                                        << QStringLiteral("| `iam:CreateVirtualMFADevice` |");
        QTest::newRow("html document") << QStringLiteral("html") << QStringLiteral("<!DOCTYPE html>");
        QTest::newRow("html cells carry a class and a symbol")
            << QStringLiteral("html") << QStringLiteral("<td class=\"explicit-deny\">\u2716 Explicit deny</td>");
        QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("\"no-mfa\"");
    }

    void matrixFormats()
    {
        QFETCH(QString, format);
        QFETCH(QString, marker);
        const CliResult result
            = runCli({QStringLiteral("matrix"), sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")),
                      QStringLiteral("--format"), format});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QString::fromUtf8(result.out).contains(marker), result.out.left(2000).constData());
        if (format == QLatin1String("json"))
            QVERIFY(QJsonDocument::fromJson(result.out).isObject());
    }

    void checkText()
    {
        const QString stale = sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        const CliResult result = runCli({QStringLiteral("check"), stale});
        const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        static const QRegularExpression shape(
            QStringLiteral("^(.+):(\\d+):(\\d+): (error|security|warning|suggestion): .+ \\[[A-Z_]+\\]$"));
        int findings = 0;
        for (const QString &line : lines) {
            if (!line.startsWith(stale))
                continue;
            QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
            ++findings;
        }
        QVERIFY(findings > 0);
        // The stale device resource sits on line 34, column 17, of the 2018-11 example.
        QVERIFY(lines.contains(stale
                               + QStringLiteral(":34:17: warning: Only a device named like the user can be "
                                                "created; \"alice-phone\" is refused [STALE_MFA_DEVICE_RESOURCE]")));
    }

    void checkSarif()
    {
        const QString stale = sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        const CliResult result
            = runCli({QStringLiteral("check"), stale, QStringLiteral("--format"), QStringLiteral("sarif")});
        const QJsonObject sarif = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = sarif.value(QStringLiteral("runs")).toArray().at(0).toObject();
        const QJsonArray rules = run.value(QStringLiteral("tool"))
                                     .toObject()
                                     .value(QStringLiteral("driver"))
                                     .toObject()
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        bool found = false;
        for (const QJsonValue &value : run.value(QStringLiteral("results")).toArray()) {
            const QJsonObject result = value.toObject();
            const QString ruleId = result.value(QStringLiteral("ruleId")).toString();
            QCOMPARE(rules.at(result.value(QStringLiteral("ruleIndex")).toInt())
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                     ruleId);
            QVERIFY(QSet<QString>({QStringLiteral("error"), QStringLiteral("warning"), QStringLiteral("note")})
                        .contains(result.value(QStringLiteral("level")).toString()));
            if (ruleId != QLatin1String("STALE_MFA_DEVICE_RESOURCE"))
                continue;
            const QJsonObject location = result.value(QStringLiteral("locations"))
                                             .toArray()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("physicalLocation"))
                                             .toObject();
            QCOMPARE(
                location.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                stale);
            const QJsonObject region = location.value(QStringLiteral("region")).toObject();
            QCOMPARE(region.value(QStringLiteral("startLine")).toInt(), 34);
            QCOMPARE(region.value(QStringLiteral("startColumn")).toInt(), 17);
            QCOMPARE(region.value(QStringLiteral("endLine")).toInt(), 34);
            // "arn:aws:iam::*:mfa/${aws:username}" with its quotes is 36 characters long.
            QCOMPARE(region.value(QStringLiteral("endColumn")).toInt(), 17 + 36);
            QVERIFY(result.contains(QStringLiteral("fixes")));
            found = true;
        }
        QVERIFY(found);
    }

    void checkFolder()
    {
        const CliResult result = runCli({QStringLiteral("check"), QStringLiteral(MFAPOLICY_SAMPLES_DIR),
                                         QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(result.exitCode, 0); // the AWS examples are all valid policies
        QSet<QString> files;
        for (const QJsonValue &value :
             QJsonDocument::fromJson(result.out).object().value(QStringLiteral("findings")).toArray())
            files << QFileInfo(value.toObject().value(QStringLiteral("file")).toString()).fileName();
        // Every old example has at least one finding; so the pre-2022 files must all appear.
        QVERIFY(files.contains(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")));
        QVERIFY(files.contains(QStringLiteral("sec-creds-self-manage_2019-01_to_2021-02.json")));
    }

    void migrateFixesNamedDevices()
    {
        QTemporaryDir dir;
        const QString original = sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        const QString copy = dir.filePath(QStringLiteral("policy.json"));
        const QString out = dir.filePath(QStringLiteral("migrated.json"));
        QVERIFY(QFile::copy(original, copy));
        QFile before(copy);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray originalBytes = before.readAll();
        before.close();

        QCOMPARE(runCli({QStringLiteral("migrate"), copy, QStringLiteral("-o"), out}).exitCode, 0);
        QFile unchanged(copy);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), originalBytes);

        const QStringList request {
            QStringLiteral("--action"),   QStringLiteral("iam:CreateVirtualMFADevice"),
            QStringLiteral("--resource"), QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone"),
            QStringLiteral("--context"),  QStringLiteral("aws:MultiFactorAuthPresent=false"),
            QStringLiteral("--context"),  QStringLiteral("aws:username=alice"),
            QStringLiteral("--format"),   QStringLiteral("json")};
        const auto decisionFor = [&](const QString &policy) {
            const CliResult result
                = runCli(QStringList {QStringLiteral("simulate"), QStringLiteral("--policy"), policy} + request);
            return QJsonDocument::fromJson(result.out).object().value(QStringLiteral("decision")).toString();
        };
        QCOMPARE(decisionFor(copy), QStringLiteral("ImplicitDeny"));
        QCOMPARE(decisionFor(out), QStringLiteral("Allow"));

        QCOMPARE(runCli({QStringLiteral("migrate"), copy, QStringLiteral("--in-place")}).exitCode, 0);
        QCOMPARE(decisionFor(copy), QStringLiteral("Allow"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2); // no temporary file left behind
    }

    void migrateDiff()
    {
        const CliResult result
            = runCli({QStringLiteral("migrate"), sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")),
                      QStringLiteral("--diff")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith("--- "));
        QVERIFY(result.out.contains("\n+                \"arn:aws:iam::*:mfa/*\""));
        QVERIFY(result.err.contains("Without MFA, iam:CreateVirtualMFADevice on a device named alice-phone: "
                                    "implicit deny \xe2\x86\x92 allow"));
    }

    void exportRoundTrips_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("pretty") << QStringLiteral("pretty");
        QTest::newRow("minified") << QStringLiteral("minified");
    }

    void exportRoundTrips()
    {
        QFETCH(QString, target);
        const QString policy = sample(QStringLiteral("sec-creds-self-manage_2022-11.json"));
        const CliResult result = runCli({QStringLiteral("export"), policy, QStringLiteral("--to"), target});
        QCOMPARE(result.exitCode, 0);
        QFile file(policy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(result.out), QJsonDocument::fromJson(file.readAll()));
        // The size goes to standard error, against the managed (6,144) and inline user (2,048) quotas.
        QVERIFY(result.err.contains("6144"));
        QVERIFY(result.err.contains("2048"));
    }

    void exportCliCommands_data()
    {
        // Each line checked by hand against the AWS CLI reference (aws iam create-policy,
        // create-policy-version, put-user-policy, put-group-policy): the required options and nothing else.
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("versionReminder");
        QTest::newRow("default: create-policy-version")
            << QStringList {QStringLiteral("--policy-arn"), QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA")}
            << QStringLiteral("aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/ForceMFA "
                              "--policy-document file://POLICY --set-as-default\n")
            << true;
        QTest::newRow("create-policy")
            << QStringList {QStringLiteral("--command"), QStringLiteral("create-policy"),
                            QStringLiteral("--policy-name"), QStringLiteral("ForceMFA")}
            << QStringLiteral("aws iam create-policy --policy-name ForceMFA --policy-document file://POLICY\n")
            << false;
        QTest::newRow("put-user-policy")
            << QStringList {QStringLiteral("--command"),     QStringLiteral("put-user-policy"),
                            QStringLiteral("--user-name"),   QStringLiteral("alice"),
                            QStringLiteral("--policy-name"), QStringLiteral("ForceMFA")}
            << QStringLiteral("aws iam put-user-policy --user-name alice --policy-name ForceMFA "
                              "--policy-document file://POLICY\n")
            << false;
        QTest::newRow("put-group-policy, group from the shell")
            << QStringList {QStringLiteral("--command"), QStringLiteral("put-group-policy"),
                            QStringLiteral("--policy-name"), QStringLiteral("ForceMFA")}
            << QStringLiteral("aws iam put-group-policy --group-name \"${IAM_GROUP_NAME}\" --policy-name ForceMFA "
                              "--policy-document file://POLICY\n")
            << false;
        QTest::newRow("put-group-policy")
            << QStringList {QStringLiteral("--command"),     QStringLiteral("put-group-policy"),
                            QStringLiteral("--group-name"),  QStringLiteral("Developers"),
                            QStringLiteral("--policy-name"), QStringLiteral("ForceMFA")}
            << QStringLiteral("aws iam put-group-policy --group-name Developers --policy-name ForceMFA "
                              "--policy-document file://POLICY\n")
            << false;
    }

    void exportCliCommands()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QFETCH(bool, versionReminder);
        const QString policy = sample(QStringLiteral("sec-creds-self-manage_2022-11.json"));
        const CliResult result = runCli(
            QStringList {QStringLiteral("export"), policy, QStringLiteral("--to"), QStringLiteral("cli")} + options);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(QString::fromUtf8(result.out), QString(expected).replace(QStringLiteral("POLICY"), policy));
        // Only a managed policy's new version runs into the limit of five versions.
        QCOMPARE(result.err.contains("at most 5 versions"), versionReminder);
    }

    void exportHelpNamesTheCommands()
    {
        const CliResult result = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char *word : {"--command", "create-policy,", "create-policy-version", "put-user-policy",
                                 "put-group-policy", "--user-name", "--group-name"})
            QVERIFY2(result.out.contains(word), word);
    }

    void exportCliUsageErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("--to"), QStringLiteral("cli"),
                                                         QStringLiteral("--command"),
                                                         QStringLiteral("attach-user-policy")}
                                         << QByteArray("put-group-policy");
        QTest::newRow("command without cli")
            << QStringList {QStringLiteral("--to"), QStringLiteral("pretty"), QStringLiteral("--command"),
                            QStringLiteral("create-policy")}
            << QByteArray("--to cli");
        QTest::newRow("user for a group")
            << QStringList {QStringLiteral("--to"),        QStringLiteral("cli"),
                            QStringLiteral("--command"),   QStringLiteral("put-group-policy"),
                            QStringLiteral("--user-name"), QStringLiteral("alice")}
            << QByteArray("--user-name");
        QTest::newRow("ARN for a new policy")
            << QStringList {QStringLiteral("--to"),         QStringLiteral("cli"),
                            QStringLiteral("--command"),    QStringLiteral("create-policy"),
                            QStringLiteral("--policy-arn"), QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA")}
            << QByteArray("--policy-arn");
    }

    void exportCliUsageErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, message);
        const QString policy = sample(QStringLiteral("sec-creds-self-manage_2022-11.json"));
        const CliResult result = runCli(QStringList {QStringLiteral("export"), policy} + options);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void exportCountsCharactersNotBytes()
    {
        // 117 characters, 122 UTF-8 bytes: "é" is two bytes, each Japanese letter three.
        const QByteArray policy = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                                 "\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::caf\u00e9-"
                                                 "\u65e5\u672c/*\"}]}")
                                      .toUtf8();
        QCOMPARE(policy.size(), 122);
        const CliResult result = runCli(
            {QStringLiteral("export"), QStringLiteral("-"), QStringLiteral("--to"), QStringLiteral("minified")},
            policy);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains("Size: 117 characters without whitespace."), result.err.constData());
    }

    void diffInWords()
    {
        const CliResult result
            = runCli({QStringLiteral("diff"), sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")),
                      sample(QStringLiteral("mfa-selfmanage_2022-12.json"))});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out);
        QVERIFY2(out.contains(QStringLiteral("Without MFA, iam:CreateVirtualMFADevice on a device named alice-phone: "
                                             "implicit deny \u2192 allow")),
                 qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("\n+++ ")));
    }

    void diffAsCsvAndHtml()
    {
        const QStringList files {sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")),
                                 sample(QStringLiteral("mfa-selfmanage_2022-12.json"))};
        const CliResult csv = runCli(QStringList {QStringLiteral("diff")} + files
                                     + QStringList {QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        bool ok = false;
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csv.out), &ok);
        QVERIFY(ok);
        QVERIFY(records.size() > 1);
        bool customDevice = false;
        for (const QStringList &record : records) {
            QCOMPARE(record.size(), 6);
            // December 2022: a device with a custom name can be created without MFA.
            if (record.at(0) == QStringLiteral("iam:CreateVirtualMFADevice")
                && record.at(2) == QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone")
                && record.at(3) == QStringLiteral("No MFA")) {
                customDevice = true;
                QCOMPARE(record.at(4), QStringLiteral("Implicit deny"));
                QCOMPARE(record.at(5), QStringLiteral("Allow"));
            }
        }
        QVERIFY(customDevice);

        const CliResult html = runCli(QStringList {QStringLiteral("diff")} + files
                                      + QStringList {QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        const QString page = QString::fromUtf8(html.out);
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QCOMPARE(int(page.count(QStringLiteral("<th scope=\"row\">"))), int(records.size()) - 1);
        QVERIFY(page.contains(QStringLiteral("<pre>--- ")));
    }

    void scenarioShowsAwsMessage()
    {
        const CliResult result = runCli(
            QStringList {QStringLiteral("scenario"), sample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"))}
            + identity());
        QCOMPARE(result.exitCode, 1);
        // The message users reported after November 2022 (MFA-FACTS §5), with this account and device.
        QVERIFY(result.out.contains("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                    "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/alice-phone "
                                    "because no identity-based policy allows the iam:CreateVirtualMFADevice action"));
    }

    // The handouts the studio exports, from the command line: the guard and the Allows of AWS's
    // current example as one principal enroll; GetUser, refused by the guard, is not needed.
    void scenarioHandouts()
    {
        const QStringList scenario {QStringLiteral("scenario"), testData(QStringLiteral("split.principal.json"))};
        const CliResult markdown
            = runCli(scenario + QStringList {QStringLiteral("--format"), QStringLiteral("markdown")});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.contains("## 4. Create the virtual device with the chosen name (CreateVirtualMFADevice)"));
        QVERIFY(markdown.out.contains("Allowed by AllowUserToCreateVirtualMFADevice in split-allows.json"));
        QVERIFY(markdown.out.contains("- Not required: the flow goes on."));
        QVERIFY(markdown.out.contains("**Result: the enrollment can be completed.**"));
        const CliResult html = runCli(scenario + QStringList {QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.out.contains("Denied by BlockMostAccessUnlessSignedInWithMFA in split-guard.json"));
        QCOMPARE(runCli(scenario + QStringList {QStringLiteral("--format"), QStringLiteral("csv")}).exitCode, 2);
    }

    void languageOption()
    {
        // The translations are built into the executable.
        const QStringList matrix {QStringLiteral("matrix"), sample(QStringLiteral("mfa-selfmanage_current-live.json"))};
        const CliResult english = runCli(matrix + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
        const CliResult japanese = runCli(matrix + QStringList {QStringLiteral("--lang"), QStringLiteral("ja")});
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(japanese.exitCode, 0);
        QVERIFY(english.out.contains("Explicit deny"));
        QVERIFY(!japanese.out.contains("Explicit deny"));
        // Action names and symbols are not translated.
        QVERIFY(japanese.out.contains("iam:CreateVirtualMFADevice"));
        QVERIFY(japanese.out.contains("\xe2\x9c\x96"));
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
