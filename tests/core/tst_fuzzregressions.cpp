// Inputs the fuzz targets (fuzz/) found, kept in tests/data/fuzz-regressions: each goes through the
// keystroke pipeline (parse, findings, matrix, migration) and must come out with a clear
// diagnostic at the right place. Every file there has a row here, so none is kept without one.

#include "actioncatalog.h"
#include "checker.h"
#include "matrix.h"
#include "migration.h"
#include "policysource.h"
#include "testdata.h"

#include <QtTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace mfapolicy;

namespace {

QString regressionPath(const QString &name)
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/fuzz-regressions/") + name;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInputHasARow();
    void inputsGiveDiagnosticsAtTheirPlace_data();
    void inputsGiveDiagnosticsAtTheirPlace();
    void migratedPoliciesAreValidJson_data();
    void migratedPoliciesAreValidJson();
    void actionSuggestionsStillFindTypos_data();
    void actionSuggestionsStillFindTypos();
};

void TestFuzzRegressions::inputsGiveDiagnosticsAtTheirPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("severity");
    // fuzz_findings, timeout: AWS's self-manage example with long unknown actions full of control
    // characters. Computing a "did you mean" for each against the whole catalog was the slowest
    // path the fuzzer found (bench_slowest has the figures). The first control character, U+0001
    // on line 8, is what the user must be told about.
    QTest::newRow("findings: slow unknown actions")
        << QStringLiteral("findings-slow-unknown-actions.json") << QStringLiteral("UNSUPPORTED_CHARACTER") << 8 << 101
        << int(Severity::Error);
    // fuzz_migration: iam:CreateVirtualMFADevice listed twice, first and second in its array; the
    // migration removed each copy on its own and the two deletions overlapped. The text is broken
    // JSON too: "\uf/" needs four hex digits, and "/" (line 16, column 38) is not one.
    QTest::newRow("migration: duplicated action, broken text")
        << QStringLiteral("migration-duplicate-action-overlapping-edits.json") << QStringLiteral("JSON_SYNTAX_ERROR")
        << 16 << 38 << int(Severity::Error);
    // The same duplicate in a valid policy: it gets a finding of its own.
    QTest::newRow("migration: duplicated action, valid policy")
        << QStringLiteral("migration-duplicate-action-valid.json") << QStringLiteral("REDUNDANT_ACTION") << 9 << 17
        << int(Severity::Suggestion);
    // fuzz_migration: "Statement" is one object, which the migration wraps in an array; the wrap
    // replaced the whole object while Create was removed from inside it. Broken JSON as well: a
    // second statement follows the object.
    QTest::newRow("migration: single statement, broken text")
        << QStringLiteral("migration-single-statement-overlapping-edits.json") << QStringLiteral("JSON_SYNTAX_ERROR")
        << 18 << 9 << int(Severity::Error);
    // fuzz_migration: two removals of neighbouring array entries, merged, take the comma that
    // followed them; the target compared the text with edits computed without that rule (its own
    // fault, fixed there). Kept so that the merged edits are checked against the text below.
    QTest::newRow("migration: merged removals take the separator")
        << QStringLiteral("migration-merged-removals-take-the-separator.json") << QStringLiteral("JSON_SYNTAX_ERROR")
        << 24 << 14 << int(Severity::Error);
    // The valid form: what the migration is for, the device resource named after the user.
    QTest::newRow("migration: single statement, valid policy")
        << QStringLiteral("migration-single-statement-object.json") << QStringLiteral("STALE_MFA_DEVICE_RESOURCE") << 6
        << 22 << int(Severity::Warning);
}

void TestFuzzRegressions::everyInputHasARow()
{
    const QDir dir(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/fuzz-regressions"));
    const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!inputs.isEmpty());
    // The files of inputsGiveDiagnosticsAtTheirPlace_data().
    const QStringList known {QStringLiteral("findings-slow-unknown-actions.json"),
                             QStringLiteral("migration-duplicate-action-overlapping-edits.json"),
                             QStringLiteral("migration-duplicate-action-valid.json"),
                             QStringLiteral("migration-merged-removals-take-the-separator.json"),
                             QStringLiteral("migration-single-statement-object.json"),
                             QStringLiteral("migration-single-statement-overlapping-edits.json")};
    for (const QString &input : inputs)
        QVERIFY2(known.contains(input), qPrintable(input + QStringLiteral(" has no expected diagnostic")));
}

