// PolicySource: the AWS examples parse cleanly, positions are exact, every diagnostic fires where a
// user would expect it, and no input crashes or hangs the parser. Expected positions were counted by
// hand from the texts below and the sample files.

#include "policysource.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>

using namespace mfapolicy;

namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

QStringList argsOf(const Finding &finding)
{
    QStringList list;
    for (const std::string &arg : finding.args) {
        list << q(arg);
    }
    return list;
}

QString describe(const PolicySource &source)
{
    QStringList lines;
    for (const Finding &finding : source.diagnostics()) {
        lines << QStringLiteral("%1 at %2:%3 (%4)")
                     .arg(q(finding.ruleId))
                     .arg(finding.range.line)
                     .arg(finding.range.column)
                     .arg(argsOf(finding).join(QStringLiteral(", ")));
    }
    return lines.join(QStringLiteral("; "));
}

const Finding *findRule(const PolicySource &source, const QString &ruleId)
{
    for (const Finding &finding : source.diagnostics()) {
        if (q(finding.ruleId) == ruleId) {
            return &finding;
        }
    }
    return nullptr;
}

QStringList ruleIds(const PolicySource &source)
{
    QStringList ids;
    for (const Finding &finding : source.diagnostics()) {
        ids << q(finding.ruleId);
    }
    return ids;
}

std::string readSample(const QString &fileName)
{
    return testing::readSampleText(fileName);
}

// A statement on line 2 of a small policy, so that columns in the rows below are easy to check.
QByteArray inStatement(const char *statement)
{
    return QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": [\n") + statement + "]}";
}

/// A valid policy of at least `bytes` bytes with numbered statements.
std::string bigPolicy(std::size_t bytes, std::size_t &statements)
{
    std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": [\n";
    statements = 0;
    while (text.size() < bytes) {
        if (statements > 0) {
            text += ",\n";
        }
        text += "{\"Sid\": \"S" + std::to_string(statements)
            + "\", \"Effect\": \"Deny\", \"NotAction\": [\"iam:CreateVirtualMFADevice\", \"iam:EnableMFADevice\", "
              "\"sts:GetSessionToken\"], \"Resource\": \"*\", \"Condition\": {\"BoolIfExists\": "
              "{\"aws:MultiFactorAuthPresent\": \"false\"}}}";
        ++statements;
    }
    text += "]}";
    return text;
}

} // namespace

class TestPolicySource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samples_data();
    void samples();
    void ranges_data();
    void ranges();
    void keyRanges_data();
    void keyRanges();
    void pointerAt_data();
    void pointerAt();
    void diagnostics_data();
    void diagnostics();
    void noDiagnostics_data();
    void noDiagnostics();
    void operators_data();
    void operators();
    void model();
    void commentsAndTrailingCommas();
    void truncatedDocument();
    void duplicateKeyKeepsFirst();
    void robustness_data();
    void robustness();
    void largeDocument();
    void keyOrder();
    void fromJson();
    void lineTable();
    void readingFailureIsReportedAsWhatItIs();
    void emptyListsAreErrorsAndCannotBeEvaluated_data();
    void emptyListsAreErrorsAndCannotBeEvaluated();
};

void TestPolicySource::samples_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("sids"); // one entry per statement, "" when it has no Sid

    QTest::newRow("EC2 require MFA (2022-12)")
        << QStringLiteral("ec2-require-mfa_2022-12.json")
        << QStringList {QStringLiteral("AllowAllActionsForEC2"),
                        QStringLiteral("DenyStopAndTerminateWhenMFAIsNotPresent")};
    QTest::newRow("API require MFA with Bool true (2022-12)")
        << QStringLiteral("mfa-api-require-ec2-bool-true_2022-12.json") << QStringList {QString()};
    QTest::newRow("MFA self-manage (2018-07)")
        << QStringLiteral("mfa-selfmanage_2018-07.json")
        << QStringList {QString(), QStringLiteral("AllowUsersToDeactivateTheirOwnVirtualMFADevice"), QString()};
    QTest::newRow("MFA self-manage (2018-09)")
        << QStringLiteral("mfa-selfmanage_2018-09.json")
        << QStringList {QString(), QStringLiteral("AllowUsersToDeactivateTheirOwnMFADevice"), QString()};
    QTest::newRow("MFA self-manage (2018-11-21)")
        << QStringLiteral("mfa-selfmanage_2018-11-21.json")
        << QStringList {QStringLiteral("AllowListActions"),
                        QStringLiteral("AllowIndividualUserToViewAndManageTheirOwnMFA"),
                        QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
    QTest::newRow("MFA self-manage (2018-11 to 2022-02)")
        << QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json")
        << QStringList {QStringLiteral("AllowListActions"), QStringLiteral("AllowIndividualUserToListOnlyTheirOwnMFA"),
                        QStringLiteral("AllowIndividualUserToManageTheirOwnMFA"),
                        QStringLiteral("AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA"),
                        QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
    QTest::newRow("MFA self-manage (2022-09, before November 2022)")
        << QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")
        << QStringList {QStringLiteral("AllowListActions"), QStringLiteral("AllowIndividualUserToManageTheirOwnMFA"),
                        QStringLiteral("AllowIndividualUserToDeactivateOnlyTheirOwnMFAOnlyWhenUsingMFA"),
                        QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
    const QStringList selfManage2022 {QStringLiteral("AllowListActions"),
                                      QStringLiteral("AllowUserToCreateVirtualMFADevice"),
                                      QStringLiteral("AllowUserToManageTheirOwnMFA"),
                                      QStringLiteral("AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA"),
                                      QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")};
    QTest::newRow("MFA self-manage (2022-12)") << QStringLiteral("mfa-selfmanage_2022-12.json") << selfManage2022;
    QTest::newRow("MFA self-manage (current live page)")
        << QStringLiteral("mfa-selfmanage_current-live.json") << selfManage2022;
    const QStringList mfaOnly {QStringLiteral("AllowViewAccountInfo"), QStringLiteral("AllowManageOwnVirtualMFADevice"),
                               QStringLiteral("AllowManageOwnUserMFA"), QStringLiteral("DenyAllExceptListedIfNoMFA")};
    QTest::newRow("Security credentials, MFA only (2019-01 to 2022-02)")
        << QStringLiteral("sec-creds-mfa-only_2019-01_to_2022-02.json") << mfaOnly;
    QTest::newRow("Security credentials, MFA only (2022-11)")
        << QStringLiteral("sec-creds-mfa-only_2022-11.json") << mfaOnly;
    const QStringList noMfa {
        QStringLiteral("AllowViewAccountInfo"),        QStringLiteral("AllowManageOwnPasswords"),
        QStringLiteral("AllowManageOwnAccessKeys"),    QStringLiteral("AllowManageOwnSigningCertificates"),
        QStringLiteral("AllowManageOwnSSHPublicKeys"), QStringLiteral("AllowManageOwnGitCredentials")};
    QTest::newRow("Security credentials, no MFA (2022-11)") << QStringLiteral("sec-creds-no-mfa_2022-11.json") << noMfa;
    const QStringList selfManage = noMfa
        + QStringList {QStringLiteral("AllowManageOwnVirtualMFADevice"), QStringLiteral("AllowManageOwnUserMFA"),
                       QStringLiteral("DenyAllExceptListedIfNoMFA")};
    QTest::newRow("Security credentials self-manage (2019-01 to 2021-02)")
        << QStringLiteral("sec-creds-self-manage_2019-01_to_2021-02.json") << selfManage;
    QTest::newRow("Security credentials self-manage (2022-06, before November 2022)")
        << QStringLiteral("sec-creds-self-manage_2022-06_pre-nov-2022.json") << selfManage;
    QTest::newRow("Security credentials self-manage (2022-11)")
        << QStringLiteral("sec-creds-self-manage_2022-11.json") << selfManage;
}

void TestPolicySource::samples()
{
    QFETCH(QString, file);
    QFETCH(QStringList, sids);
    const std::string text = readSample(file);
    QVERIFY2(!text.empty(), qPrintable(file));
    const PolicySource source = PolicySource::parse(text, file.toStdString());
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source)));
    QVERIFY(source.isValidJson());
    QCOMPARE(q(source.name()), file);
    QCOMPARE(q(source.policy().version.value_or("")), QStringLiteral("2012-10-17"));
    QVERIFY(source.policy().variablesEnabled());
    const auto &statements = source.policy().statements;
    QCOMPARE(statements.size(), static_cast<std::size_t>(sids.size()));
    for (std::size_t i = 0; i < statements.size(); ++i) {
        QCOMPARE(q(statements[i].sid.value_or("")), sids[static_cast<int>(i)]);
        QCOMPARE(q(statements[i].pointer), QStringLiteral("/Statement/%1").arg(i));
        QCOMPARE(statements[i].index, i);
        QVERIFY(statements[i].usable);
        QVERIFY(!statements[i].actions.empty());
        QVERIFY(!statements[i].resources.empty());
    }
    // The force-MFA samples carry one Deny, the others none.
    const bool hasDeny = !file.startsWith(QLatin1String("mfa-api-require")) && !file.contains(QLatin1String("2018-07"))
        && !file.contains(QLatin1String("2018-09")) && !file.contains(QLatin1String("no-mfa"));
    const auto denies = std::count_if(statements.begin(), statements.end(),
                                      [](const Statement &statement) { return statement.effect == Effect::Deny; });
    QCOMPARE(denies, hasDeny ? 1 : 0);
}

