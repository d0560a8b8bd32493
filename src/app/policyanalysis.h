#pragma once

#include "checker.h"
#include "matrix.h"
#include "offsetmap.h"
#include "policysource.h"
#include "principalmatrix.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace mfapolicy {

/// Everything the studio shows about one version of the text, computed in one go: one parse,
/// the matrix of the principal the document is part of, the findings. Immutable once built, so it
/// can be made on a worker thread.
struct PolicyAnalysis {
    explicit PolicyAnalysis(std::shared_ptr<const PolicySource> parsed) : shared(std::move(parsed)), source(*shared) { }

    /// Texts larger than this are analysed off the GUI thread.
    static constexpr qsizetype backgroundThreshold = 64 * 1024;
    /// Texts larger than this get findings but no matrix: ten times the largest IAM quota,
    /// far beyond any policy IAM accepts, and a matrix over it would not mean anything.
    static constexpr qsizetype matrixLimit = 256 * 1024;

    QString text;
    OffsetMap offsets;
    /// The parsed text, shared with the principals of other documents that include this one.
    const std::shared_ptr<const PolicySource> shared;
    const PolicySource &source;
    /// The principal the matrix is of, this document in it as analysed (see PrincipalView::own).
    PrincipalView principal;
    /// The principal's matrix: `matrix` holds the decisions, `principalMatrix` what decided them.
    std::optional<DecisionMatrix> matrix;
    std::optional<PrincipalMatrix> principalMatrix;
    /// The findings of the whole principal (checkPrincipal): the document's own first (Finding::
    /// policy one of `principal.own`, their ranges in this text), then the other policies'.
    std::vector<Finding> findings;
    PolicyKind kind = PolicyKind::Managed;
    std::size_t size = 0; ///< non-whitespace characters, as IAM counts them

    /// The analysis, or nullptr when `cancel` became true before it was complete.
    static std::shared_ptr<const PolicyAnalysis> run(const QString &text, const SimulationIdentity &identity,
                                                     PolicyKind kind, const QString &name = {},
                                                     const std::atomic<bool> *cancel = nullptr);
    /// The same inside a principal: the text takes the slots `principal.own` names (or is added as
    /// the user's inline policy when there are none), and the findings judge the whole principal.
    static std::shared_ptr<const PolicyAnalysis> run(const QString &text, PrincipalView principal, PolicyKind kind,
                                                     const QString &name = {},
                                                     const std::atomic<bool> *cancel = nullptr);

    /// Range of the value at a JSON pointer in editor positions.
    std::optional<std::pair<int, int>> positions(const std::string &pointer) const;
    std::pair<int, int> positions(const SourceRange &range) const;
    /// Index of the statement containing an editor position, if any.
    std::optional<std::size_t> statementAt(int position) const;
    std::vector<const Policy *> policies() const { return {&source.policy()}; }
    /// The finding is about this document (its range is in this text).
    bool isOwn(const Finding &finding) const;
    /// The principal policy a finding is about; nullptr for the document's own without a place.
    const PrincipalPolicy *policyOf(const Finding &finding) const;
    std::vector<Finding> ownFindings() const;
};

/// Analyses large texts on a worker thread, so that typing never waits for them. Only the
/// newest analysis counts: starting one cancels the one running, and a cancelled analysis stops
/// at the core's next check and is never delivered.
class BackgroundAnalysis final : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundAnalysis(QObject *parent = nullptr);
    /// Cancels the running analysis; its worker ends on its own.
    ~BackgroundAnalysis() override;

    void start(const QString &text, const PrincipalView &principal, PolicyKind kind, const QString &name);
    /// Cancels the running analysis, if any: `finished` is not emitted for it.
    void cancel();
    bool isRunning() const { return m_cancel != nullptr; }

Q_SIGNALS:
    void finished(std::shared_ptr<const PolicyAnalysis> analysis);
    /// An analysis began when none ran (true), or none runs any more: it finished or was cancelled
    /// (false). Replacing a running analysis by a newer one emits nothing.
    void runningChanged(bool running);

private:
    std::shared_ptr<std::atomic<bool>> m_cancel; // of the running analysis, null when none runs
    quint64 m_generation = 0;
};

} // namespace mfapolicy
