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
    void actionSuggestionsStillFindTypos_data();
    void actionSuggestionsStillFindTypos();
};

void TestFuzzRegressions::inputsGiveDiagnosticsAtTheirPlace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    // fuzz_findings, timeout: AWS's self-manage example with long unknown actions full of control
    // characters. Computing a "did you mean" for each against the whole catalog was the slowest
    // path the fuzzer found (bench_slowest has the figures). The first control character, U+0001
    // on line 8, is what the user must be told about.
    QTest::newRow("findings: slow unknown actions")
        << QStringLiteral("findings-slow-unknown-actions.json") << QStringLiteral("UNSUPPORTED_CHARACTER") << 8 << 101;
}

void TestFuzzRegressions::everyInputHasARow()
{
    const QDir dir(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/fuzz-regressions"));
    const QStringList inputs = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!inputs.isEmpty());
    // The files of inputsGiveDiagnosticsAtTheirPlace_data().
    const QStringList known {QStringLiteral("findings-slow-unknown-actions.json")};
    for (const QString &input : inputs)
        QVERIFY2(known.contains(input), qPrintable(input + QStringLiteral(" has no expected diagnostic")));
}

void TestFuzzRegressions::inputsGiveDiagnosticsAtTheirPlace()
{
    QFETCH(QString, file);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::string text = testing::readInput(regressionPath(file)).toStdString();
    const PolicySource source = PolicySource::parse(text, file.toStdString());
    const std::vector<Finding> findings = checkPolicy(source);
    bool found = false;
    for (const Finding &finding : findings) {
        QVERIFY(finding.range.begin <= finding.range.end && finding.range.end <= text.size());
        if (finding.ruleId == rule.toStdString() && finding.range.line == line && finding.range.column == column) {
            QCOMPARE(finding.severity, Severity::Error);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(rule));
    // The rest of the pipeline runs on the same text without failing.
    QVERIFY(!computeMatrix(source.policy(), SimulationIdentity()).rows.empty());
    const MigrationPlan plan = planMigration(source);
    for (const TextEdit &edit : migrationEdits(plan))
        QVERIFY(edit.begin <= edit.end && edit.end <= text.size());
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
