// One-click migration: the default change restores enrollment with any device name and changes
// nothing else; optional changes follow the current AWS examples; edits keep the user's layout.

#include "testdata.h"
#include "checker.h"
#include "comparison.h"
#include "matrix.h"
#include "migration.h"
#include "policysource.h"

#include <QtTest>

#include <fstream>
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
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