void TestPolicySource::ranges_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("endLine");
    QTest::addColumn<int>("endColumn");

    // ec2-require-mfa_2022-12.json, 4-space indentation, 619 bytes, no final newline.
    QTest::newRow("whole document") << QString() << 0 << 619 << 1 << 1 << 25 << 2;
    QTest::newRow("Version value with its quotes") << QStringLiteral("/Version") << 17 << 29 << 2 << 16 << 2 << 28;
    QTest::newRow("Statement array from bracket to bracket")
        << QStringLiteral("/Statement") << 48 << 617 << 3 << 18 << 24 << 6;
    QTest::newRow("first statement object") << QStringLiteral("/Statement/0") << 58 << 203 << 4 << 9 << 9 << 10;
    QTest::newRow("Sid string") << QStringLiteral("/Statement/0/Sid") << 79 << 102 << 5 << 20 << 5 << 43;
    QTest::newRow("Effect string") << QStringLiteral("/Statement/0/Effect") << 126 << 133 << 6 << 23 << 6 << 30;
    QTest::newRow("Action written as a plain string")
        << QStringLiteral("/Statement/0/Action") << 157 << 164 << 7 << 23 << 7 << 30;
    QTest::newRow("second item of an Action array")
        << QStringLiteral("/Statement/1/Action/1") << 384 << 408 << 15 << 17 << 15 << 41;
    QTest::newRow("unquoted false of BoolIfExists")
        << QStringLiteral("/Statement/1/Condition/BoolIfExists/aws:MultiFactorAuthPresent") << 564 << 569 << 20 << 51
        << 20 << 56;
}

void TestPolicySource::ranges()
{
    QFETCH(QString, pointer);
    const PolicySource source = PolicySource::parse(readSample(QStringLiteral("ec2-require-mfa_2022-12.json")));
    const auto range = source.range(pointer.toStdString());
    QVERIFY2(range.has_value(), qPrintable(pointer));
    QTEST(static_cast<int>(range->begin), "begin");
    QTEST(static_cast<int>(range->end), "end");
    QTEST(range->line, "line");
    QTEST(range->column, "column");
    QTEST(range->endLine, "endLine");
    QTEST(range->endColumn, "endColumn");
}

void TestPolicySource::keyRanges_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<bool>("hasKey");
    QTest::addColumn<int>("begin");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("member name of Sid") << QStringLiteral("/Statement/0/Sid") << true << 72 << 5 << 13;
    QTest::newRow("member name of Effect") << QStringLiteral("/Statement/0/Effect") << true << 116 << 6 << 13;
    QTest::newRow("member name of Statement") << QStringLiteral("/Statement") << true << 35 << 3 << 5;
    QTest::newRow("array element has no name") << QStringLiteral("/Statement/0") << false << 0 << 0 << 0;
    QTest::newRow("document has no name") << QString() << false << 0 << 0 << 0;
    QTest::newRow("statement that does not exist") << QStringLiteral("/Statement/2") << false << 0 << 0 << 0;
    QTest::newRow("element that does not exist") << QStringLiteral("/Statement/0/Condition") << false << 0 << 0 << 0;
    QTest::newRow("index into a plain string Action")
        << QStringLiteral("/Statement/0/Action/0") << false << 0 << 0 << 0;
    QTest::newRow("index with a leading zero") << QStringLiteral("/Statement/01") << false << 0 << 0 << 0;
    QTest::newRow("pointer without leading slash") << QStringLiteral("Statement") << false << 0 << 0 << 0;
}

void TestPolicySource::keyRanges()
{
    QFETCH(QString, pointer);
    QFETCH(bool, hasKey);
    const PolicySource source = PolicySource::parse(readSample(QStringLiteral("ec2-require-mfa_2022-12.json")));
    const auto range = source.keyRange(pointer.toStdString());
    QCOMPARE(range.has_value(), hasKey);
    if (hasKey) {
        QTEST(static_cast<int>(range->begin), "begin");
        QTEST(range->line, "line");
        QTEST(range->column, "column");
        // The key is the quoted name: it ends right after its closing quote.
        const std::string name = pointer.section(QLatin1Char('/'), -1).toStdString();
        QCOMPARE(range->end - range->begin, name.size() + 2);
    }
}

