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
    PrincipalMatrix result;
    result.policySlots = view.allSlots();
    result.matrix.identity = view.principal.identity;
    result.matrix.rows = matrixRows(view.principal.identity);
    result.origins.resize(result.matrix.rows.size());
    const auto flatIndex = [&result](const PolicySlot &slot) {
        return std::size_t(std::find(result.policySlots.begin(), result.policySlots.end(), slot)
                           - result.policySlots.begin());
    };
    const auto flat = [&](const LayerEvaluation &layer, const std::vector<StatementRef> &refs) {
        std::vector<StatementRef> out;
        out.reserve(refs.size());
        for (const StatementRef &ref : refs)
            out.push_back({flatIndex(layerSlot(layer, ref.policy)), ref.statement});
        return out;
    };
    EvaluateOptions options;
    options.trace = false;
    for (std::size_t r = 0; r < result.matrix.rows.size(); ++r) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return std::nullopt;
        MatrixRow &row = result.matrix.rows[r];
        for (AuthState state : allAuthStates) {
            const std::size_t s = authStateIndex(state);
            const PrincipalEvaluation pe
                = evaluatePrincipal(view.principal, principalCellRequest(view.principal, row, state), options);
            Evaluation &cell = row.cells[s].evaluation;
            cell.decision = pe.decision;
            cell.notPolicyControlled = pe.notPolicyControlled;
            cell.indeterminate = pe.indeterminate;
            if (!pe.layers.empty()) {
                const LayerEvaluation &deciding = pe.deciding();
                cell.allowedBy = flat(deciding, deciding.evaluation.allowedBy);
                cell.deniedBy = flat(deciding, deciding.evaluation.deniedBy);
            }
            result.origins[r][s] = {pe.decidingLayer, pe.decidingScpLevel, pe.indeterminate};
        }
    }
    return result;
}

PrincipalEvaluation explainPrincipalCell(const Principal &principal, const MatrixRow &row, AuthState state)
{
    return evaluatePrincipal(principal, principalCellRequest(principal, row, state));
}

} // namespace mfapolicy
