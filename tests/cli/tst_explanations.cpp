// Explanations of condition operators say what happened, in English and Japanese. Negated
// operators are the case to get right: their several values act as AND ("must match none"), and
// a missing key makes them true (reference_policies_multi-value-conditions,
// reference_policies_elements_condition_operators). Every expected sentence is written by hand.
#include "evaluator.h"
#include "policysource.h"
#include "texts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QTranslator>

using namespace mfapolicy;

namespace {

QString japaneseQm()
{
    // The compiled translation next to the command line that the cli tests run.
    const QFileInfo exe(qEnvironmentVariable("MFA_POLICY_EXE"));
    return exe.absoluteDir().filePath(QStringLiteral("../../translations/mfa-policy-studio_ja.qm"));
}

QString jsonStrings(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << QLatin1Char('"') + value + QLatin1Char('"');
    return QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']');
}

} // namespace

class TestExplanations : public QObject
{
    Q_OBJECT

    QTranslator m_japanese;

private slots:
    void initTestCase() { QVERIFY2(m_japanese.load(japaneseQm()), qPrintable(japaneseQm())); }

    void cleanup() { QCoreApplication::removeTranslator(&m_japanese); }

    void condition_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("policyValues");
        QTest::addColumn<QStringList>("requestValues"); // empty: the key is absent
        QTest::addColumn<QString>("expected");

        const QString en = QStringLiteral("en");
        const QString ja = QStringLiteral("ja");
        const QString user = QStringLiteral("aws:username");
        const QStringList aliceBob {QStringLiteral("alice"), QStringLiteral("bob")};
        const QStringList alice {QStringLiteral("alice")};
        const QStringList carol {QStringLiteral("carol")};
        const QStringList bob {QStringLiteral("bob")};
        const QString ip = QStringLiteral("aws:SourceIp");
        const QStringList ranges {QStringLiteral("10.0.0.0/8"), QStringLiteral("192.0.2.0/24")};
        const QString principal = QStringLiteral("aws:PrincipalArn");
        const QStringList admins {QStringLiteral("arn:aws:iam::*:user/admin-*"),
                                  QStringLiteral("arn:aws:iam::*:user/root-*")};
        const QStringList aliceArn {QStringLiteral("arn:aws:iam::123456789012:user/alice")};
        const QStringList adminArn {QStringLiteral("arn:aws:iam::123456789012:user/admin-carol")};