void TestPolicySource::pointerAt_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("pointer");

    const QByteArray ec2 = QByteArray::fromStdString(readSample(QStringLiteral("ec2-require-mfa_2022-12.json")));
    QTest::newRow("opening brace of the document") << ec2 << 0 << QString();
    QTest::newRow("inside the Sid value") << ec2 << 85 << QStringLiteral("/Statement/0/Sid");
    QTest::newRow("on the Sid member name") << ec2 << 73 << QStringLiteral("/Statement/0/Sid");
    QTest::newRow("on the opening brace of a statement") << ec2 << 58 << QStringLiteral("/Statement/0");
    QTest::newRow("whitespace between members of a statement") << ec2 << 110 << QStringLiteral("/Statement/0");
    QTest::newRow("inside an Action array item") << ec2 << 390 << QStringLiteral("/Statement/1/Action/1");
    QTest::newRow("on the unquoted false")
        << ec2 << 566 << QStringLiteral("/Statement/1/Condition/BoolIfExists/aws:MultiFactorAuthPresent");
    QTest::newRow("past the end of the text") << ec2 << 700 << QString();

    const QByteArray escaped = "{\"a/b\": {\"c~d\": [10, 20]}}";
    QTest::newRow("member names with / and ~ are escaped") << escaped << 22 << QStringLiteral("/a~1b/c~0d/1");
    QTest::newRow("invalid document has no pointers") << QByteArray("nonsense") << 3 << QString();
}

void TestPolicySource::pointerAt()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(QString, pointer);
    const PolicySource source = PolicySource::parse(text.toStdString());
    QCOMPARE(q(source.pointerAt(static_cast<std::size_t>(offset))), pointer);
    if (!pointer.isEmpty()) {
        // The pointer found under the cursor leads back to a value that contains the cursor.
        const auto range = source.range(pointer.toStdString());
        QVERIFY(range.has_value());
        QVERIFY(range->end > static_cast<std::size_t>(offset));
    }
}

