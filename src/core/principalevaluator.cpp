#include "principalevaluator.h"

#include "wildcard.h"

#include <algorithm>
#include <mutex>

namespace mfapolicy {

namespace {

/// What the evaluator reports as skipped whatever the request: a statement it cannot evaluate
/// (the same test as the evaluator's, so that such a statement is always kept whole).
bool cannotEvaluate(const Statement &statement)
{
    if (!statement.usable || !statement.problems.empty())
        return true;
    return std::any_of(statement.conditions.begin(), statement.conditions.end(), [](const ConditionClause &clause) {
        return clause.op == ConditionOperator::Invalid || !clause.usable;
    });
}

/// The lower-cased service of an action or an Action entry ("iam" of "IAM:Get*"), or nothing when
/// the part before the first colon holds a wildcard or there is no colon: such an entry may match
/// an action of any service.
std::optional<std::string> literalService(std::string_view action)
{
    const std::size_t colon = action.find(':');
    if (colon == std::string_view::npos)
        return std::nullopt;
    const std::string_view service = action.substr(0, colon);
    if (service.find_first_of("*?") != std::string_view::npos)
        return std::nullopt;
    return detail::asciiLowered(service);
}

} // namespace

PolicyActionIndex::PolicyActionIndex(std::shared_ptr<const PolicySource> source) : m_source(std::move(source))
{
    const Policy &policy = m_source->policy();
    for (std::size_t s = 0; s < policy.statements.size(); ++s) {
        const Statement &statement = policy.statements[s];
        if (statement.notAction || cannotEvaluate(statement)) {
            m_always.push_back(s);
            continue;
        }
        for (const PolicyString &entry : statement.actions) {
            // An entry whose service is written out can match only actions of that service: the
            // text before its first wildcard must begin the action as it is (case aside).
            if (std::optional<std::string> service = literalService(entry.value))
                m_byService[*service].push_back({s, &entry});
            else
                m_anyService.push_back({s, &entry});
        }
    }
}

std::vector<PolicyActionIndex::Reach> PolicyActionIndex::reachedBy(const std::string &action) const
{
    const Policy &policy = m_source->policy();
    std::vector<Reach> out;
    const auto listed = [&](const std::vector<Entry> &entries) {
        for (const Entry &entry : entries) {
            const bool known = std::any_of(out.begin(), out.end(),
                                           [&entry](const Reach &r) { return r.statement == entry.statement; });
            if (!known && actionMatches(entry.value->value, action))
                out.push_back({entry.statement, Reach::How::Listed, entry.value});
        }
    };
    // An action without a colon is matched against every entry.
    const std::optional<std::string> service = literalService(action);
    if (service) {
        if (const auto found = m_byService.find(*service); found != m_byService.end())
            listed(found->second);
    } else {
        for (const auto &[name, entries] : m_byService)
            listed(entries);
    }
    listed(m_anyService);
    for (std::size_t s : m_always) {
        const Statement &statement = policy.statements[s];
        if (cannotEvaluate(statement)) {
            out.push_back({s, Reach::How::Whole, nullptr});
            continue;
        }
        const bool excluded
            = std::any_of(statement.actions.begin(), statement.actions.end(),
                          [&action](const PolicyString &entry) { return actionMatches(entry.value, action); });
        if (!excluded)
            out.push_back({s, Reach::How::NotExcluded, nullptr});
    }
    std::sort(out.begin(), out.end(), [](const Reach &a, const Reach &b) { return a.statement < b.statement; });
    return out;
}

std::shared_ptr<const PolicyActionIndex> policyActionIndex(const std::shared_ptr<const PolicySource> &source)
{
    // Least recently used first. An index holds its source, so a source in the list is alive and
    // its address names it alone.
    static std::mutex mutex;
    static std::vector<std::shared_ptr<const PolicyActionIndex>> recent;
    constexpr std::size_t kept = 32;
    {
        const std::lock_guard lock(mutex);
        const auto found = std::find_if(recent.begin(), recent.end(),
                                        [&source](const auto &index) { return &index->source() == source.get(); });
        if (found != recent.end()) {
            std::shared_ptr<const PolicyActionIndex> index = *found;
            recent.erase(found);
            recent.push_back(index);
            return index;
        }
    }
    auto index = std::make_shared<const PolicyActionIndex>(source);
    const std::lock_guard lock(mutex);
    recent.push_back(index);
    if (recent.size() > kept)
        recent.erase(recent.begin());
    return index;
}

PrincipalEvaluator::PrincipalEvaluator(const Principal &principal) : m_principal(principal)
{
    const auto add = [this](Layer layer, std::size_t scpLevel, const std::vector<PrincipalPolicy> &policies) {
        for (std::size_t i = 0; i < policies.size(); ++i) {
            const PrincipalPolicy &policy = policies[i];
            if (policy.excluded || !policy.source)
                continue;
            m_slots.push_back({layer, scpLevel, i, &policy.source->policy(), policyActionIndex(policy.source)});
        }
    };
    for (std::size_t level = 0; level < principal.scps.size(); ++level)
        add(Layer::Scp, level, principal.scps[level].policies);
    add(Layer::Identity, 0, principal.policies);
    if (principal.boundary && !principal.boundary->excluded && principal.boundary->source) {
        const PrincipalPolicy &boundary = *principal.boundary;
        m_slots.push_back(
            {Layer::PermissionsBoundary, 0, 0, &boundary.source->policy(), policyActionIndex(boundary.source)});
    }
}

PrincipalEvaluator::~PrincipalEvaluator() = default;

const std::vector<PrincipalEvaluator::ActionView> &PrincipalEvaluator::viewsFor(const std::string &action) const
{
    std::string key = detail::asciiLowered(action);
    if (const auto found = m_views.find(key); found != m_views.end())
        return found->second;
    std::vector<ActionView> views(m_slots.size());
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        const Policy &whole = *m_slots[i].policy;
        ActionView &view = views[i];
        view.policy.name = whole.name;
        view.policy.version = whole.version;
        for (const PolicyActionIndex::Reach &reach : m_slots[i].actions->reachedBy(action)) {
            const Statement &statement = whole.statements[reach.statement];
            view.statements.push_back(reach.statement);
            if (reach.how == PolicyActionIndex::Reach::How::Whole) {
                view.policy.statements.push_back(statement);
                continue;
            }
            // The rest of the action list cannot change whether the statement applies: one entry
            // that matches (Action), or none that excludes (NotAction), decides it the same way.
            Statement copy;
            copy.index = statement.index;
            copy.sid = statement.sid;
            copy.effect = statement.effect;
            copy.notAction = statement.notAction;
            if (reach.entry)
                copy.actions.push_back(*reach.entry);
            copy.notResource = statement.notResource;
            copy.resources = statement.resources;
            copy.conditions = statement.conditions;
            copy.pointer = statement.pointer;
            view.policy.statements.push_back(std::move(copy));
        }
    }
    return m_views.emplace(std::move(key), std::move(views)).first->second;
}

