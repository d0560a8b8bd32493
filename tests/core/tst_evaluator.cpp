// Evaluation rules of SEMANTICS §1–§6 and §10 on hand-built policies.

#include "evaluator.h"
#include "policysource.h"
#include "testcontext.h"

#include <QtTest>

using namespace mfapolicy;

using PolicyList = std::vector<Policy>;
Q_DECLARE_METATYPE(PolicyList)
Q_DECLARE_METATYPE(mfapolicy::Decision)
Q_DECLARE_METATYPE(std::vector<mfapolicy::SkipReason>)

namespace {

const std::string v2012 = "2012-10-17";
const char *const aliceArn = "arn:aws:iam::123456789012:user/alice";

Statement statement(Effect effect, std::vector<std::string> actions, std::vector<std::string> resources,
                    bool notAction = false, bool notResource = false)
{
    Statement s;
    s.effect = effect;
    s.notAction = notAction;
    s.notResource = notResource;
    for (auto &a : actions)
        s.actions.push_back({std::move(a), {}});
    for (auto &r : resources)
        s.resources.push_back({std::move(r), {}});
    return s;
}
Statement allow(std::vector<std::string> actions, std::vector<std::string> resources)
{
    return statement(Effect::Allow, std::move(actions), std::move(resources));
}
Statement deny(std::vector<std::string> actions, std::vector<std::string> resources)
{
    return statement(Effect::Deny, std::move(actions), std::move(resources));
}

ConditionClause clause(std::string text, ConditionOperator op, std::string key, std::vector<std::string> values,
                       bool ifExists = false)
{
    ConditionClause c;
    c.operatorText = std::move(text);
    c.op = op;
    c.ifExists = ifExists;
    c.key = std::move(key);
    for (auto &v : values)
        c.values.push_back({std::move(v), {}});
    return c;
}
Statement when(Statement s, ConditionClause c)
{
    s.conditions.push_back(std::move(c));
    return s;
}
ConditionClause mfaBool(bool ifExists, const char *value)
{
    return clause(ifExists ? "BoolIfExists" : "Bool", ConditionOperator::Bool, "aws:MultiFactorAuthPresent", {value},
                  ifExists);
}

/// Numbers the statements and gives every element the JSON pointer the parser would.
Policy policy(std::vector<Statement> statements, std::optional<std::string> version = v2012)
{
    Policy p;
    p.version = std::move(version);
    for (std::size_t i = 0; i < statements.size(); ++i) {
        Statement &s = statements[i];
        s.index = i;
        s.pointer = "/Statement/" + std::to_string(i);
        const std::string actionKey = s.notAction ? "/NotAction/" : "/Action/";
        for (std::size_t j = 0; j < s.actions.size(); ++j)
            s.actions[j].pointer = s.pointer + actionKey + std::to_string(j);
        const std::string resourceKey = s.notResource ? "/NotResource/" : "/Resource/";
        for (std::size_t j = 0; j < s.resources.size(); ++j)
            s.resources[j].pointer = s.pointer + resourceKey + std::to_string(j);
        for (ConditionClause &c : s.conditions) {
            c.pointer = s.pointer + "/Condition/" + c.operatorText + "/" + c.key;
            for (std::size_t j = 0; j < c.values.size(); ++j)
                c.values[j].pointer = c.pointer + "/" + std::to_string(j);
        }
    }
    p.statements = std::move(statements);
    return p;
}

Request request(const QString &action, const QString &resource, const QStringList &context)
{
    Request r;
    r.principal = aliceArn;
    r.action = action.toStdString();
    r.resource = resource.toStdString();
    r.context = contextFrom(context);
    return r;
}

void addRow(const char *name, PolicyList policies, const char *action, const char *resource,
            std::initializer_list<const char *> context, Decision decision)
{
    QStringList contextList;
    for (const char *c : context)
        contextList << QString::fromUtf8(c);
    QTest::newRow(name) << policies << QString::fromUtf8(action) << QString::fromUtf8(resource) << contextList
                        << decision;
}

std::vector<const Policy *> pointers(const PolicyList &policies)
{
    std::vector<const Policy *> out;
    for (const Policy &p : policies)
        out.push_back(&p);
    return out;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data();
    void decisions();
    void mfaTrap_data();
    void mfaTrap();
    void traceExplainsDeny();
    void traceOfNonMatchingStatements();
    void unusableStatementIsSkipped();
    void sessionTokenIsNotPolicyControlled_data();
    void sessionTokenIsNotPolicyControlled();
    void resourceNeedsStarReason();
    void matchFunctions_data();
    void matchFunctions();
    void statementsItCannotEvaluateAreReported_data();
    void statementsItCannotEvaluateAreReported();
};

void TestEvaluator::decisions_data()
{
    QTest::addColumn<PolicyList>("policies");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<Decision>("decision");

    using D = Decision;
    const auto A = Effect::Allow;
    const auto Dn = Effect::Deny;
    const char *s3all = "s3:ListAllMyBuckets";

    // §1 decision order
    addRow("order: nothing applies is an implicit deny", {policy({allow({"iam:GetUser"}, {"*"})})}, s3all, "*", {},
           D::ImplicitDeny);
    addRow("order: a matching Allow allows", {policy({allow({"iam:GetUser"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::Allow);
    addRow("order: Deny beats Allow in one policy", {policy({allow({"*"}, {"*"}), deny({"iam:GetUser"}, {"*"})})},
           "iam:GetUser", aliceArn, {}, D::ExplicitDeny);
    addRow("order: Deny listed first beats Allow", {policy({deny({"iam:GetUser"}, {"*"}), allow({"*"}, {"*"})})},
           "iam:GetUser", aliceArn, {}, D::ExplicitDeny);
    addRow("order: Deny in another policy beats Allow",
           {policy({allow({"*"}, {"*"})}), policy({deny({"iam:*"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::ExplicitDeny);
    addRow("order: Allow in another policy grants",
           {policy({allow({"s3:*"}, {"*"})}), policy({allow({"iam:GetUser"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::Allow);
    addRow("order: Deny whose condition fails does not apply",
           {policy({allow({"*"}, {"*"}), when(deny({"*"}, {"*"}), mfaBool(false, "false"))})}, "iam:GetUser", aliceArn,
           {"aws:MultiFactorAuthPresent=true"}, D::Allow);

    // §2 actions
    addRow("action: service and name are case-insensitive", {policy({allow({"IAM:listaccesskeys"}, {"*"})})},
           "iam:ListAccessKeys", aliceArn, {}, D::Allow);
    addRow("action: iam:*MFA* covers EnableMFADevice", {policy({allow({"iam:*MFA*"}, {"*"})})}, "iam:EnableMFADevice",
           aliceArn, {}, D::Allow);
    addRow("action: iam:List* does not cover GetUser", {policy({allow({"iam:List*"}, {"*"})})}, "iam:GetUser", aliceArn,
           {}, D::ImplicitDeny);
    addRow("action: ? is exactly one character", {policy({allow({"iam:?etUser"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::Allow);
    addRow("action: ? is not two characters", {policy({allow({"iam:?User"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::ImplicitDeny);
    addRow("action: \"*\" covers every service", {policy({allow({"*"}, {"*"})})}, s3all, "*", {}, D::Allow);
    addRow("action: iam:* does not cover sts", {policy({allow({"iam:*"}, {"*"})})}, "sts:AssumeRole",
           "arn:aws:iam::123456789012:role/admin", {}, D::ImplicitDeny);
    addRow("action: a name is not a prefix", {policy({allow({"iam:Get"}, {"*"})})}, "iam:GetUser", aliceArn, {},
           D::ImplicitDeny);
    addRow("action: several entries are OR", {policy({allow({"iam:ListUsers", "iam:GetUser"}, {"*"})})}, "iam:GetUser",
           aliceArn, {}, D::Allow);
    addRow("NotAction: Allow grants every other action", {policy({statement(A, {"iam:*"}, {"*"}, true)})}, s3all, "*",
           {}, D::Allow);
    addRow("NotAction: Allow does not grant the listed action", {policy({statement(A, {"iam:*"}, {"*"}, true)})},
           "iam:GetUser", aliceArn, {}, D::ImplicitDeny);
    addRow("NotAction: Deny grants nothing by itself", {policy({statement(Dn, {"iam:ChangePassword"}, {"*"}, true)})},
           "iam:ChangePassword", aliceArn, {}, D::ImplicitDeny);
    addRow("NotAction: Deny denies every other action",
           {policy({allow({"*"}, {"*"}), statement(Dn, {"iam:ChangePassword"}, {"*"}, true)})}, s3all, "*", {},
           D::ExplicitDeny);
    addRow("NotAction: Deny spares the listed action",
           {policy({allow({"*"}, {"*"}), statement(Dn, {"iam:ChangePassword"}, {"*"}, true)})}, "iam:ChangePassword",
           aliceArn, {}, D::Allow);
    addRow("NotAction: listed case-insensitively",
           {policy({allow({"*"}, {"*"}), statement(Dn, {"IAM:CHANGEPASSWORD"}, {"*"}, true)})}, "iam:ChangePassword",
           aliceArn, {}, D::Allow);

    // §3 resources
    addRow("resource: user name is case-sensitive", {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/Alice"})})},
           "iam:GetUser", aliceArn, {}, D::ImplicitDeny);
    addRow("resource: partition is case-sensitive", {policy({allow({"iam:GetUser"}, {"arn:AWS:iam::*:user/alice"})})},
           "iam:GetUser", aliceArn, {}, D::ImplicitDeny);
    addRow("resource: * in the account segment", {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/alice"})})},
           "iam:GetUser", aliceArn, {}, D::Allow);
    addRow("resource: * spans slashes", {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::bucket/*/test/*"})})},
           "s3:GetObject", "arn:aws:s3:::bucket/1/2/test/x.jpg", {}, D::Allow);
    addRow("resource: trailing * of a segment spans colons",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam:*:user/alice"})})}, "iam:GetUser", aliceArn, {}, D::Allow);
    addRow("resource: * inside a segment stays in it", {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::a*b"})})},
           "s3:GetObject", "arn:aws:s3:::a:x:b", {}, D::ImplicitDeny);
    addRow("resource: * inside a segment matches within it", {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::a*b"})})},
           "s3:GetObject", "arn:aws:s3:::a-x-b", {}, D::Allow);
    addRow("resource: ? does not match a colon",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam::123456789012?user/alice"})})}, "iam:GetUser", aliceArn, {},
           D::ImplicitDeny);
    addRow("resource: wildcard in the service segment is still globbed",
           {policy({allow({"iam:GetUser"}, {"arn:aws:ia?::*:user/alice"})})}, "iam:GetUser", aliceArn, {}, D::Allow);
    addRow("resource: other user's ARN", {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${aws:username}"})})},
           "iam:GetUser", "arn:aws:iam::123456789012:user/bob", {"aws:username=alice"}, D::ImplicitDeny);
    addRow("resource-less: ListUsers needs Resource *", {policy({allow({"iam:ListUsers"}, {"arn:aws:iam::*:user/*"})})},
           "iam:ListUsers", "*", {}, D::ImplicitDeny);
    addRow("resource-less: ListUsers with Resource *", {policy({allow({"iam:ListUsers"}, {"*"})})}, "iam:ListUsers",
           "*", {}, D::Allow);
    addRow("resource-less: s3:ListAllMyBuckets not granted by an ARN pattern",
           {policy({allow({s3all}, {"arn:aws:s3:::*"})})}, s3all, "*", {}, D::ImplicitDeny);
    addRow("resource-less: ec2:DescribeInstances not granted by an instance ARN",
           {policy({allow({"ec2:DescribeInstances"}, {"arn:aws:ec2:*:*:instance/*"})})}, "ec2:DescribeInstances", "*",
           {}, D::ImplicitDeny);
    addRow("NotResource: specific ARNs still cover resource-less actions",
           {policy({allow({"*"}, {"*"}),
                    statement(Dn, {"iam:*MFA*"},
                              {"arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}"}, false,
                              true)})},
           "iam:ListVirtualMFADevices", "*", {"aws:username=alice"}, D::ExplicitDeny);
    addRow("NotResource: own user is excluded from the Deny",
           {policy({allow({"*"}, {"*"}),
                    statement(Dn, {"iam:*MFA*"},
                              {"arn:aws:iam::*:user/${aws:username}", "arn:aws:iam::*:mfa/${aws:username}"}, false,
                              true)})},
           "iam:EnableMFADevice", aliceArn, {"aws:username=alice"}, D::Allow);
    addRow("NotResource: \"*\" excludes everything",
           {policy({allow({"*"}, {"*"}), statement(Dn, {"*"}, {"*"}, false, true)})}, s3all, "*", {}, D::Allow);

    // §4 policy variables
    const std::vector<std::string> ownUser = {"arn:aws:iam::*:user/${aws:username}"};
    addRow("variables: substituted with Version 2012-10-17", {policy({allow({"iam:GetUser"}, ownUser)})}, "iam:GetUser",
           aliceArn, {"aws:username=alice"}, D::Allow);
    addRow("variables: literal text with Version 2008-10-17",
           {policy({allow({"iam:GetUser"}, ownUser)}, std::string("2008-10-17"))}, "iam:GetUser", aliceArn,
           {"aws:username=alice"}, D::ImplicitDeny);
    addRow("variables: literal text without Version", {policy({allow({"iam:GetUser"}, ownUser)}, std::nullopt)},
           "iam:GetUser", aliceArn, {"aws:username=alice"}, D::ImplicitDeny);
    addRow("variables: literal text matches itself without Version",
           {policy({allow({"iam:GetUser"}, ownUser)}, std::nullopt)}, "iam:GetUser",
           "arn:aws:iam::123456789012:user/${aws:username}", {"aws:username=alice"}, D::Allow);
    addRow("variables: key name is case-insensitive",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${AWS:UserName}"})})}, "iam:GetUser", aliceArn,
           {"aws:username=alice"}, D::Allow);
    addRow("variables: user with a path does not match user/${aws:username}",
           {policy({allow({"iam:GetUser"}, ownUser)})}, "iam:GetUser",
           "arn:aws:iam::123456789012:user/engineering/alice", {"aws:username=alice"}, D::ImplicitDeny);
    addRow("variables: default value when the key is absent",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${aws:username, 'guest'}"})})}, "iam:GetUser",
           "arn:aws:iam::123456789012:user/guest", {}, D::Allow);
    addRow("variables: default value unused when the key is present",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${aws:username, 'guest'}"})})}, "iam:GetUser",
           "arn:aws:iam::123456789012:user/guest", {"aws:username=alice"}, D::ImplicitDeny);
    addRow("variables: absent key in Resource matches nothing", {policy({allow({"iam:GetUser"}, ownUser)})},
           "iam:GetUser", aliceArn, {}, D::ImplicitDeny);
    addRow("variables: absent key in NotResource excludes nothing",
           {policy({allow({"*"}, {"*"}), statement(Dn, {"iam:GetUser"}, ownUser, false, true)})}, "iam:GetUser",
           aliceArn, {}, D::ExplicitDeny);
    addRow("variables: ${*} is a literal star, not a wildcard",
           {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::bucket/${*}"})})}, "s3:GetObject", "arn:aws:s3:::bucket/x",
           {}, D::ImplicitDeny);
    addRow("variables: ${*} matches a real star", {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::bucket/${*}"})})},
           "s3:GetObject", "arn:aws:s3:::bucket/*", {}, D::Allow);
    addRow("variables: ${?} is a literal question mark",
           {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::bucket/a${?}"})})}, "s3:GetObject", "arn:aws:s3:::bucket/ab",
           {}, D::ImplicitDeny);
    addRow("variables: ${$} is a literal dollar", {policy({allow({"s3:GetObject"}, {"arn:aws:s3:::bucket/${$}x"})})},
           "s3:GetObject", "arn:aws:s3:::bucket/$x", {}, D::Allow);
    addRow("variables: multivalued key cannot be a variable",
           {policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${aws:TagKeys}"})})}, "iam:GetUser", aliceArn,
           {"aws:TagKeys[]=alice"}, D::ImplicitDeny);

    // §5 several conditions
    const Statement mfaAndRecent
        = when(when(allow({"*"}, {"*"}), mfaBool(false, "true")),
               clause("NumericLessThan", ConditionOperator::NumericLessThan, "aws:MultiFactorAuthAge", {"3600"}));
    addRow("conditions: two operators are AND (both hold)", {policy({mfaAndRecent})}, s3all, "*",
           {"aws:MultiFactorAuthPresent=true", "aws:MultiFactorAuthAge=100"}, D::Allow);
    addRow("conditions: two operators are AND (one fails)", {policy({mfaAndRecent})}, s3all, "*",
           {"aws:MultiFactorAuthPresent=true", "aws:MultiFactorAuthAge=7200"}, D::ImplicitDeny);
    const Statement twoKeys = when(
        when(allow({"*"}, {"*"}), clause("StringEquals", ConditionOperator::StringEquals, "aws:username", {"alice"})),
        clause("StringEquals", ConditionOperator::StringEquals, "aws:PrincipalType", {"User"}));
    addRow("conditions: two keys are AND (both hold)", {policy({twoKeys})}, s3all, "*",
           {"aws:username=alice", "aws:PrincipalType=User"}, D::Allow);
    addRow("conditions: two keys are AND (one absent)", {policy({twoKeys})}, s3all, "*", {"aws:username=alice"},
           D::ImplicitDeny);

    // §1 authentication operations
    addRow("sts: GetSessionToken allowed under Deny *", {policy({deny({"*"}, {"*"})})}, "sts:GetSessionToken", "*", {},
           D::Allow);
    addRow("sts: GetSessionToken allowed without any policy", {}, "sts:GetSessionToken", "*", {}, D::Allow);
    addRow("sts: GetCallerIdentity allowed under Deny *", {policy({deny({"*"}, {"*"})})}, "sts:GetCallerIdentity", "*",
           {}, D::Allow);
    addRow("sts: AssumeRole is policy-controlled", {policy({deny({"*"}, {"*"})})}, "sts:AssumeRole",
           "arn:aws:iam::123456789012:role/admin", {}, D::ExplicitDeny);
}

void TestEvaluator::decisions()
{
    QFETCH(PolicyList, policies);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QStringList, context);
    QFETCH(Decision, decision);

    const auto list = pointers(policies);
    const Request r = request(action, resource, context);
    const Evaluation full = evaluate(list, r);
    QCOMPARE(full.decision, decision);
    std::size_t statements = 0;
    for (const Policy &p : policies)
        statements += p.statements.size();
    QCOMPARE(full.trace.size(), statements);

    const Evaluation quick = evaluate(list, r, EvaluateOptions {false});
    QCOMPARE(quick.decision, decision);
    QVERIFY(quick.trace.empty());
    QCOMPARE(quick.allowedBy, full.allowedBy);
    QCOMPARE(quick.deniedBy, full.deniedBy);
}

void TestEvaluator::mfaTrap_data()
{
    // SEMANTICS §6: what each MFA condition does for an MFA session, a session without MFA and a
    // long-term access key (key absent). The statements sit next to "Allow * on *" (for Deny) or
    // alone (for Allow); the request is s3:ListAllMyBuckets.
    QTest::addColumn<bool>("denyStatement");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mfaState");
    QTest::addColumn<Decision>("decision");

    const struct {
        const char *name;
        bool deny;
        const char *op;
        const char *value;
        const char *state;
        Decision decision;
    } rows[] = {
        {"Deny Bool false: MFA session allowed", true, "Bool", "false", "true", Decision::Allow},
        {"Deny Bool false: no-MFA session denied", true, "Bool", "false", "false", Decision::ExplicitDeny},
        {"Deny Bool false: access key slips through", true, "Bool", "false", "absent", Decision::Allow},
        {"Deny BoolIfExists false: MFA session allowed", true, "BoolIfExists", "false", "true", Decision::Allow},
        {"Deny BoolIfExists false: no-MFA session denied", true, "BoolIfExists", "false", "false",
         Decision::ExplicitDeny},
        {"Deny BoolIfExists false: access key denied", true, "BoolIfExists", "false", "absent", Decision::ExplicitDeny},
        {"Deny Null true: access key denied", true, "Null", "true", "absent", Decision::ExplicitDeny},
        {"Deny Null true: no-MFA session slips through", true, "Null", "true", "false", Decision::Allow},
        {"Allow Bool true: MFA session allowed", false, "Bool", "true", "true", Decision::Allow},
        {"Allow Bool true: no-MFA session not allowed", false, "Bool", "true", "false", Decision::ImplicitDeny},
        {"Allow Bool true: access key not allowed", false, "Bool", "true", "absent", Decision::ImplicitDeny},
        {"Allow BoolIfExists true: MFA session allowed", false, "BoolIfExists", "true", "true", Decision::Allow},
        {"Allow BoolIfExists true: no-MFA session not allowed", false, "BoolIfExists", "true", "false",
         Decision::ImplicitDeny},
        {"Allow BoolIfExists true: access key allowed", false, "BoolIfExists", "true", "absent", Decision::Allow},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.name) << row.deny << QString::fromLatin1(row.op) << QString::fromLatin1(row.value)
                                << QString::fromLatin1(row.state) << row.decision;
    }
}

void TestEvaluator::mfaTrap()
{
    QFETCH(bool, denyStatement);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QString, mfaState);
    QFETCH(Decision, decision);

    const bool isNull = op == QLatin1String("Null");
    const bool ifExists = op.endsWith(QLatin1String("IfExists"));
    const ConditionClause condition
        = clause(op.toStdString(), isNull ? ConditionOperator::Null : ConditionOperator::Bool,
                 "aws:MultiFactorAuthPresent", {value.toStdString()}, ifExists);
    std::vector<Statement> statements;
    if (denyStatement) {
        statements.push_back(allow({"*"}, {"*"}));
        statements.push_back(when(deny({"*"}, {"*"}), condition));
    } else {
        statements.push_back(when(allow({"*"}, {"*"}), condition));
    }
    const Policy p = policy(statements);
    QStringList context;
    if (mfaState != QLatin1String("absent"))
        context << QStringLiteral("aws:MultiFactorAuthPresent=") + mfaState;
    QCOMPARE(evaluate(p, request(QStringLiteral("s3:ListAllMyBuckets"), QStringLiteral("*"), context)).decision,
             decision);
}

void TestEvaluator::traceExplainsDeny()
{
    // "Denied by BlockMostAccessUnlessSignedInWithMFA: this request has no aws:MultiFactorAuthPresent
    // key, and BoolIfExists treats a missing key as a match."
    Policy p = policy({allow({"iam:ListUsers"}, {"*"}),
                       when(statement(Effect::Deny, {"iam:CreateVirtualMFADevice", "iam:EnableMFADevice"}, {"*"}, true),
                            mfaBool(true, "false"))});
    p.statements[1].sid = "BlockMostAccessUnlessSignedInWithMFA";
    const Evaluation e = evaluate(p, request(QStringLiteral("s3:ListAllMyBuckets"), QStringLiteral("*"), {}));
    QCOMPARE(e.decision, Decision::ExplicitDeny);
    QCOMPARE(e.deniedBy, (std::vector<StatementRef> {{0, 1}}));
    QVERIFY(e.allowedBy.empty());
    const StatementTrace &t = e.trace[1];
    QVERIFY(t.applies);
    QCOMPARE(t.action.reason, MatchReason::ActionNotExcluded);
    QCOMPARE(t.resource.reason, MatchReason::ResourceListed);
    QCOMPARE(t.conditions.size(), std::size_t(1));
    QCOMPARE(t.conditions[0].result.reason, MatchReason::ConditionIfExistsAbsent);
    QCOMPARE(t.conditions[0].result.pointer,
             std::string("/Statement/1/Condition/BoolIfExists/aws:MultiFactorAuthPresent"));
    QCOMPARE(t.conditions[0].result.args, (std::vector<std::string> {"aws:MultiFactorAuthPresent"}));

    // An action the NotAction lists is excluded, and the trace names the entry.
    const Evaluation enable
        = evaluate(p, request(QStringLiteral("iam:EnableMFADevice"), QString::fromLatin1(aliceArn), {}));
    QCOMPARE(enable.trace[1].action.reason, MatchReason::ActionExcluded);
    QCOMPARE(enable.trace[1].action.pointer, std::string("/Statement/1/NotAction/1"));
    QCOMPARE(enable.trace[1].action.args, (std::vector<std::string> {"iam:EnableMFADevice"}));
    QVERIFY(!enable.trace[1].applies);
}

void TestEvaluator::traceOfNonMatchingStatements()
{
    const Policy p
        = policy({allow({"iam:GetUser"}, {"arn:aws:iam::*:user/${aws:username}"}), allow({"iam:ListUsers"}, {"*"})});
    const Evaluation e
        = evaluate(p,
                   request(QStringLiteral("iam:GetUser"), QStringLiteral("arn:aws:iam::123456789012:user/bob"),
                           {QStringLiteral("aws:username=alice")}));
    QCOMPARE(e.decision, Decision::ImplicitDeny);
    QCOMPARE(e.trace[0].action.reason, MatchReason::ActionListed);
    QCOMPARE(e.trace[0].resource.reason, MatchReason::ResourceNotListed);
    QCOMPARE(e.trace[0].resource.args, (std::vector<std::string> {"arn:aws:iam::*:user/alice"}));
    QCOMPARE(e.trace[1].action.reason, MatchReason::ActionNotListed);
    QCOMPARE(e.trace[1].action.pointer, std::string("/Statement/1/Action"));

    // Without the key, the resource entry's variable is what failed.
    const Evaluation noKey = evaluate(p, request(QStringLiteral("iam:GetUser"), QString::fromLatin1(aliceArn), {}));
    QCOMPARE(noKey.trace[0].resource.reason, MatchReason::VariableUnresolved);
    QCOMPARE(noKey.trace[0].resource.args, (std::vector<std::string> {"${aws:username}"}));
    QCOMPARE(noKey.trace[0].resource.pointer, std::string("/Statement/0/Resource/0"));
}

void TestEvaluator::unusableStatementIsSkipped()
{
    Policy p = policy({allow({"*"}, {"*"}), deny({"*"}, {"*"})});
    p.statements[1].usable = false;
    const Evaluation e = evaluate(p, request(QStringLiteral("iam:GetUser"), QString::fromLatin1(aliceArn), {}));
    QCOMPARE(e.decision, Decision::Allow);
    QCOMPARE(e.trace.size(), std::size_t(2));
    QVERIFY(!e.trace[1].usable);
    QVERIFY(!e.trace[1].applies);
    QVERIFY(e.deniedBy.empty());
}

void TestEvaluator::sessionTokenIsNotPolicyControlled_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("GetSessionToken") << QStringLiteral("sts:GetSessionToken");
    QTest::newRow("GetSessionToken, other spelling") << QStringLiteral("STS:getsessiontoken");
    QTest::newRow("GetCallerIdentity") << QStringLiteral("sts:GetCallerIdentity");
}

void TestEvaluator::sessionTokenIsNotPolicyControlled()
{
    QFETCH(QString, action);
    const Policy p = policy({when(deny({"*"}, {"*"}), mfaBool(true, "false"))});
    const Evaluation e = evaluate(p, request(action, QStringLiteral("*"), {}));
    QCOMPARE(e.decision, Decision::Allow);
    QVERIFY(e.notPolicyControlled);
    QVERIFY(e.deniedBy.empty());
    // The trace still shows the Deny would have applied, so the explanation can say it has no effect.
    QCOMPARE(e.trace.size(), std::size_t(1));
    QVERIFY(e.trace[0].applies);
}

void TestEvaluator::resourceNeedsStarReason()
{
    const Policy p = policy({allow({"iam:ListVirtualMFADevices"}, {"arn:aws:iam::*:mfa/*"})});
    const Evaluation e = evaluate(p, request(QStringLiteral("iam:ListVirtualMFADevices"), QStringLiteral("*"), {}));
    QCOMPARE(e.decision, Decision::ImplicitDeny);
    QCOMPARE(e.trace[0].resource.reason, MatchReason::ResourceNeedsStar);
    QCOMPARE(e.trace[0].resource.pointer, std::string("/Statement/0/Resource"));
}

void TestEvaluator::matchFunctions_data()
{
    QTest::addColumn<bool>("isAction");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");

    QTest::newRow("action: exact, other case")
        << true << QStringLiteral("iam:listusers") << QStringLiteral("IAM:ListUsers") << true;
    QTest::newRow("action: star alone") << true << QStringLiteral("*") << QStringLiteral("ec2:DescribeInstances")
                                        << true;
    QTest::newRow("action: empty star run")
        << true << QStringLiteral("iam:ListUsers*") << QStringLiteral("iam:ListUsers") << true;
    QTest::newRow("action: several stars")
        << true << QStringLiteral("iam:*Virtual*Device") << QStringLiteral("iam:DeleteVirtualMFADevice") << true;
    QTest::newRow("action: different service")
        << true << QStringLiteral("iam:*") << QStringLiteral("sts:GetSessionToken") << false;
    QTest::newRow("resource: star alone matches the no-resource star")
        << false << QStringLiteral("*") << QStringLiteral("*") << true;
    QTest::newRow("resource: ARN pattern does not match the no-resource star")
        << false << QStringLiteral("arn:aws:iam::*:*") << QStringLiteral("*") << false;
    QTest::newRow("resource: device with any name")
        << false << QStringLiteral("arn:aws:iam::*:mfa/*")
        << QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone") << true;
    QTest::newRow("resource: device named like the user only")
        << false << QStringLiteral("arn:aws:iam::*:mfa/alice")
        << QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone") << false;
    QTest::newRow("resource: device pattern does not match a user")
        << false << QStringLiteral("arn:aws:iam::*:mfa/*") << QStringLiteral("arn:aws:iam::123456789012:user/alice")
        << false;
    QTest::newRow("resource: region star ending its segment spans the account")
        << false << QStringLiteral("arn:aws:iam:*:user/alice") << QStringLiteral("arn:aws:iam::123456789012:user/alice")
        << true;
    QTest::newRow("resource: other partition") << false << QStringLiteral("arn:aws:iam::*:user/alice")
                                               << QStringLiteral("arn:aws-cn:iam::123456789012:user/alice") << false;
}

void TestEvaluator::matchFunctions()
{
    QFETCH(bool, isAction);
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(bool, matches);
    const std::string p = pattern.toStdString(), v = value.toStdString();
    QCOMPARE(isAction ? actionMatches(p, v) : resourceMatches(p, v), matches);
}

void TestEvaluator::statementsItCannotEvaluateAreReported_data()
{
    // A policy that allows everything, then one statement IAM would reject (MalformedPolicyDocument).
    // IAM has no answer for such a policy; the engine must not answer as if the statement were absent.
    QTest::addColumn<QString>("second");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<bool>("indeterminate");
    QTest::addColumn<Decision>("decision"); ///< when not indeterminate
    QTest::addColumn<std::vector<SkipReason>>("reasons");
    QTest::addColumn<bool>("mightApply");
    using R = SkipReason;
    const QStringList alice {QStringLiteral("aws:username=alice")};
    const QString getUser = QStringLiteral("iam:GetUser");

    QTest::newRow("Deny written in lower case might apply: no answer")
        << QStringLiteral(R"({"Effect": "deny", "Action": "*", "Resource": "*"})") << getUser << alice << true
        << Decision::Allow << std::vector<R> {R::InvalidEffect} << true;
    QTest::newRow("Deny with an empty Action list: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": [], "Resource": "*"})") << getUser << alice << true
        << Decision::Allow << std::vector<R> {R::EmptyAction} << true;
    QTest::newRow("Deny with an empty Resource list: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": []})") << getUser << alice << true
        << Decision::Allow << std::vector<R> {R::EmptyResource} << true;
    QTest::newRow("Deny without Action or NotAction: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Resource": "*"})") << getUser << alice << true << Decision::Allow
        << std::vector<R> {R::MissingAction} << true;
    QTest::newRow("Deny with a misspelt operator: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"StringEqualz": {"aws:username": "alice"}}})")
        << getUser << alice << true << Decision::Allow << std::vector<R> {R::InvalidConditionOperator} << true;
    QTest::newRow("Deny with NullIfExists: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"NullIfExists": {"aws:MultiFactorAuthPresent": "true"}}})")
        << getUser << alice << true << Decision::Allow << std::vector<R> {R::InvalidConditionOperator} << true;
    QTest::newRow("Deny with an empty list of condition values: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"StringEquals": {"aws:username": []}}})")
        << getUser << alice << true << Decision::Allow << std::vector<R> {R::EmptyConditionValues} << true;
    // AWS does not document what a condition does with a value its operator cannot read; a Deny
    // must not be switched off by it.
    QTest::newRow("Deny whose NumericGreaterThan value is not a number: no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"NumericGreaterThan": {"aws:MultiFactorAuthAge": "an hour"}}})")
        << getUser << QStringList {QStringLiteral("aws:username=alice"), QStringLiteral("aws:MultiFactorAuthAge=7200")}
        << true << Decision::Allow << std::vector<R> {R::UnreadableConditionValue} << true;
    QTest::newRow("Deny whose Bool value is \"yes\": no answer")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "yes"}}})")
        << getUser
        << QStringList {QStringLiteral("aws:username=alice"), QStringLiteral("aws:MultiFactorAuthPresent=true")} << true
        << Decision::Allow << std::vector<R> {R::UnreadableConditionValue} << true;
    QTest::newRow("Effect missing: no answer")
        << QStringLiteral(R"({"Action": "*", "Resource": "*"})") << getUser << alice << true << Decision::Allow
        << std::vector<R> {R::MissingEffect} << true;

    // The parts that could be read rule the request out: the broken statement cannot matter.
    QTest::newRow("lower-case deny for another service: Allow stands, with a warning")
        << QStringLiteral(R"({"Effect": "deny", "Action": "s3:*", "Resource": "*"})") << getUser << alice << false
        << Decision::Allow << std::vector<R> {R::InvalidEffect} << false;
    QTest::newRow("misspelt operator beside a condition that fails: Allow stands")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "*", "Resource": "*",
                              "Condition": {"StringEqualz": {"aws:username": "alice"},
                                            "StringEquals": {"aws:username": "bob"}}})")
        << getUser << alice << false << Decision::Allow << std::vector<R> {R::InvalidConditionOperator} << false;
    QTest::newRow("unreadable IP address in a Deny for another service: Allow stands")
        << QStringLiteral(R"({"Effect": "Deny", "Action": "s3:*", "Resource": "*",
                              "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.300"}}})")
        << getUser << alice << false << Decision::Allow << std::vector<R> {R::UnreadableConditionValue} << false;
    // A skipped Allow can only make the answer stricter than IAM's: the decision stands.
    QTest::newRow("Allow with an empty Action list: warning only")
        << QStringLiteral(R"({"Effect": "Allow", "Action": [], "Resource": "*"})") << getUser << alice << false
        << Decision::Allow << std::vector<R> {R::EmptyAction} << true;
    QTest::newRow("sts:GetSessionToken is allowed whatever the broken Deny says")
        << QStringLiteral(R"({"Effect": "deny", "Action": "*", "Resource": "*"})")
        << QStringLiteral("sts:GetSessionToken") << alice << false << Decision::Allow
        << std::vector<R> {R::InvalidEffect} << true;
}

void TestEvaluator::statementsItCannotEvaluateAreReported()
{
    QFETCH(QString, second);
    QFETCH(QString, action);
    QFETCH(QStringList, context);
    QFETCH(bool, indeterminate);
    QFETCH(Decision, decision);
    QFETCH(std::vector<SkipReason>, reasons);
    QFETCH(bool, mightApply);

    const PolicySource source = PolicySource::parse(QString(QStringLiteral(R"({"Version": "2012-10-17", "Statement": [
            {"Sid": "AllowAll", "Effect": "Allow", "Action": "*", "Resource": "*"}, )")
                                                            + second + QStringLiteral("]}"))
                                                        .toStdString(),
                                                    "broken");
    QVERIFY(source.isValidJson());
    for (const bool trace : {true, false}) {
        const Evaluation e
            = evaluate(source.policy(), request(action, QStringLiteral("*"), context), EvaluateOptions {trace});
        QCOMPARE(e.indeterminate, indeterminate);
        if (!indeterminate)
            QCOMPARE(e.decision, decision);
        QVERIFY(e.deniedBy.empty());
        QCOMPARE(e.skipped.size(), std::size_t(1));
        QCOMPARE(e.skipped[0].ref, (StatementRef {0, 1}));
        std::vector<SkipReason> found;
        for (const SkipCause &cause : e.skipped[0].causes) {
            found.push_back(cause.reason);
            QVERIFY2(cause.pointer.starts_with("/Statement/1"), cause.pointer.c_str());
        }
        QCOMPARE(found, reasons);
        QCOMPARE(e.skipped[0].mightApply, mightApply);
    }
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
