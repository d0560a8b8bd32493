// Findings: each rule fires on a policy that has the problem, at the right element, and stays
// quiet on the corrected policy; quick fixes remove the finding. Expected answers follow the AWS
// documentation summarised in IAM-SEMANTICS and MFA-FACTS.

#include "checker.h"
#include "policysource.h"

#include <QtTest>

#include <atomic>

#include <set>

using namespace mfapolicy;

namespace {

QString policy(const QStringList &statements, const QString &version = QStringLiteral("2012-10-17"))
{
    return QStringLiteral("{\n  \"Version\": \"%1\",\n  \"Statement\": [\n    %2\n  ]\n}\n")
        .arg(version, statements.join(QLatin1String(",\n    ")));
}

// Building blocks, written as the AWS examples write them.
const QString createAnyName = QStringLiteral(
    "{\"Effect\": \"Allow\", \"Action\": [\"iam:CreateVirtualMFADevice\"], \"Resource\": \"arn:aws:iam::*:mfa/*\"}");
const QString manageOwn
    = QStringLiteral("{\"Effect\": \"Allow\", \"Action\": [\"iam:EnableMFADevice\", \"iam:ListMFADevices\", "
                     "\"iam:GetUser\"], \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"}");
QString guard(const QString &operatorName = QStringLiteral("BoolIfExists"), const QString &extraExempt = QString(),
              const QString &value = QStringLiteral("false"))
{
    return QStringLiteral("{\"Sid\": \"Guard\", \"Effect\": \"Deny\", \"NotAction\": [\"iam:CreateVirtualMFADevice\", "
                          "\"iam:EnableMFADevice\", \"iam:ListMFADevices\", \"iam:GetUser\"%1], \"Resource\": \"*\", "
                          "\"Condition\": {\"%2\": {\"aws:MultiFactorAuthPresent\": \"%3\"}}}")
        .arg(extraExempt, operatorName, value);
}
QString allow(const QString &actions, const QString &resource, const QString &condition = QString())
{
    return QStringLiteral("{\"Effect\": \"Allow\", \"Action\": [%1], \"Resource\": %2%3}")
        .arg(actions, resource, condition.isEmpty() ? QString() : QStringLiteral(", \"Condition\": ") + condition);
}

std::vector<Finding> findingsOf(const std::vector<Finding> &all, const QString &ruleId)
{
    std::vector<Finding> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&](const Finding &f) { return f.ruleId == ruleId.toStdString(); });
    return out;
}