PrincipalEvaluation PrincipalEvaluator::evaluate(const Request &request) const
{
    const std::vector<ActionView> &views = viewsFor(request.action);
    std::vector<LayerEvaluation> layers;
    std::vector<const Policy *> evaluated;
    std::vector<const ActionView *> evaluatedViews;
    const auto finish = [&] {
        if (layers.empty())
            return;
        LayerEvaluation &layer = layers.back();
        layer.evaluation = mfapolicy::evaluate(evaluated, request, EvaluateOptions {false});
        // Statement indexes of the views become those of the whole policies.
        const auto whole = [&evaluatedViews](StatementRef &ref) {
            ref.statement = evaluatedViews[ref.policy]->statements[ref.statement];
        };
        std::for_each(layer.evaluation.allowedBy.begin(), layer.evaluation.allowedBy.end(), whole);
        std::for_each(layer.evaluation.deniedBy.begin(), layer.evaluation.deniedBy.end(), whole);
        for (SkippedStatement &skipped : layer.evaluation.skipped)
            whole(skipped.ref);
        evaluated.clear();
        evaluatedViews.clear();
    };
    const auto startLayer = [&](Layer layer, std::size_t scpLevel) {
        finish();
        LayerEvaluation &out = layers.emplace_back();
        out.layer = layer;
        out.scpLevel = scpLevel;
    };
    // Every layer is evaluated, even one whose policies are all excluded (it allows nothing), as
    // evaluatePrincipal() does: the SCP levels, the identity-based policies, the boundary.
    std::size_t slot = 0;
    const auto fill = [&](Layer layer, std::size_t scpLevel) {
        startLayer(layer, scpLevel);
        for (; slot < m_slots.size() && m_slots[slot].layer == layer && m_slots[slot].scpLevel == scpLevel; ++slot) {
            layers.back().policies.push_back(m_slots[slot].index);
            evaluated.push_back(&views[slot].policy);
            evaluatedViews.push_back(&views[slot]);
        }
    };
    for (std::size_t level = 0; level < m_principal.scps.size(); ++level)
        fill(Layer::Scp, level);
    fill(Layer::Identity, 0);
    if (m_principal.boundary && !m_principal.boundary->excluded && m_principal.boundary->source)
        fill(Layer::PermissionsBoundary, 0);
    finish();
    return combineLayers(std::move(layers), request);
}

} // namespace mfapolicy