void TestPolicySource::diagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("usable"); // of the first statement; -1 when there is none to look at

    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    const QString syntax = s("JSON_SYNTAX_ERROR");
    const QString type = s("INVALID_ELEMENT_TYPE");

    // JSON syntax
    QTest::newRow("syntax: missing comma between members")
        << QByteArray("{\"Version\": \"2012-10-17\"\n \"Statement\": []}") << syntax << 2 << 2
        << QStringList {s("comma-or-object-end"), s("\"")} << -1;
    QTest::newRow("syntax: missing colon")
        << QByteArray("{\"Version\" \"2012-10-17\"}") << syntax << 1 << 12 << QStringList {s("colon"), s("\"")} << -1;
    QTest::newRow("syntax: unquoted member name")
        << QByteArray("{Version: 1}") << syntax << 1 << 2 << QStringList {s("member-or-object-end"), s("V")} << -1;
    QTest::newRow("syntax: single-quoted string")
        << QByteArray("{\"Version\": 'x'}") << syntax << 1 << 13 << QStringList {s("value"), s("'")} << -1;
    QTest::newRow("syntax: second document after the first")
        << QByteArray("{}\n{}") << syntax << 2 << 1 << QStringList {s("end-of-input"), s("{")} << -1;
    QTest::newRow("syntax: string not closed before the line ends")
        << QByteArray("{\"Version\": \"2012-10-17,\n\"Statement\": []}") << syntax << 1 << 25
        << QStringList {s("string-end"), s("U+000A")} << -1;
    QTest::newRow("syntax: \\u escape with a bad hex digit")
        << QByteArray("{\"Version\": \"\\u12G4\"}") << syntax << 1 << 18 << QStringList {s("hex-digit"), s("G")} << -1;
    QTest::newRow("syntax: unknown escape")
        << QByteArray("{\"Version\": \"a\\qb\"}") << syntax << 1 << 16 << QStringList {s("escape"), s("q")} << -1;
    QTest::newRow("syntax: lone high surrogate")
        << QByteArray("{\"Version\": \"\\ud800\"}") << syntax << 1 << 14 << QStringList {s("surrogate-pair")} << -1;
    QTest::newRow("syntax: raw tab inside a string") << QByteArray("{\"Version\": \"2012\t-10-17\"}") << syntax << 1
                                                     << 18 << QStringList {s("string-character"), s("U+0009")} << -1;
    QTest::newRow("syntax: number starting with a dot")
        << QByteArray("{\"a\": .5}") << syntax << 1 << 7 << QStringList {s("value"), s(".")} << -1;
    QTest::newRow("syntax: minus without digits")
        << QByteArray("{\"a\": -}") << syntax << 1 << 8 << QStringList {s("digit"), s("}")} << -1;
    QTest::newRow("syntax: capitalised True")
        << QByteArray("{\"a\": True}") << syntax << 1 << 7 << QStringList {s("value"), s("T")} << -1;
    QTest::newRow("syntax: block comment never closed")
        << QByteArray("{\"a\": 1 /* note") << syntax << 1 << 16 << QStringList {s("comment-end"), QString()} << -1;

    // Comments, trailing commas, duplicates, nesting
    QTest::newRow("comment: line comment") << QByteArray("{\n  // the policy\n  \"Version\": \"2012-10-17\"}")
                                           << s("JSON_COMMENT") << 2 << 3 << QStringList {s("line")} << -1;
    QTest::newRow("comment: block comment") << QByteArray("{\"Version\": /* v */ \"2012-10-17\"}") << s("JSON_COMMENT")
                                            << 1 << 13 << QStringList {s("block")} << -1;
    QTest::newRow("trailing comma in an array")
        << QByteArray("{\"a\": [1, 2,]}") << s("JSON_TRAILING_COMMA") << 1 << 12 << QStringList {} << -1;
    QTest::newRow("trailing comma in an object")
        << QByteArray("{\"a\": 1,\n}") << s("JSON_TRAILING_COMMA") << 1 << 8 << QStringList {} << -1;
    QTest::newRow("duplicate member name")
        << QByteArray("{\"Version\": \"2012-10-17\",\n \"Version\": \"2008-10-17\", \"Statement\": []}")
        << s("JSON_DUPLICATE_KEY") << 2 << 2 << QStringList {s("Version"), s("1"), s("2")} << -1;
    QTest::newRow("nesting deeper than 256")
        << QByteArray(300, '[') << s("JSON_NESTING_TOO_DEEP") << 1 << 257 << QStringList {s("256")} << -1;

    // Characters IAM does not accept
    QTest::newRow("character: en dash pasted into Version")
        << QByteArray("{\"Version\": \"2012\xE2\x80\x93"
                      "10-17\"}")
        << s("UNSUPPORTED_CHARACTER") << 1 << 18 << QStringList {s("U+2013"), s("1")} << -1;
    QTest::newRow("character: run of curly quotes is one finding")
        << QByteArray("{\"Sid\": \"\xE2\x80\x9Cx\xE2\x80\x9D\xE2\x80\x9D\"}") << s("UNSUPPORTED_CHARACTER") << 1 << 14
        << QStringList {s("U+201D"), s("2")} << -1;
    QTest::newRow("character: NUL byte") << QByteArray("{\"Sid\": \"a\0b\"}", 14) << s("UNSUPPORTED_CHARACTER") << 1
                                         << 11 << QStringList {s("U+0000"), s("1")} << -1;
    QTest::newRow("character: byte that is not UTF-8")
        << QByteArray("{\"Sid\": \"a\xFF\"}") << s("UNSUPPORTED_CHARACTER") << 1 << 11
        << QStringList {s("0xFF"), s("1")} << -1;

    // Policy structure
    QTest::newRow("structure: Version missing")
        << QByteArray("{\"Statement\": []}") << s("MISSING_VERSION") << 1 << 1 << QStringList {} << -1;
    QTest::newRow("structure: Version not a known date")
        << QByteArray("{\"Version\": \"2012-10-18\", \"Statement\": []}") << s("INVALID_VERSION") << 1 << 13
        << QStringList {s("2012-10-18")} << -1;
    QTest::newRow("structure: Version is a number") << QByteArray("{\"Version\": 2012, \"Statement\": []}") << type << 1
                                                    << 13 << QStringList {s("Version"), s("string"), s("number")} << -1;
    QTest::newRow("structure: Statement missing")
        << QByteArray("{\"Version\": \"2012-10-17\"}") << s("MISSING_STATEMENT") << 1 << 1 << QStringList {} << -1;
    QTest::newRow("structure: Statement is a number")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": 5}") << s("INVALID_STATEMENT_TYPE") << 1 << 40
        << QStringList {s("number")} << -1;
    QTest::newRow("structure: statement item is a string")
        << inStatement("\"x\"") << s("INVALID_STATEMENT_TYPE") << 2 << 1 << QStringList {s("string")} << 0;
    QTest::newRow("structure: document is an array")
        << QByteArray("[\"Version\"]") << type << 1 << 1 << QStringList {s("Policy"), s("object"), s("array")} << -1;
    QTest::newRow("structure: policy-level Id")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Id\": \"x\", \"Statement\": []}") << s("UNSUPPORTED_ID") << 1
        << 27 << QStringList {s("Id")} << -1;
    QTest::newRow("structure: misspelt Statement")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statements\": []}") << s("INVALID_POLICY_ELEMENT") << 1 << 27
        << QStringList {s("Statements"), s("policy"), s("Statement")} << -1;
    QTest::newRow("statement: Effect missing") << inStatement("{\"Action\": \"s3:*\", \"Resource\": \"*\"}")
                                               << s("MISSING_EFFECT") << 2 << 1 << QStringList {} << 0;
    QTest::newRow("statement: Effect in lower case")
        << inStatement("{\"Effect\": \"allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}") << s("INVALID_EFFECT") << 2
        << 12 << QStringList {s("allow")} << 0;
    QTest::newRow("statement: Effect is a boolean")
        << inStatement("{\"Effect\": true, \"Action\": \"s3:*\", \"Resource\": \"*\"}") << type << 2 << 12
        << QStringList {s("Effect"), s("string"), s("boolean")} << 0;
    QTest::newRow("statement: Action and NotAction missing")
        << inStatement("{\"Effect\": \"Allow\", \"Resource\": \"*\"}") << s("MISSING_ACTION") << 2 << 1
        << QStringList {} << 0;
    QTest::newRow("statement: both Action and NotAction")
        << inStatement("{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"NotAction\": \"iam:*\", \"Resource\": \"*\"}")
        << s("ACTION_AND_NOTACTION") << 2 << 38 << QStringList {s("Action"), s("NotAction")} << 0;
    QTest::newRow("statement: Resource and NotResource missing")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": \"s3:*\"}") << s("MISSING_RESOURCE") << 2 << 1
        << QStringList {} << 0;
    QTest::newRow("statement: both Resource and NotResource")
        << inStatement("{\"Effect\": \"Deny\", \"Action\": \"s3:*\", \"Resource\": \"*\", \"NotResource\": \"x\"}")
        << s("RESOURCE_AND_NOTRESOURCE") << 2 << 55 << QStringList {s("Resource"), s("NotResource")} << 0;
    QTest::newRow("statement: Action is a number")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": 5, \"Resource\": \"*\"}") << type << 2 << 31
        << QStringList {s("Action"), s("string-or-array"), s("number")} << 0;
    QTest::newRow("statement: number inside the Action array")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": [\"s3:*\", 5], \"Resource\": \"*\"}") << type << 2 << 40
        << QStringList {s("Action"), s("string"), s("number")} << 0;
    QTest::newRow("statement: Resource is an object")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": {}}") << type << 2 << 51
        << QStringList {s("Resource"), s("string-or-array"), s("object")} << 0;
    QTest::newRow("statement: empty Action array")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": [], \"Resource\": \"*\"}") << s("EMPTY_ARRAY") << 2 << 31
        << QStringList {s("Action")} << 0;
    QTest::newRow("statement: Condition is an array")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\", \"Condition\": [\"x\"]}")
        << type << 2 << 69 << QStringList {s("Condition"), s("object"), s("array")} << 0;
    QTest::newRow("statement: condition operator holds a string") << inStatement(
        "{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\", \"Condition\": {\"Bool\": \"true\"}}")
                                                                  << type << 2 << 78
                                                                  << QStringList {s("Bool"), s("object"), s("string")}
                                                                  << 0;
    QTest::newRow("statement: condition value is null")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\",\n"
                       "\"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": null}}}")
        << type << 3 << 54 << QStringList {s("aws:MultiFactorAuthPresent"), s("string-or-array"), s("null")} << 0;
    QTest::newRow("statement: Principal in an identity policy")
        << inStatement("{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"s3:*\", \"Resource\": \"*\"}")
        << s("UNSUPPORTED_PRINCIPAL") << 2 << 21 << QStringList {s("Principal")} << 1;
    QTest::newRow("statement: NotPrincipal in an identity policy")
        << inStatement("{\"Effect\": \"Deny\", \"NotPrincipal\": {}, \"Action\": \"s3:*\", \"Resource\": \"*\"}")
        << s("UNSUPPORTED_PRINCIPAL") << 2 << 20 << QStringList {s("NotPrincipal")} << 1;
    QTest::newRow("statement: misspelt Effects")
        << inStatement("{\"Effects\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}")
        << s("INVALID_POLICY_ELEMENT") << 2 << 2 << QStringList {s("Effects"), s("statement"), s("Effect")} << 0;
    QTest::newRow("statement: lower-case resource")
        << inStatement("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"resource\": \"*\"}")
        << s("INVALID_POLICY_ELEMENT") << 2 << 39 << QStringList {s("resource"), s("statement"), s("Resource")} << 0;
    QTest::newRow("statement: Sid is a number")
        << inStatement("{\"Sid\": 1, \"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}") << type << 2
        << 9 << QStringList {s("Sid"), s("string"), s("number")} << 1;
}

