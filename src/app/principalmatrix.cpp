#include "principalmatrix.h"

#include <algorithm>

namespace mfapolicy {

std::vector<PolicySlot> PrincipalView::allSlots() const
{
    std::vector<PolicySlot> result;
    for (std::size_t i = 0; i < principal.policies.size(); ++i)
        result.push_back({Layer::Identity, 0, i});
    if (principal.boundary)
        result.push_back({Layer::PermissionsBoundary, 0, 0});
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        for (std::size_t i = 0; i < principal.scps[level].policies.size(); ++i)
            result.push_back({Layer::Scp, level, i});
    }
    return result;
}

const PrincipalPolicy *PrincipalView::policy(const PolicySlot &slot) const
{
    switch (slot.layer) {
    case Layer::Identity:
        return slot.index < principal.policies.size() ? &principal.policies[slot.index] : nullptr;
    case Layer::PermissionsBoundary:
        return principal.boundary ? &*principal.boundary : nullptr;
    case Layer::Scp:
        if (slot.scpLevel >= principal.scps.size() || slot.index >= principal.scps[slot.scpLevel].policies.size())
            return nullptr;
        return &principal.scps[slot.scpLevel].policies[slot.index];
    }
    return nullptr;
}

bool PrincipalView::isOwn(const PolicySlot &slot) const
{
    return std::find(own.begin(), own.end(), slot) != own.end();
}

PrincipalView PrincipalView::single(std::shared_ptr<const PolicySource> source, const SimulationIdentity &identity)
{
    PrincipalView view;
    view.principal.identity = identity;
    PrincipalPolicy policy;
    if (source)
        policy.name = source->name();
    policy.source = std::move(source);
    view.principal.policies.push_back(std::move(policy));
    view.own = {{Layer::Identity, 0, 0}};
    view.ownImplicit = true;
    return view;
}

Request principalCellRequest(const Principal &principal, const MatrixRow &row, AuthState state)
{
    Request request = cellRequest(principal.identity, row, state);
    request.context = principalContext(principal, state);
    return request;
}

PolicySlot layerSlot(const LayerEvaluation &layer, std::size_t policy)
{
    const std::size_t index = policy < layer.policies.size() ? layer.policies[policy] : 0;
    return {layer.layer, layer.scpLevel, index};
}

std::vector<const Policy *> layerPolicies(const Principal &principal, const LayerEvaluation &layer)
{
    std::vector<const Policy *> result;
    for (std::size_t index : layer.policies) {
        const PrincipalPolicy *p = nullptr;
        if (layer.layer == Layer::Identity && index < principal.policies.size())
            p = &principal.policies[index];
        else if (layer.layer == Layer::PermissionsBoundary && principal.boundary)
            p = &*principal.boundary;
        else if (layer.layer == Layer::Scp && layer.scpLevel < principal.scps.size()
                 && index < principal.scps[layer.scpLevel].policies.size())
            p = &principal.scps[layer.scpLevel].policies[index];
        result.push_back(p && p->source ? &p->source->policy() : nullptr);
    }
    return result;
}

std::optional<PrincipalMatrix> computePrincipalMatrix(const PrincipalView &view, const std::atomic<bool> *cancel)
{
    // The core's principal matrix evaluates each layer once per request and combines them; its
    // deciding statements name their layer's policies, which map onto the slots here.
    MatrixOptions options;
    options.cancel = cancel;
    PrincipalMatrix result;
    result.matrix = computeMatrix(view.principal, options);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return std::nullopt;
    result.policySlots = view.allSlots();
    result.origins.resize(result.matrix.rows.size());
    const auto flat = [&result](const MatrixCell &cell, const std::vector<StatementRef> &refs) {
        std::vector<StatementRef> out;
        out.reserve(refs.size());
        for (const StatementRef &ref : refs) {
            const PolicySlot slot {cell.layer, cell.layer == Layer::Scp ? cell.scpLevel : 0,
                                   cell.layer == Layer::PermissionsBoundary ? 0 : ref.policy};
            const auto it = std::find(result.policySlots.begin(), result.policySlots.end(), slot);
            if (it != result.policySlots.end())
                out.push_back({std::size_t(it - result.policySlots.begin()), ref.statement});
        }
        return out;
    };
    for (std::size_t r = 0; r < result.matrix.rows.size(); ++r) {
        MatrixRow &row = result.matrix.rows[r];
        for (AuthState state : allAuthStates) {
            const std::size_t s = authStateIndex(state);
            MatrixCell &cell = row.cells[s];
            cell.evaluation.indeterminate = cell.indeterminate;
            cell.evaluation.allowedBy = flat(cell, cell.evaluation.allowedBy);
            cell.evaluation.deniedBy = flat(cell, cell.evaluation.deniedBy);
            result.origins[r][s] = {cell.layer, cell.scpLevel, cell.indeterminate};
        }
    }
    return result;
}

PrincipalEvaluation explainPrincipalCell(const Principal &principal, const MatrixRow &row, AuthState state)
{
    return evaluatePrincipal(principal, principalCellRequest(principal, row, state));
}

} // namespace mfapolicy
