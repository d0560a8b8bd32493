#pragma once

#include "checker.h"
#include "matrix.h"
#include "offsetmap.h"
#include "policysource.h"

#include <QString>

#include <memory>
#include <optional>

namespace mfapolicy {

/// Everything the studio shows about one version of the text, computed in one go: one parse,
/// the matrix, the findings. Immutable once built, so it can be made on a worker thread.
struct PolicyAnalysis {
    /// Texts larger than this are analysed off the GUI thread.
    static constexpr qsizetype backgroundThreshold = 64 * 1024;
    /// Texts larger than this get findings but no matrix: ten times the largest IAM quota,
    /// far beyond any policy IAM accepts, and a matrix over it would not mean anything.
    static constexpr qsizetype matrixLimit = 256 * 1024;

    QString text;
    OffsetMap offsets;
    PolicySource source;
    std::optional<DecisionMatrix> matrix;
    std::vector<Finding> findings;
    PolicyKind kind = PolicyKind::Managed;
    std::size_t size = 0; ///< non-whitespace characters, as IAM counts them

    static std::shared_ptr<const PolicyAnalysis> run(const QString &text, const SimulationIdentity &identity,
                                                     PolicyKind kind, const QString &name = {});

    /// Range of the value at a JSON pointer in editor positions.
    std::optional<std::pair<int, int>> positions(const std::string &pointer) const;
    std::pair<int, int> positions(const SourceRange &range) const;
    /// Index of the statement containing an editor position, if any.
    std::optional<std::size_t> statementAt(int position) const;
    std::vector<const Policy *> policies() const { return {&source.policy()}; }
};

} // namespace mfapolicy