void TestPolicySource::diagnostics()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, ruleId);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, args);
    QFETCH(int, usable);

    const PolicySource source = PolicySource::parse(text.toStdString());
    const Finding *match = nullptr;
    for (const Finding &finding : source.diagnostics()) {
        if (q(finding.ruleId) == ruleId && finding.range.line == line && finding.range.column == column) {
            match = &finding;
            break;
        }
    }
    QVERIFY2(match, qPrintable(describe(source)));
    QCOMPARE(argsOf(*match).mid(0, args.size()), args);
    QVERIFY(match->severity == (ruleId == QLatin1String("MISSING_VERSION") ? Severity::Warning : Severity::Error));
    QVERIFY(match->range.end >= match->range.begin);
    if (usable >= 0) {
        QVERIFY(!source.policy().statements.empty());
        QCOMPARE(source.policy().statements.front().usable, usable == 1);
    }
    const bool syntaxRule = ruleId.startsWith(QLatin1String("JSON_")) && ruleId != QLatin1String("JSON_DUPLICATE_KEY");
    if (syntaxRule) {
        QVERIFY(!source.isValidJson());
    }
}

void TestPolicySource::noDiagnostics_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("statements");

    QTest::newRow("single statement object instead of an array")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:*\", "
                      "\"Resource\": \"*\"}}")
        << 1;
    QTest::newRow("legacy version 2008-10-17")
        << QByteArray("{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", "
                      "\"NotResource\": [\"arn:aws:iam::*:user/a\"]}]}")
        << 1;
    QTest::newRow("Latin-1 letters are accepted")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"\xC3\xA9t\xC3\xA9\", \"Effect\": "
                      "\"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\"}]}")
        << 1;
    QTest::newRow("CR LF line endings and tabs")
        << QByteArray("{\r\n\t\"Version\": \"2012-10-17\",\r\n\t\"Statement\": {\"Effect\": "
                      "\"Allow\",\r\n\t\t\"Action\": \"*\", \"Resource\": \"*\"}\r\n}\r\n")
        << 1;
    QTest::newRow("escapes inside strings")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"a\\\"b\\\\c\\/d\\u0041\", \"Effect\": "
                      "\"Allow\", \"Action\": [\"s3:Get*\"], \"Resource\": \"*\", \"Condition\": {\"Bool\": "
                      "{\"aws:SecureTransport\": true}, \"NumericLessThan\": {\"aws:MultiFactorAuthAge\": 3600}}}]}")
        << 1;
}

void TestPolicySource::noDiagnostics()
{
    QFETCH(QByteArray, text);
    QFETCH(int, statements);
    const PolicySource source = PolicySource::parse(text.toStdString());
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source)));
    QVERIFY(source.isValidJson());
    QCOMPARE(static_cast<int>(source.policy().statements.size()), statements);
    for (const Statement &statement : source.policy().statements) {
        QVERIFY(statement.usable);
    }
}

void TestPolicySource::operators_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("op");
    QTest::addColumn<int>("qualifier");
    QTest::addColumn<bool>("ifExists");

    const auto op = [](ConditionOperator o) { return static_cast<int>(o); };
    const auto qual = [](SetQualifier s) { return static_cast<int>(s); };
    QTest::newRow("Bool") << QStringLiteral("Bool") << op(ConditionOperator::Bool) << qual(SetQualifier::None) << false;
    QTest::newRow("BoolIfExists") << QStringLiteral("BoolIfExists") << op(ConditionOperator::Bool)
                                  << qual(SetQualifier::None) << true;
    QTest::newRow("ForAnyValue:StringLike")
        << QStringLiteral("ForAnyValue:StringLike") << op(ConditionOperator::StringLike)
        << qual(SetQualifier::ForAnyValue) << false;
    QTest::newRow("ForAllValues:StringEqualsIfExists")
        << QStringLiteral("ForAllValues:StringEqualsIfExists") << op(ConditionOperator::StringEquals)
        << qual(SetQualifier::ForAllValues) << true;
    QTest::newRow("StringNotEqualsIgnoreCaseIfExists")
        << QStringLiteral("StringNotEqualsIgnoreCaseIfExists") << op(ConditionOperator::StringNotEqualsIgnoreCase)
        << qual(SetQualifier::None) << true;
    QTest::newRow("NumericLessThanEquals")
        << QStringLiteral("NumericLessThanEquals") << op(ConditionOperator::NumericLessThanEquals)
        << qual(SetQualifier::None) << false;
    QTest::newRow("ArnNotLike") << QStringLiteral("ArnNotLike") << op(ConditionOperator::ArnNotLike)
                                << qual(SetQualifier::None) << false;
    QTest::newRow("Null") << QStringLiteral("Null") << op(ConditionOperator::Null) << qual(SetQualifier::None) << false;
    QTest::newRow("NullIfExists is invalid")
        << QStringLiteral("NullIfExists") << op(ConditionOperator::Invalid) << qual(SetQualifier::None) << true;
    QTest::newRow("lower-case bool is invalid")
        << QStringLiteral("bool") << op(ConditionOperator::Invalid) << qual(SetQualifier::None) << false;
    QTest::newRow("lower-case stringequals is invalid")
        << QStringLiteral("stringequals") << op(ConditionOperator::Invalid) << qual(SetQualifier::None) << false;
    QTest::newRow("IfExists alone is invalid")
        << QStringLiteral("IfExists") << op(ConditionOperator::Invalid) << qual(SetQualifier::None) << true;
    QTest::newRow("lower-case set prefix is invalid")
        << QStringLiteral("forAnyValue:StringLike") << op(ConditionOperator::Invalid) << qual(SetQualifier::None)
        << false;
}

void TestPolicySource::operators()
{
    QFETCH(QString, name);
    const QByteArray text
        = inStatement(QByteArray("{\"Effect\": \"Allow\", \"Action\": \"s3:*\", \"Resource\": \"*\", \"Condition\": {\""
                                 + name.toLatin1() + "\": {\"aws:username\": \"alice\"}}}")
                          .constData());
    const PolicySource source = PolicySource::parse(text.toStdString());
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source)));
    QCOMPARE(source.policy().statements.size(), std::size_t(1));
    const auto &conditions = source.policy().statements.front().conditions;
    QCOMPARE(conditions.size(), std::size_t(1));
    const ConditionClause &clause = conditions.front();
    QCOMPARE(q(clause.operatorText), name);
    QTEST(static_cast<int>(clause.op), "op");
    QTEST(static_cast<int>(clause.qualifier), "qualifier");
    QTEST(clause.ifExists, "ifExists");
    QCOMPARE(q(clause.key), QStringLiteral("aws:username"));
    QCOMPARE(q(clause.pointer), QStringLiteral("/Statement/0/Condition/%1/aws:username").arg(name));
}

