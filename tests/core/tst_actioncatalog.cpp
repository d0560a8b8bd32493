// The action catalog (MFA-FACTS §2, SEMANTICS §7) and the IAM/STS action names of the Service
// Authorization Reference.

#include "actioncatalog.h"
#include "evaluator.h"

#include <QtTest>

#include <algorithm>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::AccessLevel)
Q_DECLARE_METATYPE(mfapolicy::ResourceKind)

class TestActionCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void described_data();
    void described();
    void matrixOrder();
    void knownActions_data();
    void knownActions();
    void patterns_data();
    void patterns();
    void suggestions_data();
    void suggestions();
    void completions_data();
    void completions();
    void serviceLists();
};

void TestActionCatalog::described_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<AccessLevel>("level");
    QTest::addColumn<ResourceKind>("resource");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("policyControlled");

    using L = AccessLevel;
    using R = ResourceKind;
    const struct {
        const char *action;
        L level;
        R resource;
        bool required;
        bool controlled;
    } rows[] = {
        // MFA-FACTS §2, one row per action of the table
        {"iam:CreateVirtualMFADevice", L::Write, R::Mfa, true, true},
        {"iam:DeleteVirtualMFADevice", L::Write, R::Mfa, false, true},
        {"iam:EnableMFADevice", L::Write, R::User, true, true},
        {"iam:DeactivateMFADevice", L::Write, R::User, true, true},
        {"iam:ResyncMFADevice", L::Write, R::User, true, true},
        {"iam:ListMFADevices", L::List, R::User, false, true},
        {"iam:ListVirtualMFADevices", L::List, R::None, false, true},
        {"iam:GetMFADevice", L::Read, R::User, true, true},
        {"iam:TagMFADevice", L::Tagging, R::Mfa, true, true},
        {"iam:UntagMFADevice", L::Tagging, R::Mfa, true, true},
        {"iam:ListMFADeviceTags", L::List, R::Mfa, true, true},
        {"iam:ChangePassword", L::Write, R::User, true, true},
        {"iam:GetAccountPasswordPolicy", L::Read, R::None, false, true},
        {"iam:GetAccountSummary", L::List, R::None, false, true},
        {"iam:GetUser", L::Read, R::User, true, true},
        {"iam:ListUsers", L::List, R::None, false, true},
        {"iam:GetLoginProfile", L::List, R::User, true, true},
        {"iam:CreateLoginProfile", L::Write, R::User, true, true},
        {"iam:UpdateLoginProfile", L::Write, R::User, true, true},
        {"iam:DeleteLoginProfile", L::Write, R::User, true, true},
        {"iam:CreateAccessKey", L::Write, R::User, true, true},
        {"iam:UpdateAccessKey", L::Write, R::User, true, true},
        {"iam:DeleteAccessKey", L::Write, R::User, true, true},
        {"iam:ListAccessKeys", L::List, R::User, true, true},
        {"iam:GetAccessKeyLastUsed", L::Read, R::User, true, true},
        {"sts:GetSessionToken", L::Read, R::None, false, false},
        // representative unrelated actions without a resource type
        {"s3:ListAllMyBuckets", L::List, R::None, false, true},
        {"ec2:DescribeInstances", L::List, R::None, false, true},
    };
    for (const auto &row : rows) {
        QTest::newRow(row.action) << QString::fromLatin1(row.action) << row.level << row.resource << row.required
                                  << row.controlled;
    }
}

void TestActionCatalog::described()
{
    QFETCH(QString, action);
    QFETCH(AccessLevel, level);
    QFETCH(ResourceKind, resource);
    QFETCH(bool, required);
    QFETCH(bool, policyControlled);

    const ActionCatalog &catalog = ActionCatalog::instance();
    const ActionInfo *info = catalog.find(action.toLower().toStdString());
    QVERIFY2(info, qPrintable(action));
    QCOMPARE(QString::fromStdString(info->name), action);
    QCOMPARE(info->level, level);
    QCOMPARE(info->resource, resource);
    QCOMPARE(info->resourceRequired, required);
    QCOMPARE(!isNotPolicyControlled(action.toStdString()), policyControlled);
    const bool otherService = !action.startsWith(QLatin1String("iam:")) && !action.startsWith(QLatin1String("sts:"));
    QCOMPARE(info->mfaRelevant, !otherService);
    QVERIFY(catalog.isKnownAction(action.toStdString()));
}