        // StringNotEquals: several values are AND.
        QTest::newRow("StringNotEquals, several values, equals none")
            << en << QStringLiteral("StringNotEquals") << user << aliceBob << carol
            << QStringLiteral("Denied by Guard: StringNotEquals aws:username: the request value \"carol\" equals "
                              "none of \"alice\", \"bob\"");
        QTest::newRow("StringNotEquals, several values, equals one")
            << en << QStringLiteral("StringNotEquals") << user << aliceBob << bob
            << QStringLiteral("Guard does not apply: StringNotEquals aws:username: the request value \"bob\" equals "
                              "\"bob\", one of \"alice\", \"bob\"");
        QTest::newRow("StringNotEquals, one value, differs")
            << en << QStringLiteral("StringNotEquals") << user << alice << carol
            << QStringLiteral("Denied by Guard: StringNotEquals aws:username: the request value \"carol\" does not "
                              "equal \"alice\"");
        QTest::newRow("StringNotEquals, one value, equal")
            << en << QStringLiteral("StringNotEquals") << user << alice << alice
            << QStringLiteral(
                   "Guard does not apply: StringNotEquals aws:username: the request value \"alice\" equals \"alice\"");
        QTest::newRow("StringNotEquals, key absent")
            << en << QStringLiteral("StringNotEquals") << user << aliceBob << QStringList()
            << QStringLiteral("Denied by Guard: this request has no aws:username key, and the negated operator "
                              "StringNotEquals matches a missing key");
        QTest::newRow("StringNotEqualsIfExists, key present, equals none")
            << en << QStringLiteral("StringNotEqualsIfExists") << user << aliceBob << carol
            << QStringLiteral("Denied by Guard: StringNotEqualsIfExists aws:username: the request value \"carol\" "
                              "equals none of \"alice\", \"bob\"");
        QTest::newRow("StringNotEqualsIfExists, key present, equals one")
            << en << QStringLiteral("StringNotEqualsIfExists") << user << aliceBob << alice
            << QStringLiteral("Guard does not apply: StringNotEqualsIfExists aws:username: the request value "
                              "\"alice\" equals \"alice\", one of \"alice\", \"bob\"");
        QTest::newRow("StringNotEqualsIfExists, key absent")
            << en << QStringLiteral("StringNotEqualsIfExists") << user << aliceBob << QStringList()
            << QStringLiteral("Denied by Guard: this request has no aws:username key, and StringNotEqualsIfExists "
                              "treats a missing key as a match");
        QTest::newRow("StringNotEqualsIgnoreCase, equals one but for case")
            << en << QStringLiteral("StringNotEqualsIgnoreCase") << user << aliceBob
            << QStringList {QStringLiteral("BOB")}
            << QStringLiteral("Guard does not apply: StringNotEqualsIgnoreCase aws:username: the request value \"BOB\" "
                              "equals \"bob\" (ignoring case), one of \"alice\", \"bob\"");
        QTest::newRow("StringNotEqualsIgnoreCase, equals none")
            << en << QStringLiteral("StringNotEqualsIgnoreCase") << user << aliceBob << carol
            << QStringLiteral("Denied by Guard: StringNotEqualsIgnoreCase aws:username: the request value \"carol\" "
                              "equals none of \"alice\", \"bob\", even ignoring case");
        QTest::newRow("StringNotLike, matches none")
            << en << QStringLiteral("StringNotLike") << user
            << QStringList {QStringLiteral("admin-*"), QStringLiteral("root")} << carol
            << QStringLiteral("Denied by Guard: StringNotLike aws:username: the request value \"carol\" matches none "
                              "of \"admin-*\", \"root\"");
        QTest::newRow("StringNotLike, matches one")
            << en << QStringLiteral("StringNotLike") << user
            << QStringList {QStringLiteral("admin-*"), QStringLiteral("root")}
            << QStringList {QStringLiteral("admin-carol")}
            << QStringLiteral("Guard does not apply: StringNotLike aws:username: the request value \"admin-carol\" "
                              "matches \"admin-*\", one of \"admin-*\", \"root\"");
        QTest::newRow("ArnNotLike, matches none")
            << en << QStringLiteral("ArnNotLike") << principal << admins << aliceArn
            << QStringLiteral(
                   "Denied by Guard: ArnNotLike aws:PrincipalArn: the request value "
                   "\"arn:aws:iam::123456789012:user/alice\" matches none of \"arn:aws:iam::*:user/admin-*\", "
                   "\"arn:aws:iam::*:user/root-*\"");
        QTest::newRow("ArnNotLike, matches one")
            << en << QStringLiteral("ArnNotLike") << principal << admins << adminArn
            << QStringLiteral("Guard does not apply: ArnNotLike aws:PrincipalArn: the request value "
                              "\"arn:aws:iam::123456789012:user/admin-carol\" matches \"arn:aws:iam::*:user/admin-*\", "
                              "one of \"arn:aws:iam::*:user/admin-*\", \"arn:aws:iam::*:user/root-*\"");
        QTest::newRow("ArnNotEquals, one value, differs")
            << en << QStringLiteral("ArnNotEquals") << principal << aliceArn << adminArn
            << QStringLiteral("Denied by Guard: ArnNotEquals aws:PrincipalArn: the request value "
                              "\"arn:aws:iam::123456789012:user/admin-carol\" does not match "
                              "\"arn:aws:iam::123456789012:user/alice\"");
        QTest::newRow("ArnNotEquals, key absent")
            << en << QStringLiteral("ArnNotEquals") << principal << aliceArn << QStringList()
            << QStringLiteral("Denied by Guard: this request has no aws:PrincipalArn key, and the negated operator "
                              "ArnNotEquals matches a missing key");
        QTest::newRow("NotIpAddress, in none of the ranges")
            << en << QStringLiteral("NotIpAddress") << ip << ranges << QStringList {QStringLiteral("203.0.113.5")}
            << QStringLiteral(
                   "Denied by Guard: NotIpAddress aws:SourceIp: the request value \"203.0.113.5\" is in none "
                   "of \"10.0.0.0/8\", \"192.0.2.0/24\"");
        QTest::newRow("NotIpAddress, in one of the ranges")
            << en << QStringLiteral("NotIpAddress") << ip << ranges << QStringList {QStringLiteral("192.0.2.7")}
            << QStringLiteral("Guard does not apply: NotIpAddress aws:SourceIp: the request value \"192.0.2.7\" is in "
                              "\"192.0.2.0/24\", one of \"10.0.0.0/8\", \"192.0.2.0/24\"");
        QTest::newRow("NotIpAddressIfExists, key absent")
            << en << QStringLiteral("NotIpAddressIfExists") << ip << ranges << QStringList()
            << QStringLiteral("Denied by Guard: this request has no aws:SourceIp key, and NotIpAddressIfExists treats "
                              "a missing key as a match");
        QTest::newRow("NumericNotEquals, equals none")
            << en << QStringLiteral("NumericNotEquals") << QStringLiteral("aws:MultiFactorAuthAge")
            << QStringList {QStringLiteral("0"), QStringLiteral("60")} << QStringList {QStringLiteral("3600")}
            << QStringLiteral("Denied by Guard: NumericNotEquals aws:MultiFactorAuthAge: the request value \"3600\" "
                              "equals none of \"0\", \"60\"");
        QTest::newRow("NumericNotEquals, equals one")
            << en << QStringLiteral("NumericNotEquals") << QStringLiteral("aws:MultiFactorAuthAge")
            << QStringList {QStringLiteral("0"), QStringLiteral("60")} << QStringList {QStringLiteral("60")}
            << QStringLiteral("Guard does not apply: NumericNotEquals aws:MultiFactorAuthAge: the request value \"60\" "
                              "equals \"60\", one of \"0\", \"60\"");
        QTest::newRow("DateNotEquals, equal")
            << en << QStringLiteral("DateNotEquals") << QStringLiteral("aws:CurrentTime")
            << QStringList {QStringLiteral("2024-01-01T00:00:00Z")}
            << QStringList {QStringLiteral("2024-01-01T00:00:00Z")}
            << QStringLiteral("Guard does not apply: DateNotEquals aws:CurrentTime: the request value "
                              "\"2024-01-01T00:00:00Z\" equals \"2024-01-01T00:00:00Z\"");
        QTest::newRow("DateNotEquals, differs")
            << en << QStringLiteral("DateNotEquals") << QStringLiteral("aws:CurrentTime")
            << QStringList {QStringLiteral("2024-01-01T00:00:00Z")}
            << QStringList {QStringLiteral("2024-06-01T00:00:00Z")}
            << QStringLiteral("Denied by Guard: DateNotEquals aws:CurrentTime: the request value "
                              "\"2024-06-01T00:00:00Z\" does not equal \"2024-01-01T00:00:00Z\"");
        // Positive operators: several values are OR; the one that matched is named.
        QTest::newRow("StringEquals, several values, equals one")
            << en << QStringLiteral("StringEquals") << user << aliceBob << bob
            << QStringLiteral("Denied by Guard: StringEquals aws:username: the request value \"bob\" matches \"bob\", "
                              "one of \"alice\", \"bob\"");
        QTest::newRow("StringEquals, several values, equals none")
            << en << QStringLiteral("StringEquals") << user << aliceBob << carol
            << QStringLiteral("Guard does not apply: StringEquals aws:username: the request value \"carol\" matches "
                              "none of \"alice\", \"bob\"");
        // Set operators over a multivalued key.
        QTest::newRow("ForAllValues:StringNotLike, no tag key matches")
            << en << QStringLiteral("ForAllValues:StringNotLike") << QStringLiteral("aws:TagKeys")
            << QStringList {QStringLiteral("admin*")} << QStringList {QStringLiteral("team"), QStringLiteral("owner")}
            << QStringLiteral("Denied by Guard: ForAllValues:StringNotLike aws:TagKeys: none of the request values "
                              "\"team\", \"owner\" matches any of \"admin*\"");
        QTest::newRow("ForAnyValue:StringNotLike, every tag key matches")
            << en << QStringLiteral("ForAnyValue:StringNotLike") << QStringLiteral("aws:TagKeys")
            << QStringList {QStringLiteral("admin*")}
            << QStringList {QStringLiteral("admin-team"), QStringLiteral("admin-owner")}
            << QStringLiteral("Guard does not apply: ForAnyValue:StringNotLike aws:TagKeys: each of the request values "
                              "\"admin-team\", \"admin-owner\" matches one of \"admin*\"");

