// Policy variable substitution (SEMANTICS §4; reference_policies_variables).

#include "checker.h"
#include "evaluator.h"
#include "policysource.h"
#include "testcontext.h"

#include <QtTest>

using namespace mfapolicy;

namespace {

/// '1' where the substituted character must match literally, '0' elsewhere.
QString maskText(const std::vector<bool> &mask)
{
    QString out;
    for (bool literal : mask)
        out += literal ? QLatin1Char('1') : QLatin1Char('0');
    return out;
}

void addRow(const char *name, const char *text, std::initializer_list<const char *> context, bool enabled,
            const char *value, const char *mask, const char *unresolved)
{
    QStringList contextList;
    for (const char *c : context)
        contextList << QString::fromUtf8(c);
    QTest::newRow(name) << QString::fromUtf8(text) << contextList << enabled << QString::fromUtf8(value)
                        << QString::fromUtf8(mask) << QString::fromUtf8(unresolved);
}

} // namespace

class TestVariables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void substitute_data();
    void substitute();
    void contextKeys();
    void variablesOnlyInTheResourcePartOfAnArn_data();
    void variablesOnlyInTheResourcePartOfAnArn();
};

Q_DECLARE_METATYPE(mfapolicy::Decision)

void TestVariables::substitute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mask"); // "" = do not check
    QTest::addColumn<QString>("unresolved");

    addRow("plain text is unchanged", "arn:aws:iam::*:mfa/*", {}, true, "arn:aws:iam::*:mfa/*", "00000000000000000000",
           "");
    addRow("user name substituted", "user/${aws:username}", {"aws:username=alice"}, true, "user/alice", "0000011111",
           "");
    addRow("key name is case-insensitive", "user/${AWS:UserName}", {"aws:username=alice"}, true, "user/alice", "", "");
    addRow("disabled: text stays literal", "user/${aws:username}", {"aws:username=alice"}, false,
           "user/${aws:username}", "", "");
    addRow("two variables", "${aws:PrincipalAccount}/${aws:username}",
           {"aws:username=alice", "aws:PrincipalAccount=123456789012"}, true, "123456789012/alice", "", "");
    addRow("default when the key is absent", "user/${aws:username, 'guest'}", {}, true, "user/guest", "0000011111", "");
    addRow("default ignored when the key is present", "user/${aws:username, 'guest'}", {"aws:username=alice"}, true,
           "user/alice", "", "");
    addRow("empty default", "user/${aws:username, ''}", {}, true, "user/", "", "");
    addRow("absent key without default", "user/${aws:username}", {}, true, "user/", "", "${aws:username}");
    addRow("multivalued key is not a variable", "tag/${aws:TagKeys}", {"aws:TagKeys[]=env"}, true, "tag/", "",
           "${aws:TagKeys}");
    addRow("multivalued key falls back to the default", "tag/${aws:TagKeys, 'none'}", {"aws:TagKeys[]=env"}, true,
           "tag/none", "", "");
    addRow("${*} is a literal star", "bucket/${*}", {}, true, "bucket/*", "00000001", "");
    addRow("${?} is a literal question mark", "a${?}b", {}, true, "a?b", "010", "");
    addRow("${$} is a literal dollar", "${$}{x}", {}, true, "${x}", "1000", "");
    addRow("wildcards outside variables stay wildcards", "*/${*}", {}, true, "*/*", "001", "");
    addRow("unterminated variable stays text", "user/${aws:username", {"aws:username=alice"}, true,
           "user/${aws:username", "", "");
    addRow("empty value is present", "user/${aws:username, 'guest'}", {"aws:username="}, true, "user/", "", "");
}

void TestVariables::substitute()
{
    QFETCH(QString, text);
    QFETCH(QStringList, context);
    QFETCH(bool, enabled);
    QFETCH(QString, value);
    QFETCH(QString, mask);
    QFETCH(QString, unresolved);

    const Substitution s = substituteVariables(text.toStdString(), contextFrom(context), enabled);
    if (unresolved.isEmpty())
        QCOMPARE(QString::fromStdString(s.value), value);
    QCOMPARE(s.unresolved, !unresolved.isEmpty());
    QCOMPARE(QString::fromStdString(s.unresolvedVariable), unresolved);
    QCOMPARE(s.literalMask.size(), s.value.size());
    if (!mask.isEmpty())
        QCOMPARE(maskText(s.literalMask), mask);
}

void TestVariables::contextKeys()
{
    RequestContext context;
    context.set("aws:MultiFactorAuthPresent", "false");
    QVERIFY(context.find("AWS:multifactorauthpresent"));
    QCOMPARE(context.find("aws:multifactorauthpresent")->front(), std::string("false"));
    QVERIFY(!context.isMultiValued("aws:MultiFactorAuthPresent"));
    context.set("AWS:MULTIFACTORAUTHPRESENT", "true"); // same key: replaced, first spelling kept
    const auto entries = context.entries();
    QCOMPARE(entries.size(), std::size_t(1));
    QCOMPARE(entries[0].first, std::string("aws:MultiFactorAuthPresent"));
    QCOMPARE(entries[0].second, (std::vector<std::string> {"true"}));
    context.setMulti("aws:TagKeys", {"env", "team"});
    QVERIFY(context.isMultiValued("aws:tagkeys"));
    context.remove("aws:multifactorauthpresent");
    QVERIFY(!context.find("aws:MultiFactorAuthPresent"));
    QCOMPARE(context.entries().size(), std::size_t(1));
}