void TestPolicySource::model()
{
    const std::string text = R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "A\u00e9\ud83d\ude00\n\"/",
      "Effect": "Deny",
      "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "sts:GetSessionToken"],
      "NotResource": "arn:aws:iam::*:user/${aws:username}",
      "Condition": {
        "BoolIfExists": {"aws:MultiFactorAuthPresent": false},
        "NumericLessThan": {"aws:MultiFactorAuthAge": 1.50},
        "StringEquals": {"aws:username": ["alice", "bob"]}
      }
    }
  ]
})";
    const PolicySource source = PolicySource::parse(text, "model.json");
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source)));
    const Policy &policy = source.policy();
    QCOMPARE(q(policy.name), QStringLiteral("model.json"));
    QCOMPARE(policy.statements.size(), std::size_t(1));
    const Statement &statement = policy.statements.front();
    QCOMPARE(statement.sid.value_or(""), std::string("A\xC3\xA9\xF0\x9F\x98\x80\n\"/"));
    QVERIFY(statement.effect == Effect::Deny);
    QVERIFY(statement.notAction);
    QVERIFY(statement.notResource);
    QCOMPARE(statement.actions.size(), std::size_t(3));
    QCOMPARE(q(statement.actions[2].value), QStringLiteral("sts:GetSessionToken"));
    QCOMPARE(q(statement.actions[2].pointer), QStringLiteral("/Statement/0/NotAction/2"));
    QCOMPARE(statement.resources.size(), std::size_t(1));
    QCOMPARE(q(statement.resources[0].pointer), QStringLiteral("/Statement/0/NotResource"));
    QCOMPARE(statement.conditions.size(), std::size_t(3));
    const ConditionClause &mfa = statement.conditions[0];
    QVERIFY(mfa.op == ConditionOperator::Bool && mfa.ifExists);
    QCOMPARE(mfa.values.size(), std::size_t(1));
    QCOMPARE(q(mfa.values[0].value), QStringLiteral("false"));
    QCOMPARE(q(mfa.values[0].pointer),
             QStringLiteral("/Statement/0/Condition/BoolIfExists/aws:MultiFactorAuthPresent"));
    // A number keeps the text it was written with, not a re-serialised double.
    QCOMPARE(q(statement.conditions[1].values.at(0).value), QStringLiteral("1.50"));
    const ConditionClause &names = statement.conditions[2];
    QCOMPARE(names.values.size(), std::size_t(2));
    QCOMPARE(q(names.values[1].value), QStringLiteral("bob"));
    QCOMPARE(q(names.values[1].pointer), QStringLiteral("/Statement/0/Condition/StringEquals/aws:username/1"));
    // Every pointer of the model leads to a range of the text.
    QVERIFY(source.range(names.values[1].pointer).has_value());
    QCOMPARE(source.range(names.values[1].pointer)->line, 12);
}

void TestPolicySource::commentsAndTrailingCommas()
{
    // A policy as pasted from a wiki or blog post: comments and trailing commas.
    const std::string text = R"(// Force MFA, from our wiki
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BlockMostAccessUnlessSignedInWithMFA", // the important one
      "Effect": "Deny",
      /* everything except setting up MFA */
      "NotAction": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice",],
      "Resource": "*",
      "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}
    },
  ]
}
)";
    const PolicySource source = PolicySource::parse(text);
    QVERIFY(!source.isValidJson());
    QCOMPARE(
        ruleIds(source),
        (QStringList {QStringLiteral("JSON_COMMENT"), QStringLiteral("JSON_COMMENT"), QStringLiteral("JSON_COMMENT"),
                      QStringLiteral("JSON_TRAILING_COMMA"), QStringLiteral("JSON_TRAILING_COMMA")}));
    QCOMPARE(source.diagnostics()[0].range.line, 1);
    QCOMPARE(source.diagnostics()[1].range.line, 6);
    QCOMPARE(source.diagnostics()[1].range.column, 54);
    QCOMPARE(source.diagnostics()[3].range.line, 9);
    QCOMPARE(source.diagnostics()[3].range.column, 72);
    QCOMPARE(source.diagnostics()[4].range.line, 12);
    QCOMPARE(source.policy().statements.size(), std::size_t(1));
    const Statement &statement = source.policy().statements.front();
    QVERIFY(statement.usable);
    QCOMPARE(q(statement.sid.value_or("")), QStringLiteral("BlockMostAccessUnlessSignedInWithMFA"));
    QVERIFY(statement.notAction);
    QCOMPARE(statement.actions.size(), std::size_t(2));
    QCOMPARE(statement.conditions.size(), std::size_t(1));
}

