// The text module: every id the core can produce has words, and the words say what happened.
#include "checker.h"
#include "comparisonformatter.h"
#include "evaluator.h"
#include "markdown.h"
#include "matrixformatter.h"
#include "migration.h"
#include "policysource.h"
#include "scenario.h"
#include "testdata.h"
#include "texts.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

using namespace mfapolicy;

namespace {

PolicySource readSample(const QString &name)
{
    return PolicySource::parse(testing::readSampleText(name), name.toStdString());
}

QStringList sampleNames()
{
    return testing::sampleNames();
}

} // namespace

class TestTexts : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasATitleAndExplanation()
    {
        QVERIFY(!allRules().empty());
        for (const RuleInfo &rule : allRules()) {
            const QString id = QString::fromStdString(rule.id);
            const std::vector<std::string> args {"a", "b", "c"};
            QVERIFY2(Texts::findingTitle(rule.id, args) != id, qPrintable(id));
            QVERIFY2(Texts::findingExplanation(rule.id, args) != id, qPrintable(id));
        }
        // Unknown ids fall back to the id itself.
        QCOMPARE(Texts::findingTitle("NO_SUCH_RULE", {}), QStringLiteral("NO_SUCH_RULE"));
    }

    void everyFixAndChangeOfTheSamplesHasATitle()
    {
        QSet<QString> fixes;
        QSet<QString> changes;
        for (const QString &name : sampleNames()) {
            const PolicySource source = readSample(name);
            for (const Finding &finding : checkPolicy(source)) {
                for (const QuickFix &fix : finding.fixes) {
                    QVERIFY2(Texts::quickFixTitle(fix.id, fix.args) != QString::fromStdString(fix.id),
                             qPrintable(QString::fromStdString(fix.id)));
                    fixes << QString::fromStdString(fix.id);
                }
            }
            for (const MigrationChange &change : planMigration(source).changes) {
                QVERIFY(Texts::migrationTitle(change.id, change.args) != QString::fromStdString(change.id));
                QVERIFY(Texts::migrationRationale(change.id, change.args) != QString::fromStdString(change.id));
                changes << QString::fromStdString(change.id);
            }
        }
        QVERIFY(!fixes.isEmpty());
        // The pre-2022 examples need the default change that lets users name their devices.
        QVERIFY(changes.contains(QLatin1String(createDeviceAnyNameChange)));
        for (const char *id : {createDeviceAnyNameChange, dropDeleteFromGuardChange, dropListUsersChange,
                               userWithPathChange, boolIfExistsChange})
            QVERIFY2(Texts::migrationTitle(id, {}) != QLatin1String(id), id);
    }

    void everyScenarioStepHasAName()
    {
        const PolicySource source = readSample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        for (EnrollmentFlow flow :
             {EnrollmentFlow::ConsoleVirtual, EnrollmentFlow::SecurityKey, EnrollmentFlow::Hardware,
              EnrollmentFlow::Cli, EnrollmentFlow::RetryAfterAbandoned}) {
            QVERIFY(Texts::flowName(flow) != QLatin1String(flowId(flow)));
            for (bool existing : {false, true}) {
                ScenarioOptions options;
                options.flow = flow;
                options.hasExistingDevice = existing;
                options.identity.deviceName = options.identity.userName; // the old console's choice
                for (const ScenarioStep &step : runScenario(source.policy(), options).steps) {
                    QVERIFY2(Texts::scenarioStep(step.stepId) != QString::fromStdString(step.stepId),
                             step.stepId.c_str());
                    QVERIFY(Texts::scenarioOutcome(step.outcomeId) != QString::fromStdString(step.outcomeId)
                            || step.outcomeId.empty());
                }
            }
        }
    }

    void explanation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("mfaPresent"); // "" = absent
        QTest::addColumn<QString>("expected");
        QTest::newRow("access key: BoolIfExists matches the missing key")
            << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*") << QString()
            << QStringLiteral("Denied by BlockMostAccessUnlessSignedInWithMFA: this request has no "
                              "aws:MultiFactorAuthPresent key, and BoolIfExists treats a missing key as a match");
        QTest::newRow("no MFA: the value false matches")
            << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*") << QStringLiteral("false")
            << QStringLiteral(
                   "Denied by BlockMostAccessUnlessSignedInWithMFA: BoolIfExists aws:MultiFactorAuthPresent: "
                   "the request value \"false\" matches \"false\"");
        QTest::newRow("the NotAction exempts device creation")
            << QStringLiteral("iam:CreateVirtualMFADevice") << QStringLiteral("arn:aws:iam::123456789012:mfa/phone")
            << QStringLiteral("false")
            << QStringLiteral("BlockMostAccessUnlessSignedInWithMFA does not apply: its NotAction lists "
                              "iam:CreateVirtualMFADevice (\"iam:CreateVirtualMFADevice\"), so the statement does not "
                              "cover it");
        QTest::newRow("an Allow for another action")
            << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*") << QStringLiteral("true")
            << QStringLiteral("AllowListActions does not apply: its Action does not cover s3:ListAllMyBuckets");
        QTest::newRow("nothing allows it")
            << QStringLiteral("s3:ListAllMyBuckets") << QStringLiteral("*") << QStringLiteral("true")
            << QStringLiteral("No statement allows this request, so it is denied implicitly.");
        QTest::newRow("the Deactivate Allow needs an MFA session")
            << QStringLiteral("iam:DeactivateMFADevice") << QStringLiteral("arn:aws:iam::123456789012:user/alice")
            << QStringLiteral("false")
            << QStringLiteral("AllowUserToDeactivateTheirOwnMFAOnlyWhenUsingMFA does not apply: Bool "
                              "aws:MultiFactorAuthPresent: the request value \"false\" does not match \"true\"");
        QTest::newRow("sts:GetSessionToken") << QStringLiteral("sts:GetSessionToken") << QStringLiteral("*")
                                             << QStringLiteral("false") << Texts::sessionTokenNote();
    }

    void explanation()
    {
        QFETCH(QString, action);
        QFETCH(QString, resource);
        QFETCH(QString, mfaPresent);
        QFETCH(QString, expected);
        const PolicySource source = readSample(QStringLiteral("mfa-selfmanage_current-live.json"));
        Request request;
        request.principal = "arn:aws:iam::123456789012:user/alice";
        request.action = action.toStdString();
        request.resource = resource.toStdString();
        request.context.set("aws:username", "alice");
        if (!mfaPresent.isEmpty())
            request.context.set("aws:MultiFactorAuthPresent", mfaPresent.toStdString());
        if (mfaPresent == QLatin1String("true")) // an MFA session condition: allowed
            request.context.set("aws:MultiFactorAuthAge", "60");
        const Policy *policies[] = {&source.policy()};
        const Evaluation evaluation = evaluate(std::span<const Policy *const>(policies), request);
        const QStringList lines = Texts::evaluationExplanation(policies, evaluation, request);
        QVERIFY2(lines.contains(expected), qPrintable(lines.join(QLatin1Char('\n'))));
        // One line for the decision, then one per statement (five statements).
        if (!evaluation.notPolicyControlled)
            QCOMPARE(lines.size(), 1 + 5 + (evaluation.decision == Decision::ImplicitDeny ? 1 : 0));
    }

    void overriddenAllowIsNamed()
    {
        // troubleshoot_general: with the pre-2022 example a user without MFA gets an explicit deny
        // for DeleteVirtualMFADevice on mfa/<own name>, although a statement allows it.
        const PolicySource source = readSample(QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json"));
        Request request;
        request.action = "iam:DeleteVirtualMFADevice";
        request.resource = "arn:aws:iam::123456789012:mfa/alice";
        request.context.set("aws:username", "alice");
        request.context.set("aws:MultiFactorAuthPresent", "false");
        const Policy *policies[] = {&source.policy()};
        const Evaluation evaluation = evaluate(std::span<const Policy *const>(policies), request);
        const QStringList lines = Texts::evaluationExplanation(policies, evaluation, request);
        QCOMPARE(lines.value(0), QStringLiteral("Decision: \u2716 Explicit deny"));
        QVERIFY(lines.value(1).startsWith(QStringLiteral("Denied by BlockMostAccessUnlessSignedInWithMFA: ")));
        QVERIFY2(
            lines.contains(QStringLiteral("AllowIndividualUserToManageTheirOwnMFA matches too, but an explicit deny "
                                          "always overrides an Allow")),
            qPrintable(lines.join(QLatin1Char('\n'))));
    }

    void markdownIsLiteral()
    {
        // CommonMark: `*` pairs are emphasis and `|` ends a table cell unless escaped.
        QCOMPARE(markdownEscaped(QStringLiteral("arn:aws:iam::*:mfa/*")), QStringLiteral("arn:aws:iam::\\*:mfa/\\*"));
        QCOMPARE(markdownEscaped(QStringLiteral("a|b \\ [c](d) `e` <f> ~g~ h_i")),
                 QStringLiteral("a\\|b \\\\ \\[c\\](d) \\`e\\` \\<f\\> \\~g\\~ h\\_i"));
        // A device named with asterisks stays literal in `mfa-policy diff --format markdown`.
        CellChange change;
        change.action = "iam:CreateVirtualMFADevice";
        change.pattern = ResourcePattern::DeviceCustomName;
        change.resource = "arn:aws:iam::123456789012:mfa/*phone*";
        change.state = AuthState::NoMfa;
        change.after = Decision::Allow;
        const std::vector<CellChange> changes {change};
        const std::vector<DiffHunk> hunks;
        const QString markdown
            = ComparisonFormatter(changes, hunks, QStringLiteral("a|b.json"), QStringLiteral("c.json")).markdown();
        QVERIFY2(markdown.contains(
                     QStringLiteral("- Without MFA, iam:CreateVirtualMFADevice on a device named \\*phone\\*: ")),
                 qPrintable(markdown));
    }

    void helpers()
    {
        QCOMPARE(Texts::fill(QStringLiteral("%1 and %3, not %2%"), {"a", "b"}), QStringLiteral("a and , not b%"));
        QCOMPARE(MatrixFormatter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(MatrixFormatter::csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(MatrixFormatter::csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(MatrixFormatter::displayWidth(QStringLiteral("\u30a2\u30af\u30b7\u30e7\u30f3")), 10);
        QCOMPARE(MatrixFormatter::displayWidth(QStringLiteral("\u2714 Allow")), 7);
        for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny})
            QVERIFY(Texts::decisionLabel(d).startsWith(Texts::decisionSymbol(d) + QLatin1Char(' ')));
        QCOMPARE(QSet<QString>({Texts::decisionSymbol(Decision::Allow), Texts::decisionSymbol(Decision::ExplicitDeny),
                                Texts::decisionSymbol(Decision::ImplicitDeny)})
                     .size(),
                 3);
    }

    void readingFailuresHaveWords()
    {
        // Neither the size failure nor a defect shows a raw id such as "document-size".
        const Finding size = detail::parserFailureDiagnostic(std::make_exception_ptr(std::bad_alloc()));
        const QString sizeTitle = Texts::findingTitle(size.ruleId, size.args);
        QVERIFY2(!sizeTitle.contains(QStringLiteral("document-size")), qPrintable(sizeTitle));
        QVERIFY2(sizeTitle.contains(QStringLiteral("too large")), qPrintable(sizeTitle));
        QVERIFY(!Texts::findingExplanation(size.ruleId, size.args).contains(QStringLiteral("document-size")));
        const Finding defect = detail::parserFailureDiagnostic(std::make_exception_ptr(std::logic_error("bad node")));
        const QString defectTitle = Texts::findingTitle(defect.ruleId, defect.args);
        QVERIFY2(defectTitle.contains(QStringLiteral("bad node")), qPrintable(defectTitle));
        QVERIFY2(!defectTitle.contains(QStringLiteral("too large")), qPrintable(defectTitle));
    }
};

QTEST_GUILESS_MAIN(TestTexts)
#include "tst_texts.moc"