void TestVariables::variablesOnlyInTheResourcePartOfAnArn_data()
{
    // "You can use policy variables in the Resource element, but only in the resource portion of
    // the ARN", after the fifth colon (reference_policies_variables); not in the partition,
    // service, region or account. Condition values of ARN operators take them anywhere.
    QTest::addColumn<QString>("statements");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QStringList>("context");
    QTest::addColumn<Decision>("decision");
    QTest::addColumn<QString>("part"); ///< "" = no finding expected
    QTest::addColumn<QString>("variable");
    const QStringList alice {QStringLiteral("aws:username=alice"), QStringLiteral("aws:PrincipalAccount=123456789012"),
                             QStringLiteral("aws:RequestedRegion=us-east-1"), QStringLiteral("aws:x=aws")};
    const QString getUser = QStringLiteral("iam:GetUser");
    const QString aliceUser = QStringLiteral("arn:aws:iam::123456789012:user/alice");

    QTest::newRow("account part: not substituted, matches nothing")
        << QStringLiteral(R"({"Effect": "Allow", "Action": "iam:GetUser",
                              "Resource": "arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"})")
        << getUser << aliceUser << alice << Decision::ImplicitDeny << QStringLiteral("account")
        << QStringLiteral("${aws:PrincipalAccount}");
    QTest::newRow("partition part: not substituted") << QStringLiteral(R"({"Effect": "Allow", "Action": "iam:GetUser",
                              "Resource": "arn:${aws:x}:iam::123456789012:user/alice"})")
                                                     << getUser << aliceUser << alice << Decision::ImplicitDeny
                                                     << QStringLiteral("partition") << QStringLiteral("${aws:x}");
    QTest::newRow("region part: not substituted")
        << QStringLiteral(R"({"Effect": "Allow", "Action": "ec2:StartInstances",
                              "Resource": "arn:aws:ec2:${aws:RequestedRegion}:123456789012:instance/i-*"})")
        << QStringLiteral("ec2:StartInstances") << QStringLiteral("arn:aws:ec2:us-east-1:123456789012:instance/i-1")
        << alice << Decision::ImplicitDeny << QStringLiteral("region") << QStringLiteral("${aws:RequestedRegion}");
    QTest::newRow("NotResource with a variable in the account excludes nothing")
        << QStringLiteral(R"({"Effect": "Allow", "Action": "*", "Resource": "*"},
                             {"Effect": "Deny", "Action": "iam:*",
                              "NotResource": "arn:aws:iam::${aws:PrincipalAccount}:user/${aws:username}"})")
        << getUser << aliceUser << alice << Decision::ExplicitDeny << QStringLiteral("account")
        << QStringLiteral("${aws:PrincipalAccount}");
    QTest::newRow("resource part: substituted")
        << QStringLiteral(R"({"Effect": "Allow", "Action": "iam:GetUser",
                              "Resource": "arn:aws:iam::123456789012:user/${aws:username}"})")
        << getUser << aliceUser << alice << Decision::Allow << QString() << QString();
    QTest::newRow("ArnLike condition value: substituted in the account too")
        << QStringLiteral(R"({"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*",
                              "Condition": {"ArnLike": {"aws:PrincipalArn":
                                            "arn:aws:iam::${aws:PrincipalAccount}:user/alice"}}})")
        << getUser << aliceUser << (alice + QStringList {QStringLiteral("aws:PrincipalArn=") + aliceUser})
        << Decision::Allow << QString() << QString();
}

void TestVariables::variablesOnlyInTheResourcePartOfAnArn()
{
    QFETCH(QString, statements);
    QFETCH(QString, action);
    QFETCH(QString, resource);
    QFETCH(QStringList, context);
    QFETCH(Decision, decision);
    QFETCH(QString, part);
    QFETCH(QString, variable);

    const PolicySource source = PolicySource::parse(
        QString(QStringLiteral(R"({"Version": "2012-10-17", "Statement": [)") + statements + QStringLiteral("]}"))
            .toStdString());
    QVERIFY(source.diagnostics().empty());
    Request request;
    request.action = action.toStdString();
    request.resource = resource.toStdString();
    request.context = contextFrom(context);
    QCOMPARE(evaluate(source.policy(), request).decision, decision);

    std::vector<Finding> found;
    for (const Finding &finding : checkPolicy(source)) {
        if (finding.ruleId == "VARIABLE_OUTSIDE_RESOURCE_PART")
            found.push_back(finding);
    }
    if (part.isEmpty()) {
        QVERIFY(found.empty());
        return;
    }
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found[0].severity, Severity::Error);
    QCOMPARE(QString::fromStdString(found[0].args.at(1)), part);
    // Exactly the variable is marked.
    const std::string marked = source.text().substr(found[0].range.begin, found[0].range.end - found[0].range.begin);
    QCOMPARE(QString::fromStdString(marked), variable);
}

QTEST_GUILESS_MAIN(TestVariables)
#include "tst_variables.moc"
