// One-click migration: the default change restores enrollment with any device name and changes
// nothing else; optional changes follow the current AWS examples; edits keep the user's layout.

#include "checker.h"
#include "comparison.h"
#include "matrix.h"
#include "migration.h"
#include "policysource.h"
#include "testdata.h"

#include <QtTest>

#include <fstream>
#include <set>
#include <sstream>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::Decision)

namespace {

std::string readFile(const QString &path)
{
    return testing::readInput(path).toStdString();
}

std::string sample(const QString &name)
{
    return readFile(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/") + name);
}
std::string testData(const QString &name)
{
    return readFile(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/migration/") + name);
}

std::vector<Finding> findingsOf(const std::vector<Finding> &findings, const std::string &ruleId)
{
    std::vector<Finding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const Finding &f) { return f.ruleId == ruleId; });
    return out;
}

bool hasErrors(const PolicySource &source)
{
    return std::any_of(source.diagnostics().begin(), source.diagnostics().end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

Decision decide(const PolicySource &source, const SimulationIdentity &identity, AuthState state,
                const std::string &action, const std::string &resource)
{
    Request request;
    request.principal = identity.userArn();
    request.action = action;
    request.resource = resource;
    request.context = contextFor(identity, state);
    return evaluate(source.policy(), request).decision;
}

QString describe(const std::vector<CellChange> &changes)
{
    QStringList out;
    for (const CellChange &c : changes) {
        out << QStringLiteral("%1 %2 %3 %4->%5")
                   .arg(QString::fromStdString(c.action), QLatin1String(resourcePatternId(c.pattern)),
                        QLatin1String(authStateId(c.state)))
                   .arg(int(c.before))
                   .arg(int(c.after));
    }
    return out.join(QLatin1String("; "));
}

// Removes every occurrence of `what` from `text`.
std::string without(std::string text, const std::string &what)
{
    for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what))
        text.erase(pos, what.size());
    return text;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The samples README lists these as current before November 2022.
    void preNovember2022Samples_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"mfa-selfmanage_2018-07.json", "mfa-selfmanage_2018-09.json", "mfa-selfmanage_2018-11-21.json",
              "mfa-selfmanage_2018-11_to_2022-02.json", "mfa-selfmanage_2022-09_pre-nov-2022.json",
              "sec-creds-mfa-only_2019-01_to_2022-02.json", "sec-creds-self-manage_2019-01_to_2021-02.json",
              "sec-creds-self-manage_2022-06_pre-nov-2022.json"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void preNovember2022Samples()
    {
        QFETCH(QString, file);
        const PolicySource before = PolicySource::parse(sample(file), file.toStdString());
        QVERIFY(!hasErrors(before));
        const SimulationIdentity alice;
        // The breakage this migration is about: a custom device name is refused before.
        QVERIFY(decide(before, alice, AuthState::NoMfa, "iam:CreateVirtualMFADevice", alice.deviceArn("alice-phone"))
                != Decision::Allow);

        const MigrationPlan plan = planMigration(before);
        const MigrationChange *change = plan.find(createDeviceAnyNameChange);
        QVERIFY(change);
        QVERIFY(change->onByDefault);
        const std::string migrated = applyMigration(before, plan);
        const PolicySource after = PolicySource::parse(migrated, file.toStdString());
        QVERIFY(!hasErrors(after));
        QVERIFY(after.isValidJson());

        // Enrollment with device name alice-phone works without MFA.
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:CreateVirtualMFADevice", alice.deviceArn("alice-phone")),
                 Decision::Allow);
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:EnableMFADevice", alice.userArn()), Decision::Allow);

        // Only the create rows for other device names change, and only towards Allow.
        const auto changes
            = compareMatrices(computeMatrix(before.policy(), alice), computeMatrix(after.policy(), alice));
        QVERIFY2(!changes.empty(), "nothing changed");
        bool customNoMfa = false;
        for (const CellChange &c : changes) {
            QVERIFY2(c.action == "iam:CreateVirtualMFADevice"
                         && (c.pattern == ResourcePattern::DeviceCustomName
                             || c.pattern == ResourcePattern::OtherUsersDevice)
                         && c.after == Decision::Allow,
                     qPrintable(describe(changes)));
            customNoMfa
                = customNoMfa || (c.pattern == ResourcePattern::DeviceCustomName && c.state == AuthState::NoMfa);
        }
        QVERIFY(customNoMfa);

        // Minimal edits: what they remove is only the create action or the user-name device
        // part with separators; what they add names the create action or the any-device resource.
        for (const TextEdit &edit : change->edits) {
            const std::string removed = before.text().substr(edit.begin, edit.end - edit.begin);
            const std::string rest
                = without(without(without(removed, "\"iam:CreateVirtualMFADevice\""), "${aws:username}"), ",");
            QVERIFY2(rest.find_first_not_of(" \t\r\n") == std::string::npos, removed.c_str());
            if (!edit.replacement.empty())
                QVERIFY2(edit.replacement == "*"
                             || (edit.replacement.find("iam:CreateVirtualMFADevice") != std::string::npos
                                 && edit.replacement.find(":mfa/*") != std::string::npos),
                         edit.replacement.c_str());
        }
        // The checker no longer reports the stale device resource.
        for (const Finding &finding : checkPolicy(after))
            QVERIFY(finding.ruleId != "STALE_MFA_DEVICE_RESOURCE");
    }