        // Japanese.
        QTest::newRow("ja: StringNotEquals, several values, equals none")
            << ja << QStringLiteral("StringNotEquals") << user << aliceBob << carol
            << QStringLiteral("Guard により拒否: StringNotEquals aws:username: リクエストの値 \"carol\" は \"alice\", "
                              "\"bob\" のいずれとも等しくありません");
        QTest::newRow("ja: StringNotEquals, several values, equals one")
            << ja << QStringLiteral("StringNotEquals") << user << aliceBob << bob
            << QStringLiteral(
                   "Guard は適用されません: StringNotEquals aws:username: リクエストの値 \"bob\" は \"alice\", "
                   "\"bob\" のうちの \"bob\" と等しい値です");
        QTest::newRow("ja: StringNotEquals, one value, differs")
            << ja << QStringLiteral("StringNotEquals") << user << alice << carol
            << QStringLiteral("Guard により拒否: StringNotEquals aws:username: リクエストの値 \"carol\" は \"alice\" "
                              "と等しくありません");
        QTest::newRow("ja: StringNotEquals, key absent")
            << ja << QStringLiteral("StringNotEquals") << user << aliceBob << QStringList()
            << QStringLiteral("Guard により拒否: このリクエストには aws:username キーがなく、否定の演算子 "
                              "StringNotEquals はキーがない場合に一致します");
        QTest::newRow("ja: StringNotEqualsIfExists, key absent")
            << ja << QStringLiteral("StringNotEqualsIfExists") << user << aliceBob << QStringList()
            << QStringLiteral("Guard により拒否: このリクエストには aws:username キーがなく、"
                              "StringNotEqualsIfExists はキーがない場合を一致として扱います");
        QTest::newRow("ja: StringNotEqualsIgnoreCase, equals one but for case")
            << ja << QStringLiteral("StringNotEqualsIgnoreCase") << user << aliceBob
            << QStringList {QStringLiteral("BOB")}
            << QStringLiteral(
                   "Guard は適用されません: StringNotEqualsIgnoreCase aws:username: リクエストの値 \"BOB\" は"
                   "大文字と小文字を区別しないと \"alice\", \"bob\" のうちの \"bob\" と等しい値です");
        QTest::newRow("ja: StringNotLike, matches one")
            << ja << QStringLiteral("StringNotLike") << user
            << QStringList {QStringLiteral("admin-*"), QStringLiteral("root")}
            << QStringList {QStringLiteral("admin-carol")}
            << QStringLiteral("Guard は適用されません: StringNotLike aws:username: リクエストの値 \"admin-carol\" が "
                              "\"admin-*\", \"root\" のうちの \"admin-*\" に一致します");
        QTest::newRow("ja: ArnNotLike, matches none")
            << ja << QStringLiteral("ArnNotLike") << principal << admins << aliceArn
            << QStringLiteral("Guard により拒否: ArnNotLike aws:PrincipalArn: リクエストの値 "
                              "\"arn:aws:iam::123456789012:user/alice\" は \"arn:aws:iam::*:user/admin-*\", "
                              "\"arn:aws:iam::*:user/root-*\" のいずれにも一致しません");
        QTest::newRow("ja: NotIpAddress, in none of the ranges")
            << ja << QStringLiteral("NotIpAddress") << ip << ranges << QStringList {QStringLiteral("203.0.113.5")}
            << QStringLiteral("Guard により拒否: NotIpAddress aws:SourceIp: リクエストの値 \"203.0.113.5\" は "
                              "\"10.0.0.0/8\", \"192.0.2.0/24\" のいずれの範囲にも含まれません");
        QTest::newRow("ja: NotIpAddress, in one of the ranges")
            << ja << QStringLiteral("NotIpAddress") << ip << ranges << QStringList {QStringLiteral("192.0.2.7")}
            << QStringLiteral("Guard は適用されません: NotIpAddress aws:SourceIp: リクエストの値 \"192.0.2.7\" は "
                              "\"10.0.0.0/8\", \"192.0.2.0/24\" のうちの \"192.0.2.0/24\" の範囲に含まれます");
        QTest::newRow("ja: NumericNotEquals, equals one")
            << ja << QStringLiteral("NumericNotEquals") << QStringLiteral("aws:MultiFactorAuthAge")
            << QStringList {QStringLiteral("0"), QStringLiteral("60")} << QStringList {QStringLiteral("60")}
            << QStringLiteral(
                   "Guard は適用されません: NumericNotEquals aws:MultiFactorAuthAge: リクエストの値 \"60\" は "
                   "\"0\", \"60\" のうちの \"60\" と等しい値です");
        QTest::newRow("ja: DateNotEquals, differs")
            << ja << QStringLiteral("DateNotEquals") << QStringLiteral("aws:CurrentTime")
            << QStringList {QStringLiteral("2024-01-01T00:00:00Z")}
            << QStringList {QStringLiteral("2024-06-01T00:00:00Z")}
            << QStringLiteral("Guard により拒否: DateNotEquals aws:CurrentTime: リクエストの値 "
                              "\"2024-06-01T00:00:00Z\" は \"2024-01-01T00:00:00Z\" と等しくありません");
    }

    void condition()
    {
        QFETCH(QString, language);
        QFETCH(QString, op);
        QFETCH(QString, key);
        QFETCH(QStringList, policyValues);
        QFETCH(QStringList, requestValues);
        QFETCH(QString, expected);
        if (language == QLatin1String("ja"))
            QVERIFY(QCoreApplication::installTranslator(&m_japanese));

        const QString json = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Guard\", "
                                            "\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\", "
                                            "\"Condition\": {\"%1\": {\"%2\": %3}}}]}")
                                 .arg(op, key, jsonStrings(policyValues));
        const PolicySource source = PolicySource::parse(json.toStdString(), "guard.json");
        QVERIFY(source.diagnostics().empty());
        Request request;
        request.principal = "arn:aws:iam::123456789012:user/alice";
        request.action = "s3:ListAllMyBuckets";
        request.resource = "*";
        std::vector<std::string> values;
        for (const QString &value : std::as_const(requestValues))
            values.push_back(value.toStdString());
        if (values.size() == 1)
            request.context.set(key.toStdString(), values.front());
        else if (!values.empty())
            request.context.setMulti(key.toStdString(), values);
        const Policy *policies[] = {&source.policy()};
        const Evaluation evaluation = evaluate(source.policy(), request);
        QCOMPARE(evaluation.trace.size(), std::size_t(1));
        QCOMPARE(Texts::statementExplanation(policies, evaluation.trace.front(), request), expected);
    }
};

QTEST_GUILESS_MAIN(TestExplanations)
#include "tst_explanations.moc"