void TestActionCatalog::matrixOrder()
{
    const auto &described = ActionCatalog::instance().described();
    auto position = [&](const char *name) {
        const auto it
            = std::find_if(described.begin(), described.end(), [&](const ActionInfo &a) { return a.name == name; });
        return it - described.begin();
    };
    // Device actions, the user's MFA, password, access keys, listing users, STS, other services.
    const char *order[] = {"iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:ChangePassword",
                           "iam:CreateAccessKey",        "iam:ListUsers",       "sts:GetSessionToken",
                           "s3:ListAllMyBuckets"};
    for (std::size_t i = 1; i < std::size(order); ++i)
        QVERIFY2(position(order[i - 1]) < position(order[i]), order[i]);
    QVERIFY(position("ec2:DescribeInstances") < std::ssize(described));

    const ActionInfo *create = ActionCatalog::instance().find("iam:CreateVirtualMFADevice");
    QVERIFY(std::find(create->conditionKeys.begin(), create->conditionKeys.end(), "aws:TagKeys")
            != create->conditionKeys.end());
    const ActionInfo *enable = ActionCatalog::instance().find("iam:EnableMFADevice");
    QVERIFY(std::find(enable->conditionKeys.begin(), enable->conditionKeys.end(), "iam:RegisterSecurityKey")
            != enable->conditionKeys.end());
}

void TestActionCatalog::knownActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("known");
    QTest::newRow("policy-only action PassRole") << QStringLiteral("iam:PassRole") << true;
    QTest::newRow("GenerateServiceLastAccessedDetails")
        << QStringLiteral("iam:GenerateServiceLastAccessedDetails") << true;
    QTest::newRow("lower case is still known") << QStringLiteral("iam:listusers") << true;
    QTest::newRow("upper-case service") << QStringLiteral("IAM:ListUsers") << true;
    QTest::newRow("sts AssumeRole") << QStringLiteral("sts:AssumeRole") << true;
    QTest::newRow("sts GetCallerIdentity") << QStringLiteral("sts:GetCallerIdentity") << true;
    QTest::newRow("singular typo") << QStringLiteral("iam:ListUser") << false;
    QTest::newRow("MFA device action in the wrong service") << QStringLiteral("sts:EnableMFADevice") << false;
    QTest::newRow("made-up action") << QStringLiteral("iam:DeleteEverything") << false;
    QTest::newRow("wildcard is not an action name") << QStringLiteral("iam:*") << false;
}

void TestActionCatalog::knownActions()
{
    QFETCH(QString, action);
    QFETCH(bool, known);
    QCOMPARE(ActionCatalog::instance().isKnownAction(action.toStdString()), known);
}

void TestActionCatalog::patterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("matchesAny");
    QTest::newRow("iam:*MFA*") << QStringLiteral("iam:*MFA*") << true;
    QTest::newRow("iam:List*Tags") << QStringLiteral("iam:List*Tags") << true;
    QTest::newRow("sts:Get*") << QStringLiteral("sts:Get*") << true;
    QTest::newRow("case-insensitive pattern") << QStringLiteral("IAM:*mfa*") << true;
    QTest::newRow("no such IAM action") << QStringLiteral("iam:*Bucket*") << false;
    QTest::newRow("question marks too long") << QStringLiteral("iam:GetUser?") << false;
    QTest::newRow("unknown service cannot be judged") << QStringLiteral("s3:Get*") << true;
}

void TestActionCatalog::patterns()
{
    QFETCH(QString, pattern);
    QFETCH(bool, matchesAny);
    QCOMPARE(ActionCatalog::instance().patternMatchesAny(pattern.toStdString()), matchesAny);
}

