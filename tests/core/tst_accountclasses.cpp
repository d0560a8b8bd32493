// Users that share their policies are evaluated once (userClasses()), and an edit re-analyses only
// the users of the edited policy. The dump is tests/data/accounts/shared-policies.json, written by
// hand; every expected answer below was worked out by hand from its policies (the table in
// tests/data/accounts/README.md). After SelfManageOld allows `mfa/*` (the current AWS example),
// ann, ben and cat can enroll any device name; dan still cannot enable (ProtectDan), eve still
// cannot list or enable (`user/${aws:username}` is not her ARN, which has her path); bea, fay and
// gus are not reached.

#include "accountanalysis.h"
#include "accountclasses.h"
#include "accountdump.h"
#include "testdata.h"

#include <QtTest>

#include <numeric>

using namespace mfapolicy;

namespace {

std::string dumpText()
{
    return testing::readInput(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/shared-policies.json")).toStdString();
}

// SelfManageOld with the device resource of AWS's current example.
const char *const currentText = "{\n"
                                "    \"Version\": \"2012-10-17\",\n"
                                "    \"Statement\": [\n"
                                "        {\n"
                                "            \"Effect\": \"Allow\",\n"
                                "            \"Action\": \"iam:CreateVirtualMFADevice\",\n"
                                "            \"Resource\": \"arn:aws:iam::*:mfa/*\"\n"
                                "        },\n"
                                "        {\n"
                                "            \"Effect\": \"Allow\",\n"
                                "            \"Action\": [\n"
                                "                \"iam:EnableMFADevice\",\n"
                                "                \"iam:ListMFADevices\"\n"
                                "            ],\n"
                                "            \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"\n"
                                "        }\n"
                                "    ]\n"
                                "}\n";

std::size_t userIndex(const AccountDump &dump, const char *name)
{
    for (std::size_t u = 0; u < dump.users.size(); ++u)
        if (dump.users[u].name == name)
            return u;
    qFatal("no user %s", name);
}

std::size_t policyIndex(const AccountDump &dump, const char *name)
{
    for (std::size_t p = 0; p < dump.policies.size(); ++p)
        if (dump.policies[p].name == name)
            return p;
    qFatal("no policy %s", name);
}

QString refusals(const UserAnswers &answers)
{
    QStringList out;
    for (const Refusal &r : answers.enrollmentRefusals)
        out << QString::fromStdString(r.message);
    return out.join(u'\n');
}

QString implicitDeny(const std::string &userArn, const char *action, const std::string &resource)
{
    return QStringLiteral("User: %1 is not authorized to perform: %2 on resource: %3 because no identity-based "
                          "policy allows the %2 action")
        .arg(QString::fromStdString(userArn), QString::fromLatin1(action), QString::fromStdString(resource));
}

QString implicitCreate(const std::string &name)
{
    return implicitDeny("arn:aws:iam::111122223333:user/" + name, "iam:CreateVirtualMFADevice",
                        "arn:aws:iam::111122223333:mfa/" + name + "-phone");
}

const std::string eveArn = "arn:aws:iam::111122223333:user/contractors/eve";
const QString eveListDenied = implicitDeny(eveArn, "iam:ListMFADevices", eveArn);
const QString eveEnableDenied = implicitDeny(eveArn, "iam:EnableMFADevice", eveArn);

const QString danEnableDenied
    = QStringLiteral("User: arn:aws:iam::111122223333:user/dan is not authorized to perform: iam:EnableMFADevice on "
                     "resource: arn:aws:iam::111122223333:user/dan with an explicit deny in an identity-based policy");

bool same(const UserAnswers &a, const UserAnswers &b)
{
    return a.user == b.user && a.analysed == b.analysed && a.deviceName == b.deviceName
        && a.canEnrollAnyName == b.canEnrollAnyName && a.canEnrollNamedLikeUser == b.canEnrollNamedLikeUser
        && a.mustSignInWithMfa == b.mustSignInWithMfa && a.accessKeysActWithoutMfa == b.accessKeysActWithoutMfa
        && a.accessKeysCanEnroll == b.accessKeysCanEnroll && a.canSeeAllUsers == b.canSeeAllUsers
        && a.canDeactivateWithoutMfa == b.canDeactivateWithoutMfa && refusals(a) == refusals(b);
}

} // namespace

class TestAccountClasses : public QObject
{
    Q_OBJECT

private slots:
    void usersOfTheSamePoliciesAreOneClass()
    {
        const AccountDump dump = readAccountDump(dumpText());
        QVERIFY(dump.problems.empty());
        std::vector<std::size_t> all(dump.users.size());
        std::iota(all.begin(), all.end(), std::size_t(0));
        QStringList classes;
        for (const std::vector<std::size_t> &members : userClasses(dump, all)) {
            QStringList names;
            for (std::size_t u : members)
                names << QString::fromStdString(dump.users[u].name);
            classes << names.join(u',');
        }
        classes.sort();
        // dan is named by ProtectDan, eve has another path, `mfa/b*` tells bea from fay.
        QCOMPARE(classes,
                 (QStringList {QStringLiteral("ann,ben,cat"), QStringLiteral("bea"), QStringLiteral("dan"),
                               QStringLiteral("eve"), QStringLiteral("fay"), QStringLiteral("gus")}));
    }