void TestPolicySource::truncatedDocument()
{
    // Cut off while typing the second statement: the first is still modelled, and nothing is said about
    // the missing parts of the statement being typed.
    const std::string text = R"({"Version": "2012-10-17", "Statement": [
{"Sid": "First", "Effect": "Allow", "Action": "s3:*", "Resource": "*"},
{"Sid": "Second", "Effect": "Deny", "Act)";
    const PolicySource source = PolicySource::parse(text);
    QCOMPARE(ruleIds(source), QStringList {QStringLiteral("JSON_SYNTAX_ERROR")});
    const Finding &error = source.diagnostics().front();
    QCOMPARE(error.range.line, 3);
    QCOMPARE(error.range.column, 41);
    QCOMPARE(argsOf(error), (QStringList {QStringLiteral("string-end"), QString()}));
    const auto &statements = source.policy().statements;
    QCOMPARE(statements.size(), std::size_t(2));
    QVERIFY(statements[0].usable);
    QCOMPARE(q(statements[0].sid.value_or("")), QStringLiteral("First"));
    QCOMPARE(q(statements[1].sid.value_or("")), QStringLiteral("Second"));
    QVERIFY(!statements[1].usable);
    QCOMPARE(q(source.json().value("Version", std::string())), QStringLiteral("2012-10-17"));
    // The unfinished statement still has a range, from its brace to where the text stops.
    const auto range = source.range("/Statement/1");
    QVERIFY(range.has_value());
    QCOMPARE(range->line, 3);
    QCOMPARE(range->end, text.size());
}

void TestPolicySource::duplicateKeyKeepsFirst()
{
    const std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": [], \"Version\": \"2008-10-17\"}";
    const PolicySource source = PolicySource::parse(text);
    QCOMPARE(ruleIds(source), (QStringList {QStringLiteral("EMPTY_ARRAY"), QStringLiteral("JSON_DUPLICATE_KEY")}));
    QVERIFY(source.isValidJson());
    QCOMPARE(q(source.json()["Version"].get<std::string>()), QStringLiteral("2012-10-17"));
    QCOMPARE(q(source.policy().version.value_or("")), QStringLiteral("2012-10-17"));
    QCOMPARE(source.range("/Version")->begin, std::size_t(12));
    QCOMPARE(source.diagnostics()[1].range.begin, std::size_t(43));
}

void TestPolicySource::robustness_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("ruleId");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("args");

    const QString syntax = QStringLiteral("JSON_SYNTAX_ERROR");
    QTest::newRow("robustness: empty text")
        << QByteArray() << syntax << 1 << 1 << QStringList {QStringLiteral("value"), QString()};
    QTest::newRow("robustness: only whitespace")
        << QByteArray("  \n\t ") << syntax << 2 << 3 << QStringList {QStringLiteral("value"), QString()};
    QTest::newRow("robustness: binary bytes with NULs")
        << QByteArray("\x00\x01\x02{\xFF\xFE\x00", 7) << syntax << 1 << 1
        << QStringList {QStringLiteral("value"), QStringLiteral("U+0000")};
    QTest::newRow("robustness: NUL bytes are unsupported characters")
        << QByteArray("\x00\x01\x02{\xFF\xFE\x00", 7) << QStringLiteral("UNSUPPORTED_CHARACTER") << 1 << 1
        << QStringList {QStringLiteral("U+0000"), QStringLiteral("3")};
    QTest::newRow("robustness: invalid UTF-8 in a value")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": [], \"Sid\": \"\xC3\x28\"}")
        << QStringLiteral("UNSUPPORTED_CHARACTER") << 1 << 52
        << QStringList {QStringLiteral("0xC3"), QStringLiteral("1")};
    QTest::newRow("robustness: 100000 nested arrays")
        << QByteArray(100000, '[') << QStringLiteral("JSON_NESTING_TOO_DEEP") << 1 << 257
        << QStringList {QStringLiteral("256")};
    QTest::newRow("robustness: 100000 nested objects")
        << QByteArray("{\"a\":").repeated(100000) << QStringLiteral("JSON_NESTING_TOO_DEEP") << 1 << 1281
        << QStringList {QStringLiteral("256")};
    QTest::newRow("robustness: unterminated string") << QByteArray("{\"Version\": \"2012-10-17") << syntax << 1 << 24
                                                     << QStringList {QStringLiteral("string-end"), QString()};
    QTest::newRow("robustness: truncated document")
        << QByteArray("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\"") << syntax << 1 << 59
        << QStringList {QStringLiteral("comma-or-object-end"), QString()};
    QTest::newRow("robustness: statement is a number") << inStatement("42") << QStringLiteral("INVALID_STATEMENT_TYPE")
                                                       << 2 << 1 << QStringList {QStringLiteral("number")};
    QTest::newRow("robustness: document is a string")
        << QByteArray("\"hello\"") << QStringLiteral("INVALID_ELEMENT_TYPE") << 1 << 1
        << QStringList {QStringLiteral("Policy"), QStringLiteral("object"), QStringLiteral("string")};
    QTest::newRow("robustness: byte order mark")
        << QByteArray("\xEF\xBB\xBF{\"Version\": \"2012-10-17\", \"Statement\": []}")
        << QStringLiteral("UNSUPPORTED_CHARACTER") << 1 << 1 << QStringList {QStringLiteral("U+FEFF")};
    QTest::newRow("robustness: huge number") << QByteArray("{\"a\": 1e999999, \"b\": -99999999999999999999999}")
                                             << QStringLiteral("MISSING_STATEMENT") << 1 << 1 << QStringList {};
    QByteArray wide("{");
    for (int i = 0; i < 100000; ++i) {
        wide += "\"k" + QByteArray::number(i) + "\": 1, ";
    }
    wide += "\"k5\": 2}";
    QTest::newRow("robustness: object with 100000 members and a duplicate")
        << wide << QStringLiteral("JSON_DUPLICATE_KEY") << 1 << wide.size() - 7 << QStringList {QStringLiteral("k5")};
}

void TestPolicySource::robustness()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, ruleId);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QStringList, args);
    const PolicySource source = PolicySource::parse(text.toStdString());
    const Finding *finding = findRule(source, ruleId);
    QVERIFY2(finding, qPrintable(describe(source).left(2000)));
    QCOMPARE(finding->range.line, line);
    QCOMPARE(finding->range.column, column);
    QCOMPARE(argsOf(*finding).mid(0, args.size()), args);
    // Whatever was read can be serialised again (invalid UTF-8 was replaced, not kept).
    const std::string dumped = source.json().dump();
    QVERIFY(!dumped.empty());
    // The cursor can be anywhere without trouble.
    for (std::size_t offset = 0; offset <= static_cast<std::size_t>(text.size());
         offset += std::max<std::size_t>(1, text.size() / 50)) {
        const std::string pointer = source.pointerAt(offset);
        if (!pointer.empty()) {
            QVERIFY(source.range(pointer).has_value());
        }
    }
}

void TestPolicySource::largeDocument()
{
    std::size_t statements = 0;
    const std::string text = bigPolicy(10 * 1024 * 1024, statements);
    QVERIFY(text.size() >= 10u * 1024 * 1024);
    const PolicySource source = PolicySource::parse(text);
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source).left(2000)));
    QCOMPARE(source.policy().statements.size(), statements);
    const std::string last = "/Statement/" + std::to_string(statements - 1);
    QCOMPARE(q(source.policy().statements.back().sid.value_or("")), QStringLiteral("S%1").arg(statements - 1));
    QVERIFY(source.range(last).has_value());
    QCOMPARE(source.range(last)->end, text.size() - 2);
    QCOMPARE(q(source.pointerAt(text.size() - 5)), q(last + "/Condition/BoolIfExists"));
}

void TestPolicySource::keyOrder()
{
    // Elements in an unusual order stay in that order, as a migration must keep the user's layout.
    const std::string text = R"({"Statement": [{"Resource": "*", "Condition": {"StringLike": {"b": "1", "a": "2"}},
 "Action": "s3:*", "Effect": "Allow", "Sid": "Z"}], "Version": "2012-10-17"})";
    const PolicySource source = PolicySource::parse(text);
    QVERIFY2(source.diagnostics().empty(), qPrintable(describe(source)));
    QStringList top;
    for (const auto &item : source.json().items()) {
        top << q(item.key());
    }
    QCOMPARE(top, (QStringList {QStringLiteral("Statement"), QStringLiteral("Version")}));
    QStringList statement;
    for (const auto &item : source.json()["Statement"][0].items()) {
        statement << q(item.key());
    }
    QCOMPARE(statement,
             (QStringList {QStringLiteral("Resource"), QStringLiteral("Condition"), QStringLiteral("Action"),
                           QStringLiteral("Effect"), QStringLiteral("Sid")}));
    // The value equals what a strict parser reads, byte for byte when serialised.
    for (const char *file : {"mfa-selfmanage_2022-12.json", "ec2-require-mfa_2022-12.json"}) {
        const std::string sample = readSample(QString::fromLatin1(file));
        QCOMPARE(PolicySource::parse(sample).json().dump(), nlohmann::ordered_json::parse(sample).dump());
    }
}

