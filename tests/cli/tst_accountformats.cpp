// `mfa-policy account DUMP --format csv|markdown|html|sarif` against the example account's answers,
// worked out by hand (tests/data/accounts/README.md).

#include "clirunner.h"

#include <QJsonArray>
#include <QtTest>

namespace {

const QString exampleDump = QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/example-account.json");

CliResult account(const QString &format)
{
    return runCli({QStringLiteral("account"), exampleDump, QStringLiteral("--format"), format});
}

// RFC 4180 fields of one line (quotes around fields with commas; "" inside quotes).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted && c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
            field += c;
            ++i;
        } else if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    return fields << field;
}

// Rows of one CSV table keyed by their first field, each a map from header to value.
QMap<QString, QMap<QString, QString>> csvTable(const QStringList &lines)
{
    QMap<QString, QMap<QString, QString>> rows;
    const QStringList header = csvFields(lines.value(0));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList fields = csvFields(lines[i]);
        for (qsizetype f = 0; f < header.size(); ++f)
            rows[fields.value(0)][header[f]] = fields.value(f);
    }
    return rows;
}

} // namespace

class TestAccountFormats : public QObject
{
    Q_OBJECT

private slots:
    void csv()
    {
        const CliResult result = account(QStringLiteral("csv"));
        QVERIFY2(!result.crashed, result.err.constData());
        // dave's group is missing from the dump: that is reported, and the dump is otherwise whole.
        QCOMPARE(result.exitCode, 0);
        const QStringList tables = QString::fromUtf8(result.out).split(QStringLiteral("\r\n\r\n"));
        QCOMPARE(tables.size(), 2);
        const auto users = csvTable(tables[0].split(QStringLiteral("\r\n"), Qt::SkipEmptyParts));
        const auto policies = csvTable(tables[1].split(QStringLiteral("\r\n"), Qt::SkipEmptyParts));
        QCOMPARE(users.keys(),
                 QStringList({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol"),
                              QStringLiteral("dave"), QStringLiteral("erin")}));
        // By hand: nobody can create a device with a name of their own; alice's old example still
        // allows mfa/alice; carol has no write action; erin's boundary refuses the creation.
        for (const QString &name : users.keys())
            if (name != QLatin1String("dave"))
                QCOMPARE(users[name][QStringLiteral("canEnrollAnyName")], QStringLiteral("false"));
        QCOMPARE(users[QStringLiteral("alice")][QStringLiteral("canEnrollNamedLikeUser")], QStringLiteral("true"));
        QCOMPARE(users[QStringLiteral("dave")][QStringLiteral("analysed")], QStringLiteral("false"));
        QCOMPARE(users[QStringLiteral("dave")][QStringLiteral("canEnrollAnyName")], QString());
        QVERIFY(users[QStringLiteral("carol")][QStringLiteral("enrollmentRefusedBy")].contains(
            QStringLiteral("iam:EnableMFADevice:identity")));
        QCOMPARE(users[QStringLiteral("erin")][QStringLiteral("enrollmentRefusedBy")],
                 QStringLiteral("iam:CreateVirtualMFADevice:permissions-boundary"));

        QCOMPARE(policies[QStringLiteral("ForceMFA")][QStringLiteral("staleDeviceResource")], QStringLiteral("true"));
        QCOMPARE(policies[QStringLiteral("ForceMFA")][QStringLiteral("users")], QStringLiteral("bob"));
        QCOMPARE(policies[QStringLiteral("SelfManageMfaOld")][QStringLiteral("arnOrOwner")],
                 QStringLiteral("group/Engineers"));
        QCOMPARE(policies[QStringLiteral("SelfManageMfaOld")][QStringLiteral("blocksEnrollment")],
                 QStringLiteral("alice"));
        QCOMPARE(policies[QStringLiteral("Boundary")][QStringLiteral("blocksEnrollment")], QStringLiteral("erin"));
        QCOMPARE(policies[QStringLiteral("Boundary")][QStringLiteral("staleDeviceResource")], QStringLiteral("false"));
        QCOMPARE(policies[QStringLiteral("ReadOnlyAccess")][QStringLiteral("users")], QStringLiteral("alice, carol"));
        QCOMPARE(policies[QStringLiteral("ReadOnlyAccess")][QStringLiteral("kind")], QStringLiteral("aws-managed"));
    }