QString pointers(const std::vector<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out << QString::fromStdString(f.pointer);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("pointer"); ///< where it is reported; empty: must not be reported
        QTest::addColumn<bool>("hasFix");

        const QString own = QStringLiteral("\"arn:aws:iam::*:user/${aws:username}\"");
        const QString self = createAnyName + QStringLiteral(",\n    ") + manageOwn;

        // ---- Validity ----
        QTest::newRow("variables with Version 2008-10-17")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), own)}, QStringLiteral("2008-10-17"))
            << "VARIABLE_UNSUPPORTED_IN_VERSION"
            << "/Statement/0/Resource" << true;
        QTest::newRow("variables with Version 2012-10-17: fine")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), own)}) << "VARIABLE_UNSUPPORTED_IN_VERSION"
            << "" << false;
        QTest::newRow("misspelt IAM action")
            << policy({allow(QStringLiteral("\"iam:CreateVirtualMFADevic\""), QStringLiteral("\"*\""))})
            << "INVALID_ACTION"
            << "/Statement/0/Action/0" << true;
        QTest::newRow("IAM wildcard that matches nothing")
            << policy({allow(QStringLiteral("\"iam:Frobnicate*\""), QStringLiteral("\"*\""))}) << "INVALID_ACTION"
            << "/Statement/0/Action/0" << false;
        QTest::newRow("unknown action of a service the catalog does not know: not an error")
            << policy({allow(QStringLiteral("\"s3:GetObjectsz\""), QStringLiteral("\"*\""))}) << "INVALID_ACTION"
            << "" << false;
        QTest::newRow("action without a service prefix")
            << policy({allow(QStringLiteral("\"ListUsers\""), QStringLiteral("\"*\""))}) << "INVALID_ACTION_FORMAT"
            << "/Statement/0/Action/0" << false;
        QTest::newRow("upper-case ARN partition and service")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:AWS:IAM::*:user/bob\""))})
            << "INVALID_ARN_CASE"
            << "/Statement/0/Resource" << true;
        QTest::newRow("lower-case ARN: fine")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/bob\""))})
            << "INVALID_ARN_CASE"
            << "" << false;
        QTest::newRow("wildcard in the resource type")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::123456789012:u*\""))})
            << "WILDCARD_IN_RESOURCE_TYPE"
            << "/Statement/0/Resource" << false;
        QTest::newRow("wildcard after the resource type: fine") << policy(
            {allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::123456789012:user/*\""))})
                                                                << "WILDCARD_IN_RESOURCE_TYPE"
                                                                << "" << false;
        QTest::newRow("ARN with too few fields")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam:user/bob\""))})
            << "MISSING_ARN_FIELD"
            << "/Statement/0/Resource" << false;
        QTest::newRow("account that is not 12 digits")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::12345:user/bob\""))})
            << "INVALID_ARN_ACCOUNT"
            << "/Statement/0/Resource" << false;
        QTest::newRow("variable missing its brace") << policy(
            {allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/${aws:username\""))})
                                                    << "MISSING_BRACE_IN_VARIABLE"
                                                    << "/Statement/0/Resource" << false;
        QTest::newRow("empty variable") << policy(
            {allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/${}\""))})
                                        << "EMPTY_VARIABLE"
                                        << "/Statement/0/Resource" << false;
        QTest::newRow("space inside a variable") << policy(
            {allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/${aws: username}\""))})
                                                 << "UNSUPPORTED_SPACE_IN_VARIABLE"
                                                 << "/Statement/0/Resource" << false;
        QTest::newRow("default value without comma-space") << policy({allow(
            QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/${aws:username,'nobody'}\""))})
                                                           << "INVALID_VARIABLE_DEFAULT"
                                                           << "/Statement/0/Resource" << false;
        QTest::newRow("default value written as documented: fine") << policy({allow(
            QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"arn:aws:iam::*:user/${aws:username, 'nobody'}\""))})
                                                                   << "INVALID_VARIABLE_DEFAULT"
                                                                   << "" << false;
        QTest::newRow("NumericLessThan value that is not a number")
            << policy({allow(QStringLiteral("\"iam:DeactivateMFADevice\""), QStringLiteral("\"*\""),
                             QStringLiteral("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"one hour\"}}"))})
            << "INVALID_CONDITION_VALUE"
            << "/Statement/0/Condition/NumericLessThan/aws:MultiFactorAuthAge" << false;
        QTest::newRow("IpAddress value that is not an address") << policy(
            {allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"*\""),
                   QStringLiteral("{\"IpAddress\": {\"aws:SourceIp\": [\"203.0.113.0/24\", \"203.0.113.300\"]}}"))})
                                                                << "INVALID_CONDITION_VALUE"
                                                                << "/Statement/0/Condition/IpAddress/aws:SourceIp/1"
                                                                << false;
        QTest::newRow("numbers, dates and CIDR blocks as documented: fine")
            << policy({allow(QStringLiteral("\"iam:GetUser\""), QStringLiteral("\"*\""),
                             QStringLiteral("{\"NumericLessThan\": {\"aws:MultiFactorAuthAge\": \"3600\"}, "
                                            "\"DateGreaterThan\": {\"aws:CurrentTime\": \"2026-01-01T00:00:00Z\"}, "
                                            "\"IpAddress\": {\"aws:SourceIp\": \"203.0.113.0/24\"}}"))})
            << "INVALID_CONDITION_VALUE"
            << "" << false;
        QTest::newRow("NullIfExists does not exist")
            << policy({allow(QStringLiteral("\"s3:ListAllMyBuckets\""), QStringLiteral("\"*\""),
                             QStringLiteral("{\"NullIfExists\": {\"aws:MultiFactorAuthAge\": \"false\"}}"))})
            << "NULL_WITH_IF_EXISTS"
            << "/Statement/0/Condition/NullIfExists" << true;
        QTest::newRow("lower-case operator")
            << policy({self, guard(QStringLiteral("boolIfExists"))}) << "INVALID_CONDITION_OPERATOR"
            << "/Statement/2/Condition/boolIfExists" << true;
        QTest::newRow("BoolIfExists: fine") << policy({self, guard()}) << "INVALID_CONDITION_OPERATOR"
                                            << "" << false;
        QTest::newRow("non-boolean value for aws:MultiFactorAuthPresent")
            << policy({self, guard(QStringLiteral("BoolIfExists"), QString(), QStringLiteral("no"))})
            << "TYPE_MISMATCH_BOOLEAN"
            << "/Statement/2/Condition/BoolIfExists/aws:MultiFactorAuthPresent" << false;
        QTest::newRow("\"false\" is boolean") << policy({self, guard()}) << "TYPE_MISMATCH_BOOLEAN"
                                              << "" << false;
        QTest::newRow("variable in a Bool value")
            << policy({self, guard(QStringLiteral("BoolIfExists"), QString(), QStringLiteral("${aws:x}"))})
            << "VARIABLE_IN_BOOLEAN_VALUE"
            << "/Statement/2/Condition/BoolIfExists/aws:MultiFactorAuthPresent" << false;
        QTest::newRow("duplicate Sids") << policy({guard(), guard()}) << "DUPLICATE_SID"
                                        << "/Statement/1/Sid" << false;
        QTest::newRow("Sid with a hyphen") << policy({QStringLiteral(
            "{\"Sid\": \"Allow-Users\", \"Effect\": \"Allow\", \"Action\": \"iam:ListUsers\", \"Resource\": \"*\"}")})
                                           << "INVALID_SID"
                                           << "/Statement/0/Sid" << true;
        QTest::newRow("letters and digits Sid: fine") << policy({guard()}) << "INVALID_SID"
                                                      << "" << false;
        QTest::newRow("iam:List* makes iam:ListUsers redundant")
            << policy({allow(QStringLiteral("\"iam:List*\", \"iam:ListUsers\""), QStringLiteral("\"*\""))})
            << "REDUNDANT_ACTION"
            << "/Statement/0/Action/1" << true;
        QTest::newRow("distinct actions: nothing redundant")
            << policy({allow(QStringLiteral("\"iam:ListUsers\", \"iam:GetUser\""), QStringLiteral("\"*\""))})
            << "REDUNDANT_ACTION"
            << "" << false;

        // ---- MFA ----
        const QString staleShared
            = allow(QStringLiteral("\"iam:CreateVirtualMFADevice\", \"iam:EnableMFADevice\""),
                    QStringLiteral("[\"arn:aws:iam::*:mfa/${aws:username}\", ") + own + QStringLiteral("]"));
        QTest::newRow("device resource mfa/${aws:username}")
            << policy({staleShared, guard()}) << "STALE_MFA_DEVICE_RESOURCE"
            << "/Statement/0/Resource/0" << true;
        QTest::newRow("device resource mfa/*: fine") << policy({self, guard()}) << "STALE_MFA_DEVICE_RESOURCE"
                                                     << "" << false;
        QTest::newRow("device name pinned to one literal")
            << policy({allow(QStringLiteral("\"iam:CreateVirtualMFADevice\""),
                             QStringLiteral("\"arn:aws:iam::*:mfa/alice-phone\"")),
                       manageOwn, guard()})
            << "DEVICE_NAME_PINNED"
            << "/Statement/0/Resource" << false;
        QTest::newRow("any device name: not pinned") << policy({self, guard()}) << "DEVICE_NAME_PINNED"
                                                     << "" << false;
        QTest::newRow("guard with Bool lets access keys through")
            << policy({self, guard(QStringLiteral("Bool"))}) << "MFA_GUARD_BOOL_NOT_IF_EXISTS"
            << "/Statement/2/Condition/Bool" << true;
        QTest::newRow("guard with BoolIfExists: fine") << policy({self, guard()}) << "MFA_GUARD_BOOL_NOT_IF_EXISTS"
                                                       << "" << false;
        QTest::newRow("Allow with BoolIfExists true admits access keys")
            << policy({allow(QStringLiteral("\"ec2:StopInstances\""), QStringLiteral("\"*\""),
                             QStringLiteral("{\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"true\"}}"))})
            << "ALLOW_BOOL_IF_EXISTS_MFA"
            << "/Statement/0/Condition/BoolIfExists" << true;
        QTest::newRow("Allow with Bool true: MFA only, fine")
            << policy({allow(QStringLiteral("\"ec2:StopInstances\""), QStringLiteral("\"*\""),
                             QStringLiteral("{\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}"))})
            << "ALLOW_BOOL_IF_EXISTS_MFA"
            << "" << false;
        QTest::newRow("Null used for MFA")
            << policy({self, guard(QStringLiteral("Null"), QString(), QStringLiteral("true"))}) << "NULL_FOR_MFA"
            << "/Statement/2/Condition/Null" << false;
        QTest::newRow("no Null: fine") << policy({self, guard()}) << "NULL_FOR_MFA"
                                       << "" << false;
        QTest::newRow("guard does not exempt EnableMFADevice")
            << policy({self, QString(guard()).replace(QLatin1String("\"iam:EnableMFADevice\", "), QString())})
            << "ENROLLMENT_ACTION_DENIED"
            << "/Statement/2/NotAction" << true;
        QTest::newRow("guard exempts the enrollment actions: fine")
            << policy({self, guard()}) << "ENROLLMENT_ACTION_DENIED"
            << "" << false;
        QTest::newRow("GetUser not allowed for the Security credentials page") << policy(
            {createAnyName, allow(QStringLiteral("\"iam:EnableMFADevice\", \"iam:ListMFADevices\""), own), guard()})
                                                                               << "CONSOLE_PAGE_ACTION_DENIED"
                                                                               << "/Statement" << false;
        QTest::newRow("GetUser allowed: fine") << policy({self, guard()}) << "CONSOLE_PAGE_ACTION_DENIED"
                                               << "" << false;
        QTest::newRow("ListUsers before MFA")
            << policy({self, allow(QStringLiteral("\"iam:ListUsers\""), QStringLiteral("\"*\"")),
                       guard(QStringLiteral("BoolIfExists"), QStringLiteral(", \"iam:ListUsers\""))})
            << "LIST_USERS_BEFORE_MFA"
            << "/Statement/2/Action/0" << true;
        QTest::newRow("ListUsers only after MFA: fine")
            << policy({self, allow(QStringLiteral("\"iam:ListUsers\""), QStringLiteral("\"*\"")), guard()})
            << "LIST_USERS_BEFORE_MFA"
            << "" << false;
        QTest::newRow("deactivating allowed without MFA")
            << policy({self, allow(QStringLiteral("\"iam:DeactivateMFADevice\""), own)}) << "DEACTIVATE_WITHOUT_MFA"
            << "/Statement/2/Action/0" << false;
        QTest::newRow("deactivating only with MFA: fine")
            << policy({self,
                       allow(QStringLiteral("\"iam:DeactivateMFADevice\""), own,
                             QStringLiteral("{\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}")),
                       guard()})
            << "DEACTIVATE_WITHOUT_MFA"
            << "" << false;
        QTest::newRow("guard exempts DeleteVirtualMFADevice")
            << policy({self, guard(QStringLiteral("BoolIfExists"), QStringLiteral(", \"iam:DeleteVirtualMFADevice\""))})
            << "DELETE_DEVICE_EXEMPTED"
            << "/Statement/2/NotAction/4" << true;
        QTest::newRow("delete not exempted: fine") << policy({self, guard()}) << "DELETE_DEVICE_EXEMPTED"
                                                   << "" << false;
        QTest::newRow("DeleteVirtualMFADevice on every device") << policy(
            {self, allow(QStringLiteral("\"iam:DeleteVirtualMFADevice\""), QStringLiteral("\"arn:aws:iam::*:mfa/*\"")),
             guard()}) << "DELETE_ANY_DEVICE"
                                                                << "/Statement/2/Resource" << false;
        QTest::newRow("DeleteVirtualMFADevice on the own-name device: not every device")
            << policy({self,
                       allow(QStringLiteral("\"iam:DeleteVirtualMFADevice\""),
                             QStringLiteral("\"arn:aws:iam::*:mfa/${aws:username}\"")),
                       guard()})
            << "DELETE_ANY_DEVICE"
            << "" << false;
        QTest::newRow("access keys alone can enroll a device") << policy({self, guard()}) << "ACCESS_KEY_CAN_ENROLL"
                                                               << "/Statement/1/Action/0" << false;
        QTest::newRow("create needs an MFA session or console sign-in: keys cannot enroll") << policy(
            {self, guard(QStringLiteral("BoolIfExists"), QString(), QStringLiteral("false")),
             QStringLiteral("{\"Effect\": \"Deny\", \"Action\": \"iam:CreateVirtualMFADevice\", \"Resource\": \"*\", "
                            "\"Condition\": {\"Null\": {\"aws:MultiFactorAuthPresent\": \"true\"}}}")})
                                                                                            << "ACCESS_KEY_CAN_ENROLL"
                                                                                            << "" << false;
        QTest::newRow("sts:GetSessionToken listed")
            << policy({self, guard(QStringLiteral("BoolIfExists"), QStringLiteral(", \"sts:GetSessionToken\""))})
            << "GET_SESSION_TOKEN_IN_POLICY"
            << "/Statement/2/NotAction/4" << true;
        QTest::newRow("sts:GetSessionToken not listed: fine")
            << policy({self, guard()}) << "GET_SESSION_TOKEN_IN_POLICY"
            << "" << false;
        QTest::newRow("user/${aws:username} misses users with a path")
            << policy({self, guard()}) << "USER_PATH_NOT_MATCHED"
            << "/Statement/1/Resource" << true;
        QTest::newRow("user/*/${aws:username} beside it: fine") << policy(
            {createAnyName,
             allow(QStringLiteral("\"iam:EnableMFADevice\", \"iam:ListMFADevices\", \"iam:GetUser\""),
                   QStringLiteral("[") + own + QStringLiteral(", \"arn:aws:iam::*:user/*/${aws:username}\"]")),
             guard()}) << "USER_PATH_NOT_MATCHED"
                                                                << "" << false;
        QTest::newRow("self-service without a guard: MFA never enforced") << policy({self}) << "MFA_NOT_ENFORCED"
                                                                          << "/Statement" << false;
        QTest::newRow("guard present: enforced") << policy({self, guard()}) << "MFA_NOT_ENFORCED"
                                                 << "" << false;
        QTest::newRow("first sign-in password change blocked")
            << policy({self, allow(QStringLiteral("\"iam:ChangePassword\""), own), guard()})
            << "FIRST_SIGN_IN_PASSWORD_BLOCKED"
            << "/Statement/3/NotAction" << false;
        QTest::newRow("ChangePassword exempted: not blocked")
            << policy({self, allow(QStringLiteral("\"iam:ChangePassword\""), own),
                       guard(QStringLiteral("BoolIfExists"), QStringLiteral(", \"iam:ChangePassword\""))})
            << "FIRST_SIGN_IN_PASSWORD_BLOCKED"
            << "" << false;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, ruleId);
        QFETCH(QString, pointer);
        QFETCH(bool, hasFix);

        const PolicySource source = PolicySource::parse(text.toStdString());
        QVERIFY2(source.isValidJson(), qPrintable(text));
        const auto all = checkPolicy(source);
        const auto found = findingsOf(all, ruleId);
        if (pointer.isEmpty()) {
            QVERIFY2(found.empty(), qPrintable(pointers(found)));
            return;
        }
        QVERIFY2(!found.empty(), qPrintable(text));
        const auto at = std::find_if(found.begin(), found.end(),
                                     [&](const Finding &f) { return f.pointer == pointer.toStdString(); });
        QVERIFY2(at != found.end(), qPrintable(pointers(found)));
        const RuleInfo *rule = findRule(ruleId.toStdString());
        QVERIFY(rule);
        QCOMPARE(at->severity, rule->severity);
        // The location is inside the element the pointer names.
        const auto element = source.range(pointer.toStdString());
        const auto key = source.keyRange(pointer.toStdString());
        QVERIFY(element || key);
        const std::size_t begin = key ? key->begin : element->begin;
        const std::size_t end = element ? element->end : key->end;
        QVERIFY(at->range.begin >= begin && at->range.end <= end && at->range.begin < at->range.end);

        QCOMPARE(!at->fixes.empty(), hasFix);
        if (hasFix) {
            // Applying the fix removes the finding and keeps the document valid JSON.
            QVERIFY(!at->fixes.front().edits.empty());
            const PolicySource fixed = PolicySource::parse(applyEdits(source.text(), at->fixes.front().edits));
            QVERIFY(fixed.isValidJson());
            const auto after = findingsOf(checkPolicy(fixed), ruleId);
            QVERIFY2(after.empty(), qPrintable(QString::fromStdString(fixed.text())));
        }
    }

    void didYouMean()
    {
        const PolicySource source = PolicySource::parse(
            policy({allow(QStringLiteral("\"iam:CreateVirtualMFADevic\""), QStringLiteral("\"*\""))}).toStdString());
        const auto found = findingsOf(checkPolicy(source), QStringLiteral("INVALID_ACTION"));
        QCOMPARE(found.size(), std::size_t(1));
        QVERIFY(found.front().args.size() >= 2);
        QCOMPARE(found.front().args[1], std::string("iam:CreateVirtualMFADevice"));
    }

    void sizeQuota_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("statements");
        QTest::addColumn<bool>("exceeds");
        // Each statement below has 71 non-whitespace characters, 72 with its comma.
        QTest::newRow("inline user policy over 2,048") << int(PolicyKind::InlineUser) << 30 << true;
        QTest::newRow("same text as a managed policy (6,144)") << int(PolicyKind::Managed) << 30 << false;
        QTest::newRow("inline group policy over 5,120") << int(PolicyKind::InlineGroup) << 75 << true;
        QTest::newRow("same text as an inline role policy (10,240)") << int(PolicyKind::InlineRole) << 75 << false;
        QTest::newRow("small inline user policy") << int(PolicyKind::InlineUser) << 5 << false;
    }

    void sizeQuota()
    {
        QFETCH(int, kind);
        QFETCH(int, statements);
        QFETCH(bool, exceeds);
        QStringList list;
        for (int i = 0; i < statements; ++i)
            list << QStringLiteral(
                        "{\"Sid\": \"S%1\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}")
                        .arg(i, 4, 10, QLatin1Char('0'));
        const std::string text = policy(list).toStdString();
        // Whitespace does not count; every character of the statement text above does.
        QCOMPARE(policySize("{ \"a\" :\t1 }\n"), std::size_t(7));
        CheckOptions options;
        options.kind = PolicyKind(kind);
        const auto found
            = findingsOf(checkPolicy(PolicySource::parse(text), options), QStringLiteral("POLICY_SIZE_EXCEEDS_QUOTA"));
        QCOMPARE(found.size(), std::size_t(exceeds ? 1 : 0));
        if (exceeds) {
            QCOMPARE(found.front().args.at(0), std::to_string(policySize(text)));
            QCOMPARE(found.front().args.at(1), std::to_string(mfapolicy::sizeQuota(PolicyKind(kind))));
        }
    }

    void sizeCountsCharactersNotBytes_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::newRow("latin-1 letter, two UTF-8 bytes") << QStringLiteral("\u00e9");
        QTest::newRow("Japanese letter, three UTF-8 bytes") << QStringLiteral("\u65e5");
    }

    void sizeCountsCharactersNotBytes()
    {
        // A managed policy of exactly 6,144 characters whose condition value is made of letters
        // above U+007F: within the quota although it has far more than 6,144 bytes. One more
        // letter and it is over, by one character.
        QFETCH(QString, letter);
        const QString head = QStringLiteral("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Names\","
                                            "\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\",\"Condition\":"
                                            "{\"StringNotEquals\":{\"aws:username\":\"");
        const QString tail = QStringLiteral("\"}}}]}");
        const int letters = 6144 - int(head.size() + tail.size()); // head and tail: ASCII, no whitespace
        const std::string fits = QString(head + letter.repeated(letters) + tail).toStdString();
        QVERIFY(fits.size() > 6144 + 1000);
        QVERIFY(
            findingsOf(checkPolicy(PolicySource::parse(fits)), QStringLiteral("POLICY_SIZE_EXCEEDS_QUOTA")).empty());
        const std::string over = QString(head + letter.repeated(letters + 1) + tail).toStdString();
        const auto found
            = findingsOf(checkPolicy(PolicySource::parse(over)), QStringLiteral("POLICY_SIZE_EXCEEDS_QUOTA"));
        QCOMPARE(found.size(), std::size_t(1));
        QCOMPARE(found.front().args.at(0), std::string("6145"));
    }

    void parserDiagnosticsAreIncluded()
    {
        const PolicySource source = PolicySource::parse("{\"Statement\": [}");
        const auto all = checkPolicy(source);
        QVERIFY(!findingsOf(all, QStringLiteral("JSON_SYNTAX_ERROR")).empty());
    }

    void everyRuleLinksToAws()
    {
        std::set<std::string> ids;
        for (const RuleInfo &rule : allRules()) {
            QVERIFY2(ids.insert(rule.id).second, rule.id.c_str());
            QVERIFY2(rule.learnMoreUrl.rfind("https://docs.aws.amazon.com/", 0) == 0, rule.id.c_str());
        }
    }

    void findingsNameTheSimulatedUser_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QStringList>("args");

        const QString carol = QStringLiteral("carol");
        const QString yubikey = QStringLiteral("carol-yubikey");
        const QString account = QStringLiteral("123456789012");
        const QString root = QStringLiteral("/");
        const QString create = QStringLiteral("\"iam:CreateVirtualMFADevice\"");
        // mfa/${aws:username} refuses the name the user types (the November 2022 change).
        QTest::newRow("stale device resource names the typed device")
            << policy({allow(create, QStringLiteral("\"arn:aws:iam::*:mfa/${aws:username}\"")), manageOwn, guard()})
            << carol << yubikey << account << root << QStringLiteral("STALE_MFA_DEVICE_RESOURCE")
            << QStringList {yubikey, carol};
        // A literal mfa/carol lets carol create only that one device; for anyone else it grants nothing.
        QTest::newRow("device pinned to the user's literal name")
            << policy({allow(create, QStringLiteral("\"arn:aws:iam::*:mfa/carol\"")), manageOwn, guard()}) << carol
            << yubikey << account << root << QStringLiteral("DEVICE_NAME_PINNED") << QStringList {yubikey, carol};
        // The account in the ARN must be the user's own for the resource to match.
        QTest::newRow("device resource in the user's account") << policy(
            {allow(create, QStringLiteral("\"arn:aws:iam::111122223333:mfa/${aws:username}\"")), manageOwn, guard()})
                                                               << carol << yubikey << QStringLiteral("111122223333")
                                                               << root << QStringLiteral("STALE_MFA_DEVICE_RESOURCE")
                                                               << QStringList {yubikey, carol};
        // aws:username has no path, the user's ARN has: user/${aws:username} misses /staff/carol.
        QTest::newRow("user with a path cannot enable a device")
            << policy({createAnyName, manageOwn, guard()}) << carol << yubikey << account << QStringLiteral("/staff/")
            << QStringLiteral("ENROLLMENT_ACTION_DENIED") << QStringList {QStringLiteral("iam:EnableMFADevice")};
    }

    void findingsNameTheSimulatedUser()
    {
        QFETCH(QString, text);
        QFETCH(QString, user);
        QFETCH(QString, device);
        QFETCH(QString, account);
        QFETCH(QString, path);
        QFETCH(QString, ruleId);
        QFETCH(QStringList, args);

        const auto matching = [&](const std::vector<Finding> &all) {
            std::vector<Finding> out;
            for (const Finding &f : findingsOf(all, ruleId)) {
                bool same = f.args.size() >= std::size_t(args.size());
                for (qsizetype i = 0; same && i < args.size(); ++i)
                    same = f.args[std::size_t(i)] == args[i].toStdString();
                if (same)
                    out.push_back(f);
            }
            return out;
        };
        const PolicySource source = PolicySource::parse(text.toStdString());
        QVERIFY2(source.isValidJson(), qPrintable(text));
        CheckOptions options;
        options.identity.userName = user.toStdString();
        options.identity.deviceName = device.toStdString();
        options.identity.account = account.toStdString();
        options.identity.userPath = path.toStdString();
        QVERIFY2(!matching(checkPolicy(source, options)).empty(), qPrintable(text));
        // The default simulated user (alice, alice-phone, 123456789012, /) does not get this finding.
        QVERIFY(matching(checkPolicy(source)).empty());
    }

    void findingsAreSortedByPosition()
    {
        const PolicySource source = PolicySource::parse(
            policy(
                {allow(QStringLiteral("\"iam:ListUserz\""), QStringLiteral("\"arn:AWS:iam::*:user/x\"")),
                 QStringLiteral(
                     "{\"Sid\": \"A-1\", \"Effect\": \"Allow\", \"Action\": \"iam:ListUsers\", \"Resource\": \"*\"}")})
                .toStdString());
        const auto all = checkPolicy(source);
        QVERIFY(all.size() >= 3);
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].range.begin <= all[i].range.begin);
    }

    void eachFindingFixesItsOwnStatement_data()
    {
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("statement"); ///< %1: a number that makes it distinct
        QTest::newRow("stale device resource")
            << "STALE_MFA_DEVICE_RESOURCE"
            << "{\"Sid\": \"Device%1\", \"Effect\": \"Allow\", \"Action\": [\"iam:CreateVirtualMFADevice\", "
               "\"iam:DeleteVirtualMFADevice\"], \"Resource\": \"arn:aws:iam::*:mfa/${aws:username}\"}";
        QTest::newRow("ListUsers before MFA")
            << "LIST_USERS_BEFORE_MFA"
            << "{\"Sid\": \"List%1\", \"Effect\": \"Allow\", \"Action\": [\"iam:ListUsers\", "
               "\"iam:ListVirtualMFADevices\"], \"Resource\": \"*\"}";
        QTest::newRow("user with a path")
            << "USER_PATH_NOT_MATCHED"
            << "{\"Sid\": \"Own%1\", \"Effect\": \"Allow\", \"Action\": [\"iam:EnableMFADevice\", "
               "\"iam:ListMFADevices\"], \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"}";
    }

    void eachFindingFixesItsOwnStatement()
    {
        // Several statements with the same problem: one finding each, and each finding's quick fix
        // changes its own statement only (so the fixes do not repeat the whole policy's edits
        // once per finding); applied together they remove every finding of the rule.
        QFETCH(QString, ruleId);
        QFETCH(QString, statement);
        QStringList statements;
        for (int i = 0; i < 4; ++i)
            statements << statement.arg(i);
        const PolicySource source = PolicySource::parse(policy(statements).toStdString());
        QVERIFY(source.isValidJson());
        const auto found = findingsOf(checkPolicy(source), ruleId);
        QCOMPARE(found.size(), std::size_t(4));
        std::vector<TextEdit> all;
        std::set<std::string> fixed;
        for (const Finding &finding : found) {
            QCOMPARE(finding.fixes.size(), std::size_t(1));
            const std::string statementPointer = finding.pointer.substr(0, finding.pointer.find('/', 11));
            const auto range = source.range(statementPointer);
            QVERIFY(range);
            for (const TextEdit &edit : finding.fixes.front().edits) {
                // Inside the statement, or right after it (a statement inserted after it).
                QVERIFY2(edit.begin >= range->begin && edit.end <= range->end, finding.pointer.c_str());
                all.push_back(edit);
            }
            // Applied alone, it removes the finding of this statement (it keeps its index: new
            // statements go after it).
            const PolicySource after = PolicySource::parse(applyEdits(source.text(), finding.fixes.front().edits));
            QVERIFY(after.isValidJson());
            for (const Finding &left : findingsOf(checkPolicy(after), ruleId))
                QVERIFY2(left.pointer.rfind(statementPointer + '/', 0) != 0, left.pointer.c_str());
            fixed.insert(statementPointer);
        }
        QCOMPARE(fixed.size(), std::size_t(4));
        const PolicySource after = PolicySource::parse(applyEdits(source.text(), all));
        QVERIFY(after.isValidJson());
        QVERIFY2(findingsOf(checkPolicy(after), ruleId).empty(), after.text().c_str());
    }

    void cancelledCheckStopsBeforeTheRules()
    {
        const std::atomic<bool> cancel {true};
        const PolicySource source = PolicySource::parse(
            policy({allow(QStringLiteral("\"iam:ListUsers\""), QStringLiteral("\"*\""))}).toStdString());
        QVERIFY(!findingsOf(checkPolicy(source), QStringLiteral("LIST_USERS_BEFORE_MFA")).empty());
        CheckOptions options;
        options.cancel = &cancel;
        QVERIFY(checkPolicy(source, options).empty());
    }
};

QTEST_GUILESS_MAIN(TestChecker)
#include "tst_checker.moc"
