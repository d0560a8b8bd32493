// Condition operators (SEMANTICS §5, §6, §10). Each row puts one condition on an
// "Allow * on *" statement and checks the decision a user would see plus the reason the trace gives.

#include "evaluator.h"
#include "testcontext.h"

#include <QtTest>

#include <map>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::MatchReason)

namespace {

/// Splits "ForAnyValue:StringLikeIfExists" the way the policy grammar defines it.
ConditionClause clauseFor(const QString &operatorText, const QString &key, const QStringList &values)
{
    static const std::map<QString, ConditionOperator> operators = {
        {QStringLiteral("StringEquals"), ConditionOperator::StringEquals},
        {QStringLiteral("StringNotEquals"), ConditionOperator::StringNotEquals},
        {QStringLiteral("StringEqualsIgnoreCase"), ConditionOperator::StringEqualsIgnoreCase},
        {QStringLiteral("StringNotEqualsIgnoreCase"), ConditionOperator::StringNotEqualsIgnoreCase},
        {QStringLiteral("StringLike"), ConditionOperator::StringLike},
        {QStringLiteral("StringNotLike"), ConditionOperator::StringNotLike},
        {QStringLiteral("NumericEquals"), ConditionOperator::NumericEquals},
        {QStringLiteral("NumericNotEquals"), ConditionOperator::NumericNotEquals},
        {QStringLiteral("NumericLessThan"), ConditionOperator::NumericLessThan},
        {QStringLiteral("NumericLessThanEquals"), ConditionOperator::NumericLessThanEquals},
        {QStringLiteral("NumericGreaterThan"), ConditionOperator::NumericGreaterThan},
        {QStringLiteral("NumericGreaterThanEquals"), ConditionOperator::NumericGreaterThanEquals},
        {QStringLiteral("DateEquals"), ConditionOperator::DateEquals},
        {QStringLiteral("DateNotEquals"), ConditionOperator::DateNotEquals},
        {QStringLiteral("DateLessThan"), ConditionOperator::DateLessThan},
        {QStringLiteral("DateLessThanEquals"), ConditionOperator::DateLessThanEquals},
        {QStringLiteral("DateGreaterThan"), ConditionOperator::DateGreaterThan},
        {QStringLiteral("DateGreaterThanEquals"), ConditionOperator::DateGreaterThanEquals},
        {QStringLiteral("Bool"), ConditionOperator::Bool},
        {QStringLiteral("BinaryEquals"), ConditionOperator::BinaryEquals},
        {QStringLiteral("IpAddress"), ConditionOperator::IpAddress},
        {QStringLiteral("NotIpAddress"), ConditionOperator::NotIpAddress},
        {QStringLiteral("ArnEquals"), ConditionOperator::ArnEquals},
        {QStringLiteral("ArnLike"), ConditionOperator::ArnLike},
        {QStringLiteral("ArnNotEquals"), ConditionOperator::ArnNotEquals},
        {QStringLiteral("ArnNotLike"), ConditionOperator::ArnNotLike},
        {QStringLiteral("Null"), ConditionOperator::Null},
    };
    ConditionClause clause;
    clause.operatorText = operatorText.toStdString();
    QString name = operatorText;
    if (name.startsWith(QLatin1String("ForAnyValue:"))) {
        clause.qualifier = SetQualifier::ForAnyValue;
        name = name.mid(12);
    } else if (name.startsWith(QLatin1String("ForAllValues:"))) {
        clause.qualifier = SetQualifier::ForAllValues;
        name = name.mid(13);
    }
    if (name.endsWith(QLatin1String("IfExists"))) {
        clause.ifExists = true;
        name.chop(8);
    }
    const auto it = operators.find(name);
    clause.op = it == operators.end() ? ConditionOperator::Invalid : it->second;
    clause.key = key.toStdString();
    clause.pointer = "/Statement/0/Condition/" + clause.operatorText + "/" + clause.key;
    for (int i = 0; i < values.size(); ++i)
        clause.values.push_back({values[i].toStdString(), clause.pointer + "/" + std::to_string(i)});
    return clause;
}

void addRow(const char *name, const char *op, const QString &key, std::initializer_list<const char *> values,
            std::initializer_list<const char *> context, bool matches, MatchReason reason)
{
    QStringList valueList, contextList;
    for (const char *v : values)
        valueList << QString::fromUtf8(v);
    for (const char *c : context)
        contextList << QString::fromUtf8(c);
    QTest::newRow(name) << QString::fromUtf8(op) << key << valueList << contextList << matches << reason;
}

} // namespace

