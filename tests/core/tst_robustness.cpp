// Robustness: whatever the editor holds while the user types (random bytes, or an AWS example
// with characters flipped, dropped, doubled or spliced in), the keystroke pipeline - parse, check,
// matrix, migration plan - must return, and what it returns must point into the text it was given.
// The seed is fixed, so a failure is reproducible from the row name and the iteration printed.

#include "checker.h"
#include "matrix.h"
#include "migration.h"
#include "policysource.h"
#include "testdata.h"

#include <QtTest>

#include <algorithm>
#include <random>

using namespace mfapolicy;

namespace {

std::vector<std::string> samples()
{
    std::vector<std::string> out;
    for (const QString &name : testing::sampleNames())
        out.push_back(testing::readSampleText(name));
    return out;
}

/// Pieces that steer a mutation into the parser's and the evaluator's interesting corners.
const std::vector<std::string> &tokens()
{
    static const std::vector<std::string> pieces = {"{",
                                                    "}",
                                                    "[",
                                                    "]",
                                                    "\"",
                                                    ",",
                                                    ":",
                                                    "\\",
                                                    "\\u",
                                                    "\\ud800",
                                                    "${",
                                                    "}",
                                                    "${aws:username",
                                                    "${*}",
                                                    "*",
                                                    "?",
                                                    "//",
                                                    "/*",
                                                    "\n",
                                                    "\t",
                                                    " ",
                                                    "null",
                                                    "true",
                                                    "false",
                                                    "-0.5e9",
                                                    "\"Statement\"",
                                                    "\"Condition\"",
                                                    "\"NotResource\"",
                                                    "\"NotAction\"",
                                                    "\"BoolIfExists\"",
                                                    "\"NullIfExists\"",
                                                    "\"ForAllValues:StringLike\"",
                                                    "\"arn:aws:iam::*:mfa/*\"",
                                                    "\"arn:aws:iam:*:user\"",
                                                    "\"Deny\"",
                                                    "\"Allow\"",
                                                    std::string(1, '\0'),
                                                    "\xc3\xa9",
                                                    "\xff",
                                                    "[[[[[[[[",
                                                    "{\"a\":{\"b\":{"};
    return pieces;
}

/// Text that keeps a JSON string valid: wildcards, variables, operator and ARN fragments.
const std::vector<std::string> &stringPieces()
{
    static const std::vector<std::string> pieces = {"*",
                                                    "?",
                                                    "${aws:username}",
                                                    "${AWS:UserName, 'x'}",
                                                    "${",
                                                    "${*}",
                                                    ":",
                                                    "::",
                                                    "/",
                                                    "IfExists",
                                                    "Not",
                                                    "ForAnyValue:",
                                                    "arn:aws:iam::*:",
                                                    "iam:",
                                                    "sts:GetSessionToken",
                                                    "2012-10-17"};
    return pieces;
}

class Mutator
{
public:
    explicit Mutator(std::uint32_t seed) : m_random(seed) { }

    std::size_t below(std::size_t n)
    {
        return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(m_random);
    }

    std::string randomBytes()
    {
        std::string text(below(300), '\0');
        for (char &c : text)
            c = static_cast<char>(below(256));
        return text;
    }