    void sharedAnswersAreEachUsersOwn()
    {
        const AccountDump dump = readAccountDump(dumpText());
        const AccountAnalysis analysis = analyseAccount(dump);
        QCOMPARE(analysis.users.size(), std::size_t(8));
        const auto answers
            = [&](const char *name) -> const UserAnswers & { return analysis.users[userIndex(dump, name)]; };
        for (const char *name : {"ann", "ben", "cat"}) {
            const UserAnswers &u = answers(name);
            QVERIFY(u.analysed);
            QVERIFY(!u.canEnrollAnyName);
            QVERIFY(u.canEnrollNamedLikeUser);
            QVERIFY(u.mustSignInWithMfa); // nothing else is allowed at all
            QVERIFY(!u.accessKeysCanEnroll);
            QCOMPARE(refusals(u), implicitCreate(name));
        }
        QVERIFY(!answers("dan").canEnrollNamedLikeUser);
        QCOMPARE(refusals(answers("dan")), implicitCreate("dan") + u'\n' + danEnableDenied);
        QCOMPARE(answers("dan").enrollmentRefusals.back().policies, std::vector<std::string> {"ProtectDan"});
        // eve's ARN has her path: `user/${aws:username}` does not match it.
        QVERIFY(!answers("eve").canEnrollNamedLikeUser);
        QCOMPARE(refusals(answers("eve")),
                 eveListDenied + u'\n'
                     + implicitDeny(eveArn, "iam:CreateVirtualMFADevice", "arn:aws:iam::111122223333:mfa/eve-phone")
                     + u'\n' + eveEnableDenied);
        QVERIFY(answers("bea").canEnrollAnyName);
        QVERIFY(answers("bea").enrollmentRefusals.empty());
        QVERIFY(!answers("fay").canEnrollAnyName);
        QVERIFY(!answers("fay").canEnrollNamedLikeUser);
        QCOMPARE(refusals(answers("fay")), implicitCreate("fay"));
        QCOMPARE(answers("gus").enrollmentRefusals.size(), std::size_t(3)); // list, create, enable

        // And exactly what each user gets when evaluated on its own.
        for (std::size_t u = 0; u < dump.users.size(); ++u)
            QVERIFY2(same(analysis.users[u], analyseUser(dump, u)), dump.users[u].name.c_str());
    }