void TestActionCatalog::suggestions_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("first"); // "" = no suggestion
    QTest::newRow("wrong case and plural")
        << QStringLiteral("iam:CreateVirtualMfaDevices") << QStringLiteral("iam:CreateVirtualMFADevice");
    QTest::newRow("missing letter") << QStringLiteral("iam:ListUser") << QStringLiteral("iam:ListUsers");
    QTest::newRow("sts typo") << QStringLiteral("sts:GetSesionToken") << QStringLiteral("sts:GetSessionToken");
    QTest::newRow("only the case differs")
        << QStringLiteral("iam:enablemfadevice") << QStringLiteral("iam:EnableMFADevice");
    QTest::newRow("nothing close") << QStringLiteral("iam:Xyzzy") << QString();
}

void TestActionCatalog::suggestions()
{
    QFETCH(QString, typed);
    QFETCH(QString, first);
    const auto suggestions = ActionCatalog::instance().suggestions(typed.toStdString());
    QVERIFY(suggestions.size() <= 3);
    if (first.isEmpty()) {
        QVERIFY(suggestions.empty());
    } else {
        QVERIFY(!suggestions.empty());
        QCOMPARE(QString::fromStdString(suggestions.front()), first);
    }
}

void TestActionCatalog::completions_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("expected"); // must all be present
    QTest::addColumn<int>("count"); // -1 = do not check
    QTest::newRow("unique completion") << QStringLiteral("iam:CreateVirtual")
                                       << QStringList {QStringLiteral("iam:CreateVirtualMFADevice")} << 1;
    QTest::newRow("case-insensitive prefix")
        << QStringLiteral("IAM:enablem") << QStringList {QStringLiteral("iam:EnableMFADevice")} << 1;
    QTest::newRow("sts Get") << QStringLiteral(
        "sts:Get") << QStringList {QStringLiteral("sts:GetSessionToken"), QStringLiteral("sts:GetCallerIdentity")}
                             << -1;
    QTest::newRow("no completion") << QStringLiteral("iam:Zz") << QStringList {} << 0;
}

void TestActionCatalog::completions()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, expected);
    QFETCH(int, count);
    const auto completions = ActionCatalog::instance().completions(prefix.toStdString());
    for (const QString &name : expected)
        QVERIFY2(std::find(completions.begin(), completions.end(), name.toStdString()) != completions.end(),
                 qPrintable(name));
    for (const std::string &name : completions)
        QVERIFY(QString::fromStdString(name).startsWith(prefix, Qt::CaseInsensitive));
    if (count >= 0)
        QCOMPARE(int(completions.size()), count);
}

void TestActionCatalog::serviceLists()
{
    const ActionCatalog &catalog = ActionCatalog::instance();
    QVERIFY(catalog.knowsService("iam"));
    QVERIFY(catalog.knowsService("STS"));
    QVERIFY(!catalog.knowsService("s3"));
    QVERIFY(catalog.actionsOf("s3").empty());

    const auto &iam = catalog.actionsOf("iam");
    const auto &sts = catalog.actionsOf("sts");
    // The SAR lists well over 150 IAM actions and more than ten STS actions.
    QVERIFY(iam.size() > 150);
    QVERIFY(sts.size() > 10);
    QVERIFY(std::is_sorted(iam.begin(), iam.end()));
    QVERIFY(std::adjacent_find(iam.begin(), iam.end()) == iam.end());
    for (const std::string &name : iam)
        QVERIFY2(name.starts_with("iam:"), name.c_str());
    for (const std::string &name : sts)
        QVERIFY2(name.starts_with("sts:"), name.c_str());
    // Every described IAM/STS action is among the SAR names.
    for (const ActionInfo &info : catalog.described()) {
        const auto &list = info.name.starts_with("iam:") ? iam
            : info.name.starts_with("sts:")              ? sts
                                                         : catalog.actionsOf("");
        if (info.name.starts_with("iam:") || info.name.starts_with("sts:"))
            QVERIFY2(std::find(list.begin(), list.end(), info.name) != list.end(), info.name.c_str());
    }
}

QTEST_GUILESS_MAIN(TestActionCatalog)
#include "tst_actioncatalog.moc"
