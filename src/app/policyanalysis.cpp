#include "policyanalysis.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>
#include <charconv>
#include <iterator>

namespace mfapolicy {

std::shared_ptr<const PolicyAnalysis> PolicyAnalysis::run(const QString &text, const SimulationIdentity &identity,
                                                          PolicyKind kind, const QString &name,
                                                          const std::atomic<bool> *cancel)
{
    return run(text, PrincipalView::single(nullptr, identity), kind, name, cancel);
}

namespace {
void placeOwn(PrincipalView &view, const std::shared_ptr<const PolicySource> &source)
{
    if (view.own.empty()) {
        PrincipalPolicy policy;
        policy.name = source->name();
        policy.source = source;
        view.principal.policies.push_back(std::move(policy));
        view.own = {{Layer::Identity, 0, view.principal.policies.size() - 1}};
        view.ownImplicit = true;
    }
    for (const PrincipalPolicyRef &slot : view.own) {
        if (auto *p = const_cast<PrincipalPolicy *>(view.policy(slot))) {
            p->source = source;
            if (p->name.empty())
                p->name = source->name();
        }
    }
}
} // namespace

std::shared_ptr<const PolicyAnalysis> PolicyAnalysis::run(const QString &text, PrincipalView principal, PolicyKind kind,
                                                          const QString &name, const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    std::string utf8 = text.toStdString();
    const std::size_t size = policySize(utf8);
    if (cancelled())
        return nullptr;
    auto parsed = std::make_shared<const PolicySource>(PolicySource::parse(std::move(utf8), name.toStdString()));
    if (cancelled())
        return nullptr;
    auto analysis = std::make_shared<PolicyAnalysis>(parsed);
    analysis->text = text;
    analysis->offsets = OffsetMap(text);
    analysis->kind = kind;
    analysis->size = size;
    placeOwn(principal, parsed);
    analysis->principal = std::move(principal);
    if (text.size() <= matrixLimit) {
        analysis->principalMatrix = computePrincipalMatrix(analysis->principal, cancel);
        if (cancelled() || !analysis->principalMatrix)
            return nullptr;
        analysis->matrix = analysis->principalMatrix->matrix;
    }
    CheckOptions options;
    options.kind = kind;
    options.cancel = cancel;
    // The findings judge the whole principal: the MFA rules decide every request with the
    // boundary and the SCPs too, and those say which enrollment calls they refuse.
    Principal checked = analysis->principal.principal;
    if (analysis->principal.ownImplicit) {
        // Not attached, the document has no place that tells its quota: the chosen kind does
        // (the checker measures a policy given as a file against the kind it is given).
        for (const PrincipalPolicyRef &slot : analysis->principal.own) {
            if (slot.layer == Layer::Identity && slot.index < checked.policies.size())
                checked.policies[slot.index].file = name.isEmpty() ? std::string("-") : name.toStdString();
        }
    }
    std::vector<Finding> findings = checkPrincipal(checked, options);
    if (cancelled())
        return nullptr;
    // The document's own findings first, in text order, then those of the other policies.
    std::stable_partition(findings.begin(), findings.end(),
                          [&analysis](const Finding &f) { return analysis->isOwn(f); });
    analysis->findings = std::move(findings);
    return analysis;
}

bool PolicyAnalysis::isOwn(const Finding &finding) const
{
    return !finding.policy || principal.isOwn(*finding.policy);
}

const PrincipalPolicy *PolicyAnalysis::policyOf(const Finding &finding) const
{
    return finding.policy ? principal.policy(*finding.policy) : nullptr;
}

std::vector<Finding> PolicyAnalysis::ownFindings() const
{
    std::vector<Finding> own;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(own),
                 [this](const Finding &f) { return isOwn(f); });
    return own;
}

std::pair<int, int> PolicyAnalysis::positions(const SourceRange &range) const
{
    return {offsets.toPosition(range.begin), offsets.toPosition(range.end)};
}

std::optional<std::pair<int, int>> PolicyAnalysis::positions(const std::string &pointer) const
{
    const std::optional<SourceRange> range = source.range(pointer);
    if (!range)
        return std::nullopt;
    return positions(*range);
}

std::optional<std::size_t> PolicyAnalysis::statementAt(int position) const
{
    const std::string pointer = source.pointerAt(offsets.toByteOffset(position));
    static const std::string prefix = "/Statement";
    if (pointer.compare(0, prefix.size(), prefix) != 0)
        return std::nullopt;
    const auto &statements = source.policy().statements;
    // A single-object Statement has the pointer "/Statement" itself.
    if (pointer.size() == prefix.size() || pointer[prefix.size()] != '/') {
        if (statements.size() == 1 && statements.front().pointer == prefix)
            return 0;
        return std::nullopt;
    }
    std::size_t index = 0;
    const char *begin = pointer.data() + prefix.size() + 1;
    const char *end = pointer.data() + pointer.size();
    const auto [ptr, ec] = std::from_chars(begin, end, index);
    if (ec != std::errc() || ptr == begin || (ptr != end && *ptr != '/'))
        return std::nullopt;
    // Statements are in array order; the index differs from the position only when elements
    // of the array are not statements, so the position is found by bisection, not by a scan.
    const auto it = std::lower_bound(statements.begin(), statements.end(), index,
                                     [](const Statement &statement, std::size_t i) { return statement.index < i; });
    if (it == statements.end() || it->index != index)
        return std::nullopt;
    return std::size_t(it - statements.begin());
}

BackgroundAnalysis::BackgroundAnalysis(QObject *parent) : QObject(parent) { }

BackgroundAnalysis::~BackgroundAnalysis()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundAnalysis::start(const QString &text, const PrincipalView &principal, PolicyKind kind,
                               const QString &name)
{
    if (m_cancel)
        m_cancel->store(true); // replaced: its result is not wanted any more
    const bool wasRunning = isRunning();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    QPointer<BackgroundAnalysis> self(this);
    QThreadPool::globalInstance()->start([self, cancel, text, principal, kind, name, generation] {
        std::shared_ptr<const PolicyAnalysis> result = PolicyAnalysis::run(text, principal, kind, name, cancel.get());
        if (!result)
            return; // cancelled: whoever cancelled it has moved on
        QMetaObject::invokeMethod(
            qApp,
            [self, cancel, result, generation] {
                if (!self || cancel->load() || generation != self->m_generation)
                    return;
                self->m_cancel.reset();
                Q_EMIT self->runningChanged(false);
                Q_EMIT self->finished(result);
            },
            Qt::QueuedConnection);
    });
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void BackgroundAnalysis::cancel()
{
    if (!m_cancel)
        return;
    m_cancel->store(true);
    m_cancel.reset();
    ++m_generation;
    Q_EMIT runningChanged(false);
}

} // namespace mfapolicy