    void currentSamplesNeedNoDefaultChange_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name :
             {"mfa-selfmanage_2022-12.json", "mfa-selfmanage_current-live.json", "sec-creds-mfa-only_2022-11.json",
              "sec-creds-self-manage_2022-11.json", "ec2-require-mfa_2022-12.json"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void currentSamplesNeedNoDefaultChange()
    {
        QFETCH(QString, file);
        const PolicySource source = PolicySource::parse(sample(file));
        const MigrationPlan plan = planMigration(source);
        QVERIFY(!plan.find(createDeviceAnyNameChange));
        QCOMPARE(applyMigration(source, plan), source.text());
    }

    void keepsTheDocumentsLayout_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("AWS example, four spaces, one value per line: create gets its own statement")
            << "../../aws-docs/mfa-selfmanage_2022-09_pre-nov-2022.json"
            << "mfa-selfmanage_2022-09.expected.json";
        QTest::newRow("compact one-line policy stays on one line") << "compact.json"
                                                                   << "compact.expected.json";
        QTest::newRow("compact with spaces, no Sids: no Sid added, \", \" kept") << "compact-spaced.json"
                                                                                 << "compact-spaced.expected.json";
        QTest::newRow("tab-indented policy gets tabs") << "tabs.json"
                                                       << "tabs.expected.json";
        QTest::newRow("create alone: only its resource changes, CRLF kept") << "alone-crlf.json"
                                                                            << "alone-crlf.expected.json";
    }

