#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace mfapolicy {

struct PolicyAnalysis;

/// What the banner above the decision matrix says about how far the matrix can be trusted:
/// that it shows an older version while the text does not parse, or which statements it could
/// not fully evaluate. Empty when the matrix is the whole story.
class MatrixNotice final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MatrixNotice)

public:
    struct Position {
        int line = 1;
        int column = 1;
    };

    /// Indices (into the policy's statements) of the statements the matrix leaves out or
    /// evaluates only in part.
    static std::vector<std::size_t> unevaluatedStatements(const PolicyAnalysis &analysis);
    /// Line and column (1-based, in characters) of the first JSON syntax error, if any.
    static std::optional<Position> firstSyntaxError(const PolicyAnalysis &analysis);

    /// The banner for the `current` text when the matrix shows `shown` (the same analysis, an
    /// older one without syntax errors, or none), made `ageSeconds` ago.
    static QString text(const PolicyAnalysis &current, const PolicyAnalysis *shown, qint64 ageSeconds);

private:
    static QString unevaluatedText(const PolicyAnalysis &analysis);
};

} // namespace mfapolicy