    void anEditChangesExactlyItsUsers()
    {
        AccountDump dump = readAccountDump(dumpText());
        const AccountAnalysis before = analyseAccount(dump);
        const std::size_t policy = policyIndex(dump, "SelfManageOld");
        QVERIFY(before.policies[policy].stale);
        AccountAnalysis after = before;
        replacePolicySource(dump, policy,
                            std::make_shared<const PolicySource>(PolicySource::parse(currentText, "SelfManageOld")));
        QVERIFY(reanalyseUsers(dump, dump.policies[policy].users, after.users, after.policies));

        for (const char *name : {"ann", "ben", "cat"}) {
            const UserAnswers &u = after.users[userIndex(dump, name)];
            QVERIFY2(u.canEnrollAnyName, name);
            QVERIFY2(u.enrollmentRefusals.empty(), name);
        }
        const UserAnswers &eve = after.users[userIndex(dump, "eve")];
        QVERIFY(!eve.canEnrollAnyName);
        QCOMPARE(refusals(eve), eveListDenied + u'\n' + eveEnableDenied);
        const UserAnswers &dan = after.users[userIndex(dump, "dan")];
        QVERIFY(!dan.canEnrollAnyName);
        QCOMPARE(refusals(dan), danEnableDenied);
        for (const char *name : {"bea", "fay", "gus"})
            QVERIFY2(same(after.users[userIndex(dump, name)], before.users[userIndex(dump, name)]), name);
        QVERIFY(!after.policies[policy].stale);
        QVERIFY(after.policies[policy].blocksEnrollment.empty());

        // The same as analysing the edited account from scratch, user by user.
        const AccountAnalysis fresh = analyseAccount(dump);
        for (std::size_t u = 0; u < dump.users.size(); ++u) {
            QVERIFY2(same(after.users[u], fresh.users[u]), dump.users[u].name.c_str());
            QVERIFY2(same(after.users[u], analyseUser(dump, u)), dump.users[u].name.c_str());
        }
        for (std::size_t p = 0; p < dump.policies.size(); ++p) {
            QCOMPARE(after.policies[p].blocksEnrollment, fresh.policies[p].blocksEnrollment);
            QCOMPARE(after.policies[p].stale, fresh.policies[p].stale);
        }
    }

    void anInlinePolicyIsEditedOnlyWhereItIsAttached()
    {
        // Two groups carry an inline policy of the same name and text: the reader parses it once,
        // and an edit of one group's copy reaches only that group's users.
        std::string text = dumpText();
        const std::size_t fay = text.find("\"UserName\": \"fay\"");
        text.replace(text.find("[\"Wild\"]", fay), 8, "[\"Wild2\"]");
        const std::size_t group = text.find("{\"GroupName\": \"Wild\"");
        const std::size_t end = text.find("]}}]}", group) + 5; // the end of the group Wild
        std::string copy = text.substr(group, end - group);
        copy.replace(copy.find("\"Wild\""), 6, "\"Wild2\"");
        text.insert(end, ",\n    " + copy);
        AccountDump dump = readAccountDump(text);
        QVERIFY(dump.problems.empty());
        std::size_t first = dump.policies.size(), second = dump.policies.size();
        for (std::size_t p = 0; p < dump.policies.size(); ++p) {
            if (dump.policies[p].owner == "group/Wild")
                first = p;
            if (dump.policies[p].owner == "group/Wild2")
                second = p;
        }
        QVERIFY(first < dump.policies.size() && second < dump.policies.size());
        AccountAnalysis after = analyseAccount(dump);
        replacePolicySource(dump, first,
                            std::make_shared<const PolicySource>(PolicySource::parse(currentText, "WildDevices")));
        QVERIFY(reanalyseUsers(dump, dump.policies[first].users, after.users, after.policies));
        // bea (Wild) now allows any device name; fay (Wild2) keeps `mfa/b*`.
        QVERIFY(after.users[userIndex(dump, "bea")].canEnrollAnyName);
        QVERIFY(!after.users[userIndex(dump, "fay")].canEnrollAnyName);
        QVERIFY(same(after.users[userIndex(dump, "fay")], analyseUser(dump, userIndex(dump, "fay"))));
    }
};

QTEST_GUILESS_MAIN(TestAccountClasses)
#include "tst_accountclasses.moc"