    void keepsTheDocumentsLayout()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const std::string text
            = input.startsWith(QLatin1String("../")) ? sample(input.section(QLatin1Char('/'), -1)) : testData(input);
        QVERIFY(!text.empty());
        const PolicySource source = PolicySource::parse(text);
        const std::string migrated = applyMigration(source, planMigration(source));
        QCOMPARE(QString::fromStdString(migrated), QString::fromStdString(testData(expected)));
    }

    void optionalChanges_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("changeId");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("userPath");
        QTest::addColumn<int>("changedCells");
        QTest::addColumn<Decision>("expectedAfter");

        // ListUsers loses its Allow and its exemption: implicit with MFA, explicit without.
        QTest::newRow("drop-list-users: 2018-11 to 2022-02")
            << "mfa-selfmanage_2018-11_to_2022-02.json" << dropListUsersChange << "iam:ListUsers"
            << "/" << 3 << Decision::ExplicitDeny;
        // DeleteVirtualMFADevice no longer exempted: every device row, without MFA and with keys.
        QTest::newRow("drop-delete-from-guard: 2018-11-21")
            << "mfa-selfmanage_2018-11-21.json" << dropDeleteFromGuardChange << "iam:DeleteVirtualMFADevice"
            << "/" << 6 << Decision::ExplicitDeny;
        // Every call the guard does not exempt is now denied to access keys as well: only the
        // access-key column changes ("*" below).
        QTest::newRow("bool-if-exists: access keys are denied too") << "@bool-guard.json" << boolIfExistsChange << "*"
                                                                    << "/" << -1 << Decision::ExplicitDeny;
        // For a user with a path, EnableMFADevice and the other own-user actions start to work.
        QTest::newRow("user-with-path: 2022-12 self-manage")
            << "mfa-selfmanage_2022-12.json" << userWithPathChange << "iam:EnableMFADevice"
            << "/engineering/" << 0 << Decision::Allow;
    }

    void optionalChanges()
    {
        QFETCH(QString, file);
        QFETCH(QString, changeId);
        QFETCH(QString, action);
        QFETCH(QString, userPath);
        QFETCH(int, changedCells);
        QFETCH(Decision, expectedAfter);

        const std::string text = file.startsWith(QLatin1Char('@')) ? testData(file.mid(1)) : sample(file);
        const PolicySource before = PolicySource::parse(text);
        const MigrationPlan plan = planMigration(before);
        const MigrationChange *change = plan.find(changeId.toStdString());
        QVERIFY(change);
        QVERIFY(!change->onByDefault);
        const PolicySource after = PolicySource::parse(applyMigration(before, plan, {changeId.toStdString()}));
        QVERIFY(!hasErrors(after));

        SimulationIdentity identity;
        identity.userPath = userPath.toStdString();
        const auto changes
            = compareMatrices(computeMatrix(before.policy(), identity), computeMatrix(after.policy(), identity));
        for (const CellChange &c : changes) {
            if (action == QLatin1String("*")) {
                QCOMPARE(c.state, AuthState::AccessKey);
                QVERIFY(c.action != "iam:CreateVirtualMFADevice" && c.action != "iam:EnableMFADevice");
            } else {
                QVERIFY2(c.action == action.toStdString() || userPath != QLatin1String("/"),
                         qPrintable(describe(changes)));
            }
            if (c.state != AuthState::MfaSession)
                QCOMPARE(c.after, expectedAfter);
        }
        if (action == QLatin1String("*")) {
            QVERIFY(std::any_of(changes.begin(), changes.end(),
                                [](const CellChange &c) { return c.action == "s3:ListAllMyBuckets"; }));
        } else if (userPath == QLatin1String("/")) {
            QCOMPARE(int(changes.size()), changedCells);
        } else {
            // The path user can now enable a device; the same user without a path is unaffected.
            QCOMPARE(decide(after, identity, AuthState::NoMfa, action.toStdString(), identity.userArn()),
                     expectedAfter);
            QVERIFY(decide(before, identity, AuthState::NoMfa, action.toStdString(), identity.userArn())
                    != expectedAfter);
            const auto plain = compareMatrices(computeMatrix(before.policy(), {}), computeMatrix(after.policy(), {}));
            QVERIFY2(plain.empty(), qPrintable(describe(plain)));
        }
    }

    void choosingSeveralChangesMergesNeighbouringRemovals()
    {
        // ListUsers and DeleteVirtualMFADevice sit next to each other in neither list, but
        // both leave the same NotAction array: the result must still be valid JSON.
        const PolicySource source = PolicySource::parse(sample(QStringLiteral("mfa-selfmanage_2018-11-21.json")));
        const MigrationPlan plan = planMigration(source);
        const std::string all = applyMigration(source, plan,
                                               {createDeviceAnyNameChange, dropDeleteFromGuardChange,
                                                dropListUsersChange, userWithPathChange, boolIfExistsChange});
        const PolicySource after = PolicySource::parse(all);
        QVERIFY(!hasErrors(after));
        const SimulationIdentity alice;
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:ListUsers", "*"), Decision::ExplicitDeny);
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:DeleteVirtualMFADevice", alice.deviceArn("alice")),
                 Decision::ExplicitDeny);
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:CreateVirtualMFADevice", alice.deviceArn("alice-phone")),
                 Decision::Allow);
    }

    void everyChosenChangeIsAppliedWholeOrNotAtAll()
    {
        // Two changes that both rewrite the Sid: the second one also renames the Effect's
        // value, which does not conflict. Applied whole or not at all, the Effect stays.
        const PolicySource source = PolicySource::parse(
            "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"Old\", \"Effect\": \"Allow\", "
            "\"Action\": \"s3:GetObject\", \"Resource\": \"*\"}]}");
        const auto sid = source.range("/Statement/0/Sid");
        const auto effect = source.range("/Statement/0/Effect");
        QVERIFY(sid && effect);
        MigrationPlan plan;
        plan.changes.push_back({"first", {}, true, {{sid->begin + 1, sid->end - 1, "First"}}, {}});
        plan.changes.push_back({"second",
                                {},
                                true,
                                {{effect->begin + 1, effect->end - 1, "Deny"}, {sid->begin + 1, sid->end - 1, "Two"}},
                                {}});
        const MigrationResult result = migrate(source, plan, {"first", "second"});
        QCOMPARE(result.applied, std::vector<std::string> {"first"});
        QCOMPARE(result.notApplied.size(), std::size_t(1));
        QCOMPARE(result.notApplied.front(),
                 (NotAppliedChange {"second", NotAppliedReason::ConflictsWithChange, "first"}));
        const PolicySource after = PolicySource::parse(result.text);
        QVERIFY(after.isValidJson());
        QCOMPARE(*after.policy().statements.front().sid, std::string("First"));
        QCOMPARE(after.policy().statements.front().effect, Effect::Allow); // nothing of "second"
        QCOMPARE(applyMigration(source, plan, {"first", "second"}), result.text);

        // Alone, the second change applies whole.
        const MigrationResult alone = migrate(source, plan, {"second"});
        QVERIFY(alone.notApplied.empty());
        QCOMPARE(PolicySource::parse(alone.text).policy().statements.front().effect, Effect::Deny);
    }

    void removingTheFirstTwoEntriesOfAnArrayLeavesNoComma_data()
    {
        QTest::addColumn<QString>("actions");
        QTest::addColumn<QString>("left"); ///< the actions left in the statement
        QTest::newRow("first two of three")
            << "\"iam:CreateVirtualMFADevice\", \"iam:ListUsers\", \"iam:EnableMFADevice\""
            << "iam:EnableMFADevice";
        QTest::newRow("second and first of three")
            << "\"iam:ListUsers\", \"iam:CreateVirtualMFADevice\", \"iam:EnableMFADevice\""
            << "iam:EnableMFADevice";
        QTest::newRow("first two of four")
            << "\"iam:CreateVirtualMFADevice\", \"iam:ListUsers\", \"iam:EnableMFADevice\", \"iam:GetUser\""
            << "iam:EnableMFADevice iam:GetUser";
    }

    void removingTheFirstTwoEntriesOfAnArrayLeavesNoComma()
    {
        // Two changes each remove one of the first two entries of one Action list (the device
        // statement moves Create out, drop-list-users removes ListUsers), on one line and one per line.
        QFETCH(QString, actions);
        QFETCH(QString, left);
        for (const QString &separator : {QStringLiteral(", "), QStringLiteral(",\n                ")}) {
            QString list = actions;
            list.replace(QStringLiteral(", "), separator);
            const std::string text
                = QStringLiteral("{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n"
                                 "            \"Sid\": \"Self\",\n            \"Effect\": \"Allow\",\n"
                                 "            \"Action\": [%1],\n            \"Resource\": [\n"
                                 "                \"arn:aws:iam::*:mfa/${aws:username}\",\n"
                                 "                \"arn:aws:iam::*:user/${aws:username}\"\n            ]\n"
                                 "        }\n    ]\n}\n")
                      .arg(list)
                      .toStdString();
            const PolicySource source = PolicySource::parse(text);
            QVERIFY(source.isValidJson());
            const MigrationPlan plan = planMigration(source);
            const MigrationResult result = migrate(source, plan, {createDeviceAnyNameChange, dropListUsersChange});
            QCOMPARE(result.applied.size(), std::size_t(2));
            const PolicySource after = PolicySource::parse(result.text);
            QVERIFY2(after.isValidJson(), result.text.c_str());
            QStringList actionsLeft;
            for (const PolicyString &action : after.policy().statements.front().actions)
                actionsLeft << QString::fromStdString(action.value);
            QCOMPARE(actionsLeft.join(QLatin1Char(' ')), left);
            const SimulationIdentity alice;
            QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:ListUsers", "*"), Decision::ImplicitDeny);
            QCOMPARE(
                decide(after, alice, AuthState::NoMfa, "iam:CreateVirtualMFADevice", alice.deviceArn("alice-phone")),
                Decision::Allow);
        }
    }

    void changeOutsideTheTextIsNotApplied()
    {
        const PolicySource source
            = PolicySource::parse(sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
        MigrationPlan plan = planMigration(source);
        QVERIFY(plan.find(createDeviceAnyNameChange));
        // A plan made for a longer text.
        plan.changes.front().edits.push_back({source.text().size() + 10, source.text().size() + 12, "x"});
        const MigrationResult result = migrate(source, plan);
        QVERIFY(result.applied.empty());
        QCOMPARE(result.notApplied.size(), std::size_t(1));
        QCOMPARE(result.notApplied.front().id, std::string(createDeviceAnyNameChange));
        QCOMPARE(result.notApplied.front().reason, NotAppliedReason::OutsideText);
        QCOMPARE(result.text, source.text());
    }

    void insertionBeforeReplacementAtTheSameOffset()
    {
        // An insertion and a replacement that start at one offset (a new entry before a
        // rewritten one): the insertion comes first, whatever order the edits are given in.
        const std::string text = "abcdef";
        QCOMPARE(applyEdits(text, {{2, 4, "R"}, {2, 2, "XY"}}), std::string("abXYRef"));
        QCOMPARE(applyEdits(text, {{2, 2, "XY"}, {2, 4, "R"}}), std::string("abXYRef"));
    }

    void manyStaleStatementsGetDistinctSidsAndStayValid()
    {
        // 37 statements, every third one the pre-2022 device statement with Enable beside
        // Create: each gets its own new statement, with Sids that do not collide with the
        // document's (which already uses the first two names).
        std::string text = "{\"Version\": \"2012-10-17\", \"Statement\": [";
        text += "{\"Sid\": \"AllowUserToCreateVirtualMFADevice\", \"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
                "\"Resource\": \"*\"}, ";
        text
            += "{\"Sid\": \"AllowUserToCreateVirtualMFADevice2\", \"Effect\": \"Allow\", \"Action\": \"s3:PutObject\", "
               "\"Resource\": \"*\"}";
        std::size_t stale = 0;
        for (int i = 0; i < 35; ++i) {
            if (i % 3 == 2) {
                text += ", {\"Sid\": \"Device" + std::to_string(i)
                    + "\", \"Effect\": \"Allow\", \"Action\": [\"iam:CreateVirtualMFADevice\", "
                      "\"iam:EnableMFADevice\"], "
                      "\"Resource\": [\"arn:aws:iam::*:mfa/${aws:username}\", "
                      "\"arn:aws:iam::*:user/${aws:username}\"]}";
                ++stale;
            } else {
                text += ", {\"Sid\": \"S" + std::to_string(i)
                    + "\", \"Effect\": \"Allow\", \"Action\": \"ec2:DescribeInstances\", \"Resource\": \"*\"}";
            }
        }
        text += "]}";
        const PolicySource source = PolicySource::parse(text);
        QCOMPARE(source.policy().statements.size(), std::size_t(37));
        const MigrationResult result = migrate(source, planMigration(source));
        QVERIFY(result.notApplied.empty());
        const PolicySource after = PolicySource::parse(result.text);
        QVERIFY(!hasErrors(after));
        QCOMPARE(after.policy().statements.size(), std::size_t(37) + stale);
        std::set<std::string> sids;
        for (const Statement &statement : after.policy().statements) {
            QVERIFY(statement.sid);
            QVERIFY2(sids.insert(*statement.sid).second, statement.sid->c_str());
        }
        QVERIFY(sids.count("AllowUserToCreateVirtualMFADevice3"));
        QVERIFY(sids.count("AllowUserToCreateVirtualMFADevice" + std::to_string(2 + stale)));
        QVERIFY(findingsOf(checkPolicy(after), "DUPLICATE_SID").empty());
        // Each new statement sits right after the statement it comes from.
        const SimulationIdentity alice;
        QCOMPARE(decide(after, alice, AuthState::NoMfa, "iam:CreateVirtualMFADevice", alice.deviceArn("alice-phone")),
                 Decision::Allow);
        for (std::size_t i = 0; i + 1 < after.policy().statements.size(); ++i) {
            const Statement &statement = after.policy().statements[i];
            if (statement.sid->rfind("Device", 0) == 0)
                QCOMPARE(after.policy().statements[i + 1].sid->rfind("AllowUserToCreateVirtualMFADevice", 0),
                         std::size_t(0));
        }
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