void TestPolicySource::fromJson()
{
    const auto value = nlohmann::ordered_json::parse(R"({"Statement": {"Effect": "Deny", "NotAction": "iam:*",
        "Resource": "*", "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": 3600},
        "Bool": {"aws:MultiFactorAuthPresent": false}}, "Effects": 1}})");
    const PolicySource source = PolicySource::fromJson(value, "request-1");
    QCOMPARE(q(source.name()), QStringLiteral("request-1"));
    QCOMPARE(ruleIds(source),
             (QStringList {QStringLiteral("INVALID_POLICY_ELEMENT"), QStringLiteral("MISSING_VERSION")}));
    QCOMPARE(q(source.diagnostics()[0].pointer), QStringLiteral("/Statement/Effects"));
    QVERIFY(!source.range("/Statement").has_value());
    QCOMPARE(q(source.pointerAt(5)), QString());
    const auto &statements = source.policy().statements;
    QCOMPARE(statements.size(), std::size_t(1));
    QCOMPARE(q(statements[0].pointer), QStringLiteral("/Statement"));
    QVERIFY(statements[0].usable);
    QVERIFY(!source.policy().variablesEnabled());
    QCOMPARE(q(statements[0].conditions[0].values[0].value), QStringLiteral("3600"));
    QCOMPARE(q(statements[0].conditions[1].values[0].value), QStringLiteral("false"));

    const PolicySource broken = PolicySource::fromJson(nlohmann::ordered_json::parse(R"({"Version": "2012-10-17",
        "Statement": [{"Effect": "Permit", "Action": [], "Resource": "*"}]})"));
    QCOMPARE(ruleIds(broken), (QStringList {QStringLiteral("INVALID_EFFECT"), QStringLiteral("EMPTY_ARRAY")}));
    QVERIFY(!broken.policy().statements.at(0).usable);
    QVERIFY(!PolicySource::fromJson(nlohmann::ordered_json::array()).diagnostics().empty());
}

void TestPolicySource::lineTable()
{
    // LF, CR LF and a lone CR each end a line.
    const PolicySource source = PolicySource::parse("a\r\nb\rc\nd");
    QCOMPARE(source.rangeAt(3, 4).line, 2);
    QCOMPARE(source.rangeAt(3, 4).column, 1);
    QCOMPARE(source.rangeAt(5, 6).line, 3);
    QCOMPARE(source.rangeAt(7, 8).line, 4);
    QCOMPARE(source.rangeAt(1, 2).column, 2);
    // Offsets past the end are clamped to the end of the text.
    const SourceRange clamped = source.rangeAt(100, 200);
    QCOMPARE(clamped.begin, std::size_t(8));
    QCOMPARE(clamped.end, std::size_t(8));
    QCOMPARE(clamped.line, 4);
    QCOMPARE(clamped.column, 2);
}

void TestPolicySource::readingFailureIsReportedAsWhatItIs()
{
    // Out of memory is the document's size; any other failure is a defect and says what it was.
    const Finding memory = detail::parserFailureDiagnostic(std::make_exception_ptr(std::bad_alloc()));
    QCOMPARE(q(memory.ruleId), QStringLiteral("JSON_SYNTAX_ERROR"));
    QCOMPARE(q(memory.args.at(0)), QStringLiteral("document-size"));
    const Finding length
        = detail::parserFailureDiagnostic(std::make_exception_ptr(std::length_error("vector::reserve")));
    QCOMPARE(q(length.ruleId), QStringLiteral("JSON_SYNTAX_ERROR"));
    QCOMPARE(q(length.args.at(0)), QStringLiteral("document-size"));
    const Finding other
        = detail::parserFailureDiagnostic(std::make_exception_ptr(std::out_of_range("node index 7 out of range")));
    QCOMPARE(q(other.ruleId), QStringLiteral("INTERNAL_ERROR"));
    QCOMPARE(argsOf(other), QStringList {QStringLiteral("node index 7 out of range")});
    QCOMPARE(detail::parserFailureDiagnostic(std::make_exception_ptr(42)).ruleId, std::string("INTERNAL_ERROR"));
}

void TestPolicySource::emptyListsAreErrorsAndCannotBeEvaluated_data()
{
    // IAM rejects an empty Action or Resource list when the policy is saved (MalformedPolicyDocument).
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("reason");
    QTest::newRow("Action") << QStringLiteral(R"({"Effect": "Deny", "Action": [], "Resource": "*"})")
                            << QStringLiteral("/Statement/0/Action") << int(SkipReason::EmptyAction);
    QTest::newRow("NotAction") << QStringLiteral(R"({"Effect": "Deny", "NotAction": [], "Resource": "*"})")
                               << QStringLiteral("/Statement/0/NotAction") << int(SkipReason::EmptyAction);
    QTest::newRow("Resource") << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": []})")
                              << QStringLiteral("/Statement/0/Resource") << int(SkipReason::EmptyResource);
    QTest::newRow("NotResource") << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "NotResource": []})")
                                 << QStringLiteral("/Statement/0/NotResource") << int(SkipReason::EmptyResource);
    QTest::newRow("condition values") << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"StringEquals": {"aws:username": []}}})")
                                      << QStringLiteral("/Statement/0/Condition/StringEquals/aws:username")
                                      << int(SkipReason::EmptyConditionValues);
}

void TestPolicySource::emptyListsAreErrorsAndCannotBeEvaluated()
{
    QFETCH(QString, statement);
    QFETCH(QString, pointer);
    QFETCH(int, reason);
    const PolicySource source = PolicySource::parse(
        QString(QStringLiteral(R"({"Version": "2012-10-17", "Statement": [)") + statement + QStringLiteral("]}"))
            .toStdString());
    QCOMPARE(source.diagnostics().size(), std::size_t(1));
    const Finding &finding = source.diagnostics().front();
    QCOMPARE(q(finding.ruleId), QStringLiteral("EMPTY_ARRAY"));
    QCOMPARE(finding.severity, Severity::Error);
    QCOMPARE(q(finding.pointer), pointer);
    const Statement &parsed = source.policy().statements.at(0);
    QVERIFY(!parsed.usable);
    QCOMPARE(parsed.problems.size(), std::size_t(1));
    QCOMPARE(int(parsed.problems[0].reason), reason);
    QCOMPARE(q(parsed.problems[0].pointer), pointer);
}

QTEST_GUILESS_MAIN(TestPolicySource)
#include "tst_policysource.moc"
