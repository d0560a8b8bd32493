#include "matrixnotice.h"

#include "policyanalysis.h"
#include "texts.h"

#include <QLocale>

namespace mfapolicy {

namespace {
bool within(const std::string &pointer, const std::string &container)
{
    return pointer.size() >= container.size() && pointer.compare(0, container.size(), container) == 0
        && (pointer.size() == container.size() || pointer[container.size()] == '/');
}

MatrixNotice::Position lineAndColumn(const QString &text, int position)
{
    position = std::clamp(position, 0, int(text.size()));
    const int lineStart = position == 0 ? 0 : int(text.lastIndexOf(QLatin1Char('\n'), position - 1)) + 1;
    return {int(QStringView(text).left(position).count(QLatin1Char('\n'))) + 1, position - lineStart + 1};
}
} // namespace

// The engine leaves out a statement without a usable Effect, Action or Resource, and a condition
// under an operator it does not know never matches. Both come with an error finding on the
// statement, so until the evaluator reports what it skipped, a statement with an error finding
// is one the matrix cannot vouch for. This is the one place to change when it does.
std::vector<std::size_t> MatrixNotice::unevaluatedStatements(const PolicyAnalysis &analysis)
{
    std::vector<std::size_t> result;
    const std::vector<Statement> &statements = analysis.source.policy().statements;
    for (std::size_t i = 0; i < statements.size(); ++i) {
        const bool hasError = std::any_of(analysis.findings.begin(), analysis.findings.end(), [&](const Finding &f) {
            return f.severity == Severity::Error && analysis.isOwn(f) && within(f.pointer, statements[i].pointer);
        });
        if (hasError || !statements[i].usable)
            result.push_back(i);
    }
    return result;
}

std::optional<MatrixNotice::Position> MatrixNotice::firstSyntaxError(const PolicyAnalysis &analysis)
{
    if (analysis.source.isValidJson())
        return std::nullopt;
    std::optional<std::size_t> first;
    for (const Finding &f : analysis.source.diagnostics()) {
        if (f.ruleId.rfind("JSON_", 0) == 0 && (!first || f.range.begin < *first))
            first = f.range.begin;
    }
    // Invalid JSON always comes with a syntax diagnostic; the document start is a safe fallback.
    return lineAndColumn(analysis.text, analysis.offsets.toPosition(first.value_or(0)));
}

QString MatrixNotice::unevaluatedText(const PolicyAnalysis &analysis)
{
    const std::vector<std::size_t> statements = unevaluatedStatements(analysis);
    if (statements.empty())
        return {};
    const Policy *policy = &analysis.source.policy();
    QStringList names;
    for (std::size_t index : statements) {
        const auto range = analysis.positions(policy->statements[index].pointer);
        const QString name = Texts::statementName(std::span<const Policy *const>(&policy, 1), {0, index});
        names.append(range ? tr("%1 (line %2)").arg(name).arg(lineAndColumn(analysis.text, range->first).line) : name);
    }
    return tr("The matrix leaves out or only partly evaluates %n statement(s) with errors (see the findings): %1. "
              "Its decisions may differ from what IAM would decide for the corrected policy.",
              nullptr, int(statements.size()))
        .arg(QLocale().createSeparatedList(names));
}

QString MatrixNotice::text(const PolicyAnalysis &current, const PolicyAnalysis *shown, qint64 ageSeconds)
{
    if (const std::optional<Position> error = firstSyntaxError(current)) {
        if (!shown) {
            return tr("The text has errors at line %1, column %2, and no version of it has been read without "
                      "errors yet, so the matrix is empty.")
                .arg(error->line)
                .arg(error->column);
        }
        const QString age = ageSeconds < 60 ? tr("%n second(s) ago", nullptr, int(ageSeconds))
                                            : tr("%n minute(s) ago", nullptr, int(ageSeconds / 60));
        QString text = tr("The text has errors at line %1, column %2. The matrix shows the last version without "
                          "errors (%3), not the text as it is now.")
                           .arg(error->line)
                           .arg(error->column)
                           .arg(age);
        const QString unevaluated = unevaluatedText(*shown);
        if (!unevaluated.isEmpty())
            text += QLatin1Char(' ') + unevaluated;
        return text;
    }
    if (shown && !shown->matrix) {
        return tr("The text is far larger than any IAM policy can be, so the decision matrix is not computed. "
                  "Findings are still shown.");
    }
    return unevaluatedText(current);
}

} // namespace mfapolicy