class TestConditions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operators_data();
    void operators();
    void variablesNeedVersion2012();
};

void TestConditions::operators_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<MatchReason>("reason");

    const QString mfa = QStringLiteral("aws:MultiFactorAuthPresent");
    const QString user = QStringLiteral("aws:username");
    const QString age = QStringLiteral("aws:MultiFactorAuthAge");
    const QString time = QStringLiteral("aws:CurrentTime");
    const QString ip = QStringLiteral("aws:SourceIp");
    const QString arn = QStringLiteral("aws:SourceArn");
    const QString tags = QStringLiteral("aws:TagKeys");
    using R = MatchReason;

    // Bool and the MultiFactorAuthPresent trap (§6): absent is not false.
    addRow("Bool: MFA session matches true", "Bool", mfa, {"true"}, {"aws:MultiFactorAuthPresent=true"}, true,
           R::ConditionMatched);
    addRow("Bool: no-MFA session does not match true", "Bool", mfa, {"true"}, {"aws:MultiFactorAuthPresent=false"},
           false, R::ConditionValueDiffers);
    addRow("Bool: no-MFA session matches false", "Bool", mfa, {"false"}, {"aws:MultiFactorAuthPresent=false"}, true,
           R::ConditionMatched);
    addRow("Bool: access key (key absent) does not match false", "Bool", mfa, {"false"}, {}, false,
           R::ConditionKeyAbsent);
    addRow("BoolIfExists: access key (key absent) matches false", "BoolIfExists", mfa, {"false"}, {}, true,
           R::ConditionIfExistsAbsent);
    addRow("BoolIfExists: MFA session does not match false", "BoolIfExists", mfa, {"false"},
           {"aws:MultiFactorAuthPresent=true"}, false, R::ConditionValueDiffers);
    addRow("Bool: key name is case-insensitive", "Bool", QStringLiteral("AWS:multifactorauthpresent"), {"true"},
           {"aws:MultiFactorAuthPresent=true"}, true, R::ConditionMatched);
    addRow("Bool: value that is not a boolean never matches", "Bool", mfa, {"yes"}, {"aws:MultiFactorAuthPresent=true"},
           false, R::ConditionBadValue);

    // String operators
    addRow("StringEquals: value is case-sensitive", "StringEquals", user, {"alice"}, {"aws:username=Alice"}, false,
           R::ConditionValueDiffers);
    addRow("StringEqualsIgnoreCase: value case ignored", "StringEqualsIgnoreCase", user, {"alice"},
           {"aws:username=ALICE"}, true, R::ConditionMatched);
    addRow("StringNotEqualsIgnoreCase: equal ignoring case fails", "StringNotEqualsIgnoreCase", user, {"alice"},
           {"aws:username=ALICE"}, false, R::ConditionValueDiffers);
    addRow("StringEquals: several values are OR", "StringEquals", user, {"alice", "bob"}, {"aws:username=bob"}, true,
           R::ConditionMatched);
    addRow("StringNotEquals: must differ from every value (hit)", "StringNotEquals", user, {"alice", "bob"},
           {"aws:username=bob"}, false, R::ConditionValueDiffers);
    addRow("StringNotEquals: must differ from every value (miss)", "StringNotEquals", user, {"alice", "bob"},
           {"aws:username=carol"}, true, R::ConditionMatched);
    addRow("StringEquals: absent key does not match", "StringEquals", user, {"alice"}, {}, false,
           R::ConditionKeyAbsent);
    addRow("StringNotEquals: absent key matches", "StringNotEquals", user, {"alice"}, {}, true,
           R::ConditionNegatedAbsent);
    addRow("StringNotLike: absent key matches", "StringNotLike", user, {"a*"}, {}, true, R::ConditionNegatedAbsent);
    addRow("StringEqualsIfExists: absent key matches", "StringEqualsIfExists", user, {"alice"}, {}, true,
           R::ConditionIfExistsAbsent);
    addRow("StringEqualsIfExists: present key is compared", "StringEqualsIfExists", user, {"alice"},
           {"aws:username=bob"}, false, R::ConditionValueDiffers);
    addRow("StringNotEqualsIfExists: absent key matches", "StringNotEqualsIfExists", user, {"alice"}, {}, true,
           R::ConditionIfExistsAbsent);
    addRow("StringLike: star", "StringLike", user, {"al*"}, {"aws:username=alice"}, true, R::ConditionMatched);
    addRow("StringLike: question mark is one character", "StringLike", user, {"a?ice"}, {"aws:username=alice"}, true,
           R::ConditionMatched);
    addRow("StringLike: question mark is not two characters", "StringLike", user, {"a?ce"}, {"aws:username=alice"},
           false, R::ConditionValueDiffers);
    addRow("StringLike: value is case-sensitive", "StringLike", user, {"AL*"}, {"aws:username=alice"}, false,
           R::ConditionValueDiffers);
    addRow("StringNotLike: matching pattern fails", "StringNotLike", user, {"al*"}, {"aws:username=alice"}, false,
           R::ConditionValueDiffers);
    addRow("StringEquals: empty string is a present value", "StringEquals", user, {""}, {"aws:username="}, true,
           R::ConditionMatched);

    // Numeric
    addRow("NumericLessThan: recent MFA", "NumericLessThan", age, {"3600"}, {"aws:MultiFactorAuthAge=100"}, true,
           R::ConditionMatched);
    addRow("NumericLessThan: old MFA", "NumericLessThan", age, {"3600"}, {"aws:MultiFactorAuthAge=7200"}, false,
           R::ConditionValueDiffers);
    addRow("NumericLessThan: equal is not less", "NumericLessThan", age, {"3600"}, {"aws:MultiFactorAuthAge=3600"},
           false, R::ConditionValueDiffers);
    addRow("NumericLessThanEquals: equal", "NumericLessThanEquals", age, {"3600"}, {"aws:MultiFactorAuthAge=3600"},
           true, R::ConditionMatched);
    addRow("NumericGreaterThan: greater", "NumericGreaterThan", age, {"3600"}, {"aws:MultiFactorAuthAge=3601"}, true,
           R::ConditionMatched);
    addRow("NumericGreaterThanEquals: smaller", "NumericGreaterThanEquals", age, {"3600"},
           {"aws:MultiFactorAuthAge=3599"}, false, R::ConditionValueDiffers);
    addRow("NumericEquals: 10 equals 10.0", "NumericEquals", QStringLiteral("s3:max-keys"), {"10"},
           {"s3:max-keys=10.0"}, true, R::ConditionMatched);
    addRow("NumericNotEquals: equal to one of the values", "NumericNotEquals", QStringLiteral("s3:max-keys"),
           {"1", "2"}, {"s3:max-keys=2"}, false, R::ConditionValueDiffers);
    addRow("NumericLessThan: absent key (no MFA) does not match", "NumericLessThan", age, {"3600"}, {}, false,
           R::ConditionKeyAbsent);
    addRow("NumericLessThan: policy value is not a number", "NumericLessThan", age, {"one hour"},
           {"aws:MultiFactorAuthAge=100"}, false, R::ConditionBadValue);
    addRow("NumericLessThan: request value is not a number", "NumericLessThan", age, {"3600"},
           {"aws:MultiFactorAuthAge=abc"}, false, R::ConditionBadValue);

    // Date: ISO 8601 and epoch seconds
    addRow("DateGreaterThan: ISO 8601", "DateGreaterThan", time, {"2020-01-01T00:00:00Z"},
           {"aws:CurrentTime=2021-06-01T12:00:00Z"}, true, R::ConditionMatched);
    addRow("DateLessThan: ISO 8601 later", "DateLessThan", time, {"2020-01-01T00:00:00Z"},
           {"aws:CurrentTime=2021-06-01T12:00:00Z"}, false, R::ConditionValueDiffers);
    addRow("DateLessThan: epoch policy value", "DateLessThan", time, {"1577836800"},
           {"aws:CurrentTime=2019-12-31T23:59:59Z"}, true, R::ConditionMatched);
    addRow("DateEquals: epoch and ISO are the same instant", "DateEquals", time, {"1577836800"},
           {"aws:CurrentTime=2020-01-01T00:00:00Z"}, true, R::ConditionMatched);
    addRow("DateEquals: time zone offset", "DateEquals", time, {"2020-01-01T09:00:00+09:00"},
           {"aws:CurrentTime=2020-01-01T00:00:00Z"}, true, R::ConditionMatched);
    addRow("DateGreaterThanEquals: fractional seconds", "DateGreaterThanEquals", time, {"2020-01-01T00:00:00.500Z"},
           {"aws:CurrentTime=2020-01-01T00:00:00.250Z"}, false, R::ConditionValueDiffers);
    addRow("DateNotEquals: absent key matches", "DateNotEquals", time, {"2020-01-01T00:00:00Z"}, {}, true,
           R::ConditionNegatedAbsent);
    addRow("DateLessThan: not a date", "DateLessThan", time, {"tomorrow"}, {"aws:CurrentTime=2020-01-01T00:00:00Z"},
           false, R::ConditionBadValue);
    addRow("DateLessThan: impossible date", "DateLessThan", time, {"2020-02-30T00:00:00Z"},
           {"aws:CurrentTime=2020-01-01T00:00:00Z"}, false, R::ConditionBadValue);
    addRow("DateLessThan: February 29 of a common year is not a date", "DateLessThan", time, {"2021-02-29T00:00:00Z"},
           {"aws:CurrentTime=2021-01-01T00:00:00Z"}, false, R::ConditionBadValue);
    addRow("DateLessThan: February 29 of a leap year is a date", "DateLessThan", time, {"2020-02-29T00:00:00Z"},
           {"aws:CurrentTime=2020-01-01T00:00:00Z"}, true, R::ConditionMatched);
    addRow("DateLessThan: 1900 is not a leap year", "DateLessThan", time, {"1900-02-29T00:00:00Z"},
           {"aws:CurrentTime=1899-01-01T00:00:00Z"}, false, R::ConditionBadValue);

    // IP addresses
    addRow("IpAddress: inside IPv4 block", "IpAddress", ip, {"203.0.113.0/24"}, {"aws:SourceIp=203.0.113.7"}, true,
           R::ConditionMatched);
    addRow("IpAddress: outside IPv4 block", "IpAddress", ip, {"203.0.113.0/24"}, {"aws:SourceIp=198.51.100.1"}, false,
           R::ConditionValueDiffers);
    addRow("IpAddress: single address", "IpAddress", ip, {"203.0.113.5"}, {"aws:SourceIp=203.0.113.5"}, true,
           R::ConditionMatched);
    addRow("IpAddress: several blocks are OR", "IpAddress", ip, {"192.0.2.0/24", "203.0.113.0/24"},
           {"aws:SourceIp=203.0.113.9"}, true, R::ConditionMatched);
    addRow("NotIpAddress: outside block matches", "NotIpAddress", ip, {"203.0.113.0/24"}, {"aws:SourceIp=198.51.100.1"},
           true, R::ConditionMatched);
    addRow("NotIpAddress: inside block fails", "NotIpAddress", ip, {"203.0.113.0/24"}, {"aws:SourceIp=203.0.113.1"},
           false, R::ConditionValueDiffers);
    addRow("NotIpAddress: absent key matches", "NotIpAddress", ip, {"203.0.113.0/24"}, {}, true,
           R::ConditionNegatedAbsent);
    addRow("IpAddress: inside IPv6 block", "IpAddress", ip, {"2001:DB8:1234:5678::/64"},
           {"aws:SourceIp=2001:db8:1234:5678::1"}, true, R::ConditionMatched);
    addRow("IpAddress: outside IPv6 block", "IpAddress", ip, {"2001:DB8:1234:5678::/64"},
           {"aws:SourceIp=2001:db8:1234:5679::1"}, false, R::ConditionValueDiffers);
    addRow("IpAddress: IPv4 request against IPv6 block", "IpAddress", ip, {"2001:DB8::/32"},
           {"aws:SourceIp=203.0.113.7"}, false, R::ConditionValueDiffers);
    addRow("IpAddress: prefix longer than 32", "IpAddress", ip, {"203.0.113.0/33"}, {"aws:SourceIp=203.0.113.7"}, false,
           R::ConditionBadValue);

    // ARN operators compare the six components separately
    addRow("ArnLike: wildcard account", "ArnLike", arn, {"arn:aws:iam::*:user/alice"},
           {"aws:SourceArn=arn:aws:iam::123456789012:user/alice"}, true, R::ConditionMatched);
    addRow("ArnEquals: wildcards allowed too", "ArnEquals", arn, {"arn:aws:iam::*:user/*"},
           {"aws:SourceArn=arn:aws:iam::123456789012:user/alice"}, true, R::ConditionMatched);
    addRow("ArnLike: other resource type", "ArnLike", arn, {"arn:aws:iam::*:user/*"},
           {"aws:SourceArn=arn:aws:iam::123456789012:role/admin"}, false, R::ConditionValueDiffers);
    addRow("ArnLike: case-sensitive", "ArnLike", arn, {"arn:aws:iam::*:user/Alice"},
           {"aws:SourceArn=arn:aws:iam::123456789012:user/alice"}, false, R::ConditionValueDiffers);
    addRow("ArnLike: five components never match six", "ArnLike", arn, {"arn:aws:iam:*:user/alice"},
           {"aws:SourceArn=arn:aws:iam::123456789012:user/alice"}, false, R::ConditionValueDiffers);
    addRow("ArnNotLike: absent key matches", "ArnNotLike", arn, {"arn:aws:iam::*:user/*"}, {}, true,
           R::ConditionNegatedAbsent);
    addRow("ArnNotEquals: equal ARN fails", "ArnNotEquals", arn, {"arn:aws:s3:::bucket"},
           {"aws:SourceArn=arn:aws:s3:::bucket"}, false, R::ConditionValueDiffers);

    // Null
    addRow("Null true: key absent", "Null", mfa, {"true"}, {}, true, R::ConditionNullMatched);
    addRow("Null true: key present", "Null", mfa, {"true"}, {"aws:MultiFactorAuthPresent=false"}, false,
           R::ConditionNullDiffers);
    addRow("Null false: key present", "Null", mfa, {"false"}, {"aws:MultiFactorAuthPresent=false"}, true,
           R::ConditionNullMatched);
    addRow("Null false: key absent", "Null", mfa, {"false"}, {}, false, R::ConditionNullDiffers);
    addRow("Null true: empty string is present", "Null", user, {"true"}, {"aws:username="}, false,
           R::ConditionNullDiffers);
    addRow("NullIfExists is not an operator", "NullIfExists", mfa, {"true"}, {}, false, R::ConditionInvalidOperator);

    // Set operators
    addRow("ForAnyValue: one request value listed", "ForAnyValue:StringEquals", tags, {"env", "team"},
           {"aws:TagKeys[]=env|cost"}, true, R::ConditionMatched);
    addRow("ForAnyValue: no request value listed", "ForAnyValue:StringEquals", tags, {"env", "team"},
           {"aws:TagKeys[]=cost"}, false, R::ConditionValueDiffers);
    addRow("ForAnyValue: missing key is false", "ForAnyValue:StringEquals", tags, {"env"}, {}, false,
           R::ConditionForAnyValueEmpty);
    addRow("ForAnyValue: empty set is false", "ForAnyValue:StringEquals", tags, {"env"}, {"aws:TagKeys[]="}, false,
           R::ConditionForAnyValueEmpty);
    addRow("ForAllValues: every request value listed", "ForAllValues:StringEquals", tags, {"env", "team"},
           {"aws:TagKeys[]=team|env"}, true, R::ConditionMatched);
    addRow("ForAllValues: one request value not listed", "ForAllValues:StringEquals", tags, {"env", "team"},
           {"aws:TagKeys[]=env|cost"}, false, R::ConditionValueDiffers);
    addRow("ForAllValues: missing key is true", "ForAllValues:StringEquals", tags, {"env"}, {}, true,
           R::ConditionForAllValuesEmpty);
    addRow("ForAllValues: empty set is true", "ForAllValues:StringEquals", tags, {"env"}, {"aws:TagKeys[]="}, true,
           R::ConditionForAllValuesEmpty);
    addRow("ForAnyValue:StringNotEquals: one value differs", "ForAnyValue:StringNotEquals", tags, {"env"},
           {"aws:TagKeys[]=env|cost"}, true, R::ConditionMatched);
    addRow("ForAllValues:StringLike: patterns", "ForAllValues:StringLike", tags, {"team-*"},
           {"aws:TagKeys[]=team-a|team-b"}, true, R::ConditionMatched);

    // Binary (base64)
    addRow("BinaryEquals: same bytes", "BinaryEquals", QStringLiteral("custom:blob"), {"QmluYXJ5"},
           {"custom:blob=QmluYXJ5"}, true, R::ConditionMatched);
    addRow("BinaryEquals: other bytes", "BinaryEquals", QStringLiteral("custom:blob"), {"QmluYXJ5"},
           {"custom:blob=QmluYXJ6"}, false, R::ConditionValueDiffers);
    addRow("BinaryEquals: not base64", "BinaryEquals", QStringLiteral("custom:blob"), {"***"}, {"custom:blob=QmluYXJ5"},
           false, R::ConditionBadValue);

    // Operators IAM rejects never match, even where a negated or IfExists form would
    addRow("invalid: unknown operator", "StringEqualz", user, {"alice"}, {"aws:username=alice"}, false,
           R::ConditionInvalidOperator);
    addRow("invalid: lower-case operator", "stringequals", user, {"alice"}, {"aws:username=alice"}, false,
           R::ConditionInvalidOperator);

    // Policy variables in condition values (String and ARN operators)
    addRow("variable: StringLike with own user name", "StringLike", QStringLiteral("s3:prefix"),
           {"home/${aws:username}/*"}, {"s3:prefix=home/alice/docs", "aws:username=alice"}, true, R::ConditionMatched);
    addRow("variable: StringLike with someone else's prefix", "StringLike", QStringLiteral("s3:prefix"),
           {"home/${aws:username}/*"}, {"s3:prefix=home/bob/docs", "aws:username=alice"}, false,
           R::ConditionValueDiffers);
    addRow("variable: absent key, positive operator fails", "StringLike", QStringLiteral("s3:prefix"),
           {"home/${aws:username}/*"}, {"s3:prefix=home/alice/docs"}, false, R::VariableUnresolved);
    addRow("variable: absent key, negated operator matches", "StringNotLike", QStringLiteral("s3:prefix"),
           {"home/${aws:username}/*"}, {"s3:prefix=home/alice/docs"}, true, R::ConditionMatched);
    addRow("variable: default value when key absent", "StringEquals", QStringLiteral("s3:prefix"),
           {"home/${aws:username, 'guest'}"}, {"s3:prefix=home/guest"}, true, R::ConditionMatched);
    addRow("variable: ${*} is a literal star", "StringLike", QStringLiteral("s3:prefix"), {"a${*}"}, {"s3:prefix=abc"},
           false, R::ConditionValueDiffers);
    addRow("variable: ${*} matches a real star", "StringLike", QStringLiteral("s3:prefix"), {"a${*}"}, {"s3:prefix=a*"},
           true, R::ConditionMatched);
    addRow("variable: ArnEquals with own user", "ArnEquals", arn, {"arn:aws:iam::*:user/${aws:username}"},
           {"aws:SourceArn=arn:aws:iam::123456789012:user/alice", "aws:username=alice"}, true, R::ConditionMatched);
    addRow("variable: not substituted in Bool", "Bool", mfa, {"${aws:username}"},
           {"aws:MultiFactorAuthPresent=true", "aws:username=true"}, false, R::ConditionBadValue);
}