    void markdownAndHtml()
    {
        const CliResult markdown = account(QStringLiteral("markdown"));
        QCOMPARE(markdown.exitCode, 0);
        const QString md = QString::fromUtf8(markdown.out);
        QVERIFY(md.startsWith(QStringLiteral("# Account 123456789012\n")));
        QVERIFY2(
            md.contains(QStringLiteral("| erin | arn:aws:iam::123456789012:user/erin | yes | erin-phone | no | no |")),
            markdown.out.constData());
        QVERIFY(md.contains(QStringLiteral("iam:CreateVirtualMFADevice by the permissions boundary |")));
        QVERIFY(md.contains(QStringLiteral("| Boundary | customer managed, version v1 | "
                                           "arn:aws:iam::123456789012:policy/Boundary | erin | erin | no |")));

        const CliResult html = account(QStringLiteral("html"));
        QCOMPARE(html.exitCode, 0);
        const QString page = QString::fromUtf8(html.out);
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.trimmed().endsWith(QStringLiteral("</html>")));
        QVERIFY(page.contains(QStringLiteral("<td>alice, carol</td>")));
        QVERIFY(page.contains(QStringLiteral("<th scope=\"col\">Blocks enrollment for</th>")));
    }

    void sarif()
    {
        const CliResult result = account(QStringLiteral("sarif"));
        QCOMPARE(result.exitCode, 0);
        const QJsonObject log = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
        const QJsonObject run = log.value(QLatin1String("runs")).toArray().at(0).toObject();
        QCOMPARE(run.value(QLatin1String("tool"))
                     .toObject()
                     .value(QLatin1String("driver"))
                     .toObject()
                     .value(QLatin1String("name")),
                 QJsonValue(QStringLiteral("mfa-policy")));
        // By hand: two stale policies (ForceMFA for bob, the group's inline policy for alice) and
        // the boundary that refuses erin; nothing else blocks anyone.
        QMap<QString, QStringList> found;
        for (const QJsonValue &value : run.value(QLatin1String("results")).toArray()) {
            const QJsonObject r = value.toObject();
            const QJsonObject location = r.value(QLatin1String("locations")).toArray().at(0).toObject();
            QCOMPARE(location.value(QLatin1String("physicalLocation"))
                         .toObject()
                         .value(QLatin1String("artifactLocation"))
                         .toObject()
                         .value(QLatin1String("uri"))
                         .toString(),
                     exampleDump);
            const QString name = location.value(QLatin1String("logicalLocations"))
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(QLatin1String("name"))
                                     .toString();
            QStringList users;
            for (const QJsonValue &user :
                 r.value(QLatin1String("properties")).toObject().value(QLatin1String("blocksEnrollment")).toArray())
                users << user.toString();
            found[r.value(QLatin1String("ruleId")).toString() + QLatin1Char(' ') + name] = users;
        }
        QCOMPARE(found.keys(),
                 QStringList({QStringLiteral("ACCOUNT_BLOCKS_MFA_ENROLLMENT Boundary"),
                              QStringLiteral("STALE_MFA_DEVICE_RESOURCE ForceMFA"),
                              QStringLiteral("STALE_MFA_DEVICE_RESOURCE SelfManageMfaOld")}));
        QCOMPARE(found.value(QStringLiteral("ACCOUNT_BLOCKS_MFA_ENROLLMENT Boundary")),
                 QStringList {QStringLiteral("erin")});
        QCOMPARE(found.value(QStringLiteral("STALE_MFA_DEVICE_RESOURCE ForceMFA")),
                 QStringList {QStringLiteral("bob")});
    }

    void unknownFormat()
    {
        const CliResult result = account(QStringLiteral("yaml"));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("unknown --format yaml"));
    }
};

QTEST_GUILESS_MAIN(TestAccountFormats)
#include "tst_accountformats.moc"