    std::string mutate(std::string text, const std::vector<std::string> &donors)
    {
        // Half of the documents stay valid JSON, so that the checker's MFA rules run on them too.
        const bool keepJson = below(2) == 0;
        const std::size_t edits = 1 + below(4);
        for (std::size_t e = 0; e < edits; ++e) {
            const std::size_t at = below(text.size() + 1);
            switch (keepJson ? 6 : below(8)) {
            case 0: // flip a byte
                if (!text.empty())
                    text[std::min(at, text.size() - 1)] = static_cast<char>(below(256));
                break;
            case 1: // drop a run
                text.erase(at, below(40));
                break;
            case 2: // double a run
                text.insert(at, text.substr(at, below(60)));
                break;
            case 3: // insert a token
                text.insert(at, tokens()[below(tokens().size())]);
                break;
            case 4: { // splice in part of another example
                const std::string &donor = donors[below(donors.size())];
                const std::size_t from = below(donor.size());
                text.insert(at, donor.substr(from, below(200)));
                break;
            }
            case 6:
            case 7: { // change a string's content: the JSON stays valid, the policy changes meaning
                const std::size_t quote = text.find('"', at);
                if (quote != std::string::npos)
                    text.insert(quote + 1, stringPieces()[below(stringPieces().size())]);
                break;
            }
            default: // cut the document short
                text.resize(at);
                break;
            }
        }
        return text;
    }

private:
    std::mt19937 m_random;
};

bool within(const SourceRange &range, std::size_t size)
{
    return range.begin <= range.end && range.end <= size;
}

/// Runs the pipeline of one keystroke; returns an empty string when every result is consistent.
QString checkPipeline(const std::string &text, int &validJson)
{
    const PolicySource source = PolicySource::parse(text, "fuzz.json");
    validJson += source.isValidJson() ? 1 : 0;
    if (!source.isValidJson() && source.diagnostics().empty())
        return QStringLiteral("invalid JSON without a diagnostic");
    for (const Finding &finding : checkPolicy(source)) {
        if (!within(finding.range, text.size()))
            return QStringLiteral("finding %1 outside the text").arg(QString::fromStdString(finding.ruleId));
        for (const QuickFix &fix : finding.fixes) {
            for (const TextEdit &edit : fix.edits) {
                if (edit.begin > edit.end || edit.end > text.size())
                    return QStringLiteral("quick fix of %1 outside the text")
                        .arg(QString::fromStdString(finding.ruleId));
            }
        }
    }
    const DecisionMatrix matrix = computeMatrix(source.policy(), SimulationIdentity {});
    if (matrix.rows.size() != matrixRows(SimulationIdentity {}).size())
        return QStringLiteral("matrix has %1 rows").arg(matrix.rows.size());
    // What an explanation shows: the cell traced, every statement covered, the same decision.
    MatrixOptions traced;
    traced.traces = true;
    const DecisionMatrix explained = computeMatrix(source.policy(), SimulationIdentity {}, traced);
    for (std::size_t r = 0; r < matrix.rows.size(); ++r) {
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            const Evaluation &cell = explained.rows[r].cells[i].evaluation;
            if (cell.trace.size() != source.policy().statements.size())
                return QStringLiteral("trace of %1 does not cover every statement")
                    .arg(QString::fromStdString(matrix.rows[r].action));
            if (cell.decision != matrix.rows[r].cells[i].evaluation.decision)
                return QStringLiteral("traced and untraced decisions of %1 differ")
                    .arg(QString::fromStdString(matrix.rows[r].action));
        }
    }
    const MigrationPlan plan = planMigration(source);
    for (const MigrationChange &change : plan.changes) {
        for (const TextEdit &edit : change.edits) {
            if (edit.begin > edit.end || edit.end > text.size())
                return QStringLiteral("migration edit of %1 outside the text").arg(QString::fromStdString(change.id));
        }
    }
    (void)applyMigration(source, plan);
    return {};
}

} // namespace

class TestRobustness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keystrokePipeline_data()
    {
        QTest::addColumn<bool>("fromSamples");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<uint>("seed");
        QTest::newRow("random byte strings") << false << 1000 << 20240611u;
        QTest::newRow("mutated AWS examples") << true << 3000 << 20221116u;
    }

    void keystrokePipeline()
    {
        QFETCH(bool, fromSamples);
        QFETCH(int, iterations);
        QFETCH(uint, seed);
        const std::vector<std::string> examples = samples();
        QVERIFY2(!examples.empty(), "no AWS example policies found");

        // Every run is the same run: a fixed number of inputs from a fixed seed.
        qInfo("seed %u, %d iterations", seed, iterations);
        Mutator mutator(seed);
        int validJson = 0;
        for (int done = 0; done < iterations; ++done) {
            const std::string text = fromSamples ? mutator.mutate(examples[mutator.below(examples.size())], examples)
                                                 : mutator.randomBytes();
            const QString problem = checkPipeline(text, validJson);
            if (!problem.isEmpty())
                QFAIL(qPrintable(QStringLiteral("seed %1, iteration %2: %3").arg(seed).arg(done).arg(problem)));
        }
        qInfo("%d of %d inputs were valid JSON", validJson, iterations);
        // Half of the mutations only edit string contents, and many of those stay valid JSON: the
        // checker's MFA rules must have run on a good share of the inputs (539 of 3000 with this seed).
        if (fromSamples)
            QVERIFY2(validJson >= iterations / 10, qPrintable(QString::number(validJson)));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