void TestFuzzRegressions::inputsGiveDiagnosticsAtTheirPlace()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, severity);
    const std::string text = testing::readInput(regressionPath(file)).toStdString();
    const PolicySource source = PolicySource::parse(text, file.toStdString());
    const std::vector<Finding> findings = checkPolicy(source);
    bool found = false;
    QString seen;
    for (const Finding &finding : findings) {
        seen += QStringLiteral(" %1@%2:%3")
                    .arg(QString::fromStdString(finding.ruleId))
                    .arg(finding.range.line)
                    .arg(finding.range.column);
        QVERIFY(finding.range.begin <= finding.range.end && finding.range.end <= text.size());
        if (finding.ruleId == rule.toStdString() && finding.range.line == line && finding.range.column == column) {
            QCOMPARE(int(finding.severity), severity);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(rule + QStringLiteral(" not among") + seen));
    // The rest of the pipeline runs on the same text without failing.
    QVERIFY(!computeMatrix(source.policy(), SimulationIdentity()).rows.empty());
    // Every change's edits lie in the text and do not overlap.
    const MigrationPlan plan = planMigration(source);
    for (const MigrationChange &change : plan.changes) {
        std::vector<TextEdit> edits = change.edits;
        std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
        for (std::size_t i = 0; i < edits.size(); ++i) {
            QVERIFY(edits[i].begin <= edits[i].end && edits[i].end <= text.size());
            if (i > 0)
                QVERIFY2(edits[i - 1].end <= edits[i].begin, change.id.c_str());
        }
    }
    // The migrated text is the original with exactly the result's edits put in: every byte
    // outside them is unchanged (the defaults, and every change at once).
    std::vector<std::string> all;
    for (const MigrationChange &change : plan.changes)
        all.push_back(change.id);
    for (const std::vector<std::string> &ids : {std::vector<std::string> {}, all}) {
        const MigrationResult result = migrate(source, plan, ids);
        std::vector<TextEdit> edits = result.edits;
        std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
        std::string spliced;
        std::size_t pos = 0;
        for (const TextEdit &edit : edits) {
            QVERIFY(pos <= edit.begin && edit.begin <= edit.end && edit.end <= text.size());
            spliced += text.substr(pos, edit.begin - pos) + edit.replacement;
            pos = edit.end;
        }
        spliced += text.substr(pos);
        QCOMPARE(result.text, spliced);
    }
}

void TestFuzzRegressions::migratedPoliciesAreValidJson_data()
{
    QTest::addColumn<QString>("file");
    // AWS's pre-2022 shape with Create listed twice beside Enable: both copies must go.
    QTest::newRow("duplicated action") << QStringLiteral("migration-duplicate-action-valid.json");
    // Statement as one object: it becomes an array, and Create leaves the old statement.
    QTest::newRow("single statement object") << QStringLiteral("migration-single-statement-object.json");
}

void TestFuzzRegressions::migratedPoliciesAreValidJson()
{
    // The migration moves Create into a statement of its own on mfa/*; the old one keeps Enable.
    QFETCH(QString, file);
    const std::string text = testing::readInput(regressionPath(file)).toStdString();
    const PolicySource source = PolicySource::parse(text);
    QVERIFY(source.isValidJson());
    const std::string migrated = applyMigration(source, planMigration(source));
    const PolicySource after = PolicySource::parse(migrated);
    QVERIFY2(after.isValidJson(), migrated.c_str());
    const auto json = nlohmann::json::parse(migrated);
    QCOMPARE(json["Statement"].size(), std::size_t(2));
    const auto list = [](const char *value) { return nlohmann::json::array({value}); };
    QVERIFY(json["Statement"][0]["Action"] == list("iam:EnableMFADevice"));
    QVERIFY(json["Statement"][1]["Action"] == list("iam:CreateVirtualMFADevice"));
    QVERIFY(json["Statement"][1]["Resource"] == list("arn:aws:iam::*:mfa/*"));
}

void TestFuzzRegressions::actionSuggestionsStillFindTypos_data()
{
    // The fix of the slow input above skips catalog names that cannot be close; these are the
    // names a user who mistyped must still be offered (IAM's action names as AWS documents them).
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("suggestion");
    QTest::newRow("one letter missing") << QStringLiteral("iam:CreateVirtualMFADevce")
                                        << QStringLiteral("iam:CreateVirtualMFADevice");
    QTest::newRow("two letters swapped") << QStringLiteral("iam:EnalbeMFADevice")
                                         << QStringLiteral("iam:EnableMFADevice");
    QTest::newRow("case only") << QStringLiteral("iam:listmfadevices") << QStringLiteral("iam:ListMFADevices");
    QTest::newRow("one letter wrong") << QStringLiteral("sts:GetSessionTokem") << QStringLiteral("sts:GetSessionToken");
}

void TestFuzzRegressions::actionSuggestionsStillFindTypos()
{
    QFETCH(QString, typed);
    QFETCH(QString, suggestion);
    const std::vector<std::string> suggestions = ActionCatalog::instance().suggestions(typed.toStdString());
    QVERIFY(!suggestions.empty());
    QCOMPARE(QString::fromStdString(suggestions.front()), suggestion);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