void TestConditions::operators()
{
    QFETCH(QString, op);
    QFETCH(QString, key);
    QFETCH(QStringList, values);
    QFETCH(QStringList, context);
    QFETCH(bool, matches);
    QFETCH(MatchReason, reason);

    Statement statement;
    statement.pointer = "/Statement/0";
    statement.actions = {{"*", "/Statement/0/Action"}};
    statement.resources = {{"*", "/Statement/0/Resource"}};
    statement.conditions.push_back(clauseFor(op, key, values));
    Policy policy;
    policy.version = "2012-10-17";
    policy.statements.push_back(statement);

    Request request;
    request.action = "iam:GetUser";
    request.resource = "arn:aws:iam::123456789012:user/alice";
    request.context = contextFrom(context);

    const Evaluation evaluation = evaluate(policy, request);
    QCOMPARE(evaluation.decision, matches ? Decision::Allow : Decision::ImplicitDeny);
    QCOMPARE(evaluation.trace.size(), std::size_t(1));
    QCOMPARE(evaluation.trace[0].conditions.size(), std::size_t(1));
    const MatchPart &result = evaluation.trace[0].conditions[0].result;
    QCOMPARE(result.matched, matches);
    QCOMPARE(result.reason, reason);
    QVERIFY(!result.pointer.empty());

    // The decision must not depend on whether the trace is built.
    const Evaluation quick = evaluate(policy, request, EvaluateOptions {false});
    QCOMPARE(quick.decision, evaluation.decision);
    QVERIFY(quick.trace.empty());
}

void TestConditions::variablesNeedVersion2012()
{
    // With "Version": "2008-10-17" the text ${aws:username} is compared literally.
    Statement statement;
    statement.pointer = "/Statement/0";
    statement.actions = {{"*", "/Statement/0/Action"}};
    statement.resources = {{"*", "/Statement/0/Resource"}};
    statement.conditions.push_back(clauseFor(QStringLiteral("StringEquals"), QStringLiteral("s3:prefix"),
                                             QStringList {QStringLiteral("home/${aws:username}")}));
    Policy policy;
    policy.version = "2008-10-17";
    policy.statements.push_back(statement);
    Request request;
    request.action = "s3:ListBucket";
    request.resource = "arn:aws:s3:::bucket";
    request.context.set("aws:username", "alice");
    request.context.set("s3:prefix", "home/alice");
    QCOMPARE(evaluate(policy, request).decision, Decision::ImplicitDeny);
    request.context.set("s3:prefix", "home/${aws:username}");
    QCOMPARE(evaluate(policy, request).decision, Decision::Allow);
    policy.version = "2012-10-17";
    QCOMPARE(evaluate(policy, request).decision, Decision::ImplicitDeny);
}

QTEST_GUILESS_MAIN(TestConditions)
#include "tst_conditions.moc"
