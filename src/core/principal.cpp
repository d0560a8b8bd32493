#include "principal.h"

#include <algorithm>

namespace mfapolicy {

const char *policyOriginId(PolicyOrigin origin)
{
    switch (origin) {
    case PolicyOrigin::Inline:
        return "inline";
    case PolicyOrigin::CustomerManaged:
        return "customer-managed";
    case PolicyOrigin::AwsManaged:
        return "aws-managed";
    }
    return "inline";
}

const char *layerId(Layer layer)
{
    switch (layer) {
    case Layer::Scp:
        return "scp";
    case Layer::Identity:
        return "identity";
    case Layer::PermissionsBoundary:
        return "permissions-boundary";
    }
    return "identity";
}

std::vector<const Policy *> Principal::includedPolicies() const
{
    std::vector<const Policy *> out;
    for (const PrincipalPolicy &p : policies) {
        if (!p.excluded && p.source)
            out.push_back(&p.source->policy());
    }
    return out;
}

const LayerEvaluation &PrincipalEvaluation::deciding() const
{
    for (const LayerEvaluation &layer : layers) {
        if (layer.layer == decidingLayer && (layer.layer != Layer::Scp || layer.scpLevel == decidingScpLevel))
            return layer;
    }
    return layers.front();
}

PrincipalPolicyRef PrincipalEvaluation::policyOf(const LayerEvaluation &layer, std::size_t evaluatedPolicy) const
{
    const std::size_t index = evaluatedPolicy < layer.policies.size() ? layer.policies[evaluatedPolicy] : 0;
    return {layer.layer, layer.scpLevel, index};
}

MatrixCell principalCell(PrincipalEvaluation result)
{
    MatrixCell cell;
    cell.layer = result.decidingLayer;
    cell.scpLevel = result.decidingScpLevel;
    cell.indeterminate = result.indeterminate;
    if (result.layers.empty()) {
        cell.evaluation.decision = result.decision;
        return cell;
    }
    // The result is ours: take the deciding layer's evaluation instead of copying it.
    LayerEvaluation &deciding = result.layers[std::size_t(&result.deciding() - result.layers.data())];
    Evaluation evaluation = std::move(deciding.evaluation);
    // Indexes into the layer's evaluated policies become indexes into its principal policies.
    const auto remap = [&deciding](std::size_t &policy) {
        policy = policy < deciding.policies.size() ? deciding.policies[policy] : policy;
    };
    for (StatementRef &ref : evaluation.allowedBy)
        remap(ref.policy);
    for (StatementRef &ref : evaluation.deniedBy)
        remap(ref.policy);
    for (StatementTrace &trace : evaluation.trace)
        remap(trace.policy);
    for (SkippedStatement &skipped : evaluation.skipped)
        remap(skipped.ref.policy);
    evaluation.decision = result.decision;
    evaluation.indeterminate = result.indeterminate;
    evaluation.notPolicyControlled = result.notPolicyControlled;
    if (result.decision != Decision::ImplicitDeny && !result.notPolicyControlled) {
        const auto &refs = result.decision == Decision::ExplicitDeny ? evaluation.deniedBy : evaluation.allowedBy;
        for (const StatementRef &ref : refs)
            cell.deciding.push_back({{deciding.layer, deciding.scpLevel, ref.policy}, ref.statement});
    }
    cell.evaluation = std::move(evaluation);
    return cell;
}

const PrincipalPolicy *principalPolicy(const Principal &principal, const PrincipalPolicyRef &ref)
{
    switch (ref.layer) {
    case Layer::Identity:
        return ref.index < principal.policies.size() ? &principal.policies[ref.index] : nullptr;
    case Layer::PermissionsBoundary:
        return principal.boundary && ref.index == 0 ? &*principal.boundary : nullptr;
    case Layer::Scp:
        if (ref.scpLevel < principal.scps.size() && ref.index < principal.scps[ref.scpLevel].policies.size())
            return &principal.scps[ref.scpLevel].policies[ref.index];
        return nullptr;
    }
    return nullptr;
}

std::vector<const Policy *> layerPolicies(const Principal &principal, Layer layer, std::size_t scpLevel)
{
    std::vector<const Policy *> out;
    const auto add
        = [&out](const PrincipalPolicy &policy) { out.push_back(policy.source ? &policy.source->policy() : nullptr); };
    switch (layer) {
    case Layer::Identity:
        std::for_each(principal.policies.begin(), principal.policies.end(), add);
        break;
    case Layer::PermissionsBoundary:
        if (principal.boundary)
            add(*principal.boundary);
        break;
    case Layer::Scp:
        if (scpLevel < principal.scps.size())
            std::for_each(principal.scps[scpLevel].policies.begin(), principal.scps[scpLevel].policies.end(), add);
        break;
    }
    return out;
}

std::string principalPolicyName(const Principal &principal, const PrincipalPolicyRef &ref)
{
    const PrincipalPolicy *policy = principalPolicy(principal, ref);
    return policy ? policy->name : std::string();
}

namespace {

LayerEvaluation evaluateLayer(Layer layer, std::size_t scpLevel, const std::vector<PrincipalPolicy> &policies,
                              const Request &request, const EvaluateOptions &options)
{
    LayerEvaluation out;
    out.layer = layer;
    out.scpLevel = scpLevel;
    std::vector<const Policy *> evaluated;
    for (std::size_t i = 0; i < policies.size(); ++i) {
        if (policies[i].excluded || !policies[i].source)
            continue;
        out.policies.push_back(i);
        evaluated.push_back(&policies[i].source->policy());
    }
    out.evaluation = evaluate(evaluated, request, options);
    return out;
}

} // namespace

PrincipalEvaluation evaluatePrincipal(const Principal &principal, const Request &request,
                                      const EvaluateOptions &options)
{
    std::vector<LayerEvaluation> layers;
    for (std::size_t level = 0; level < principal.scps.size(); ++level)
        layers.push_back(evaluateLayer(Layer::Scp, level, principal.scps[level].policies, request, options));
    layers.push_back(evaluateLayer(Layer::Identity, 0, principal.policies, request, options));
    if (principal.boundary && !principal.boundary->excluded && principal.boundary->source)
        layers.push_back(evaluateLayer(Layer::PermissionsBoundary, 0, {*principal.boundary}, request, options));
    return combineLayers(std::move(layers), request);
}

PrincipalEvaluation combineLayers(std::vector<LayerEvaluation> layers, const Request &request)
{
    PrincipalEvaluation result;
    result.layers = std::move(layers);
    for (const LayerEvaluation &layer : result.layers)
        result.indeterminate = result.indeterminate || layer.evaluation.indeterminate;
    const auto decide = [&result](Decision decision, const LayerEvaluation &layer) {
        result.decision = decision;
        result.decidingLayer = layer.layer;
        result.decidingScpLevel = layer.scpLevel;
    };
    if (isNotPolicyControlled(request.action)) {
        result.notPolicyControlled = true;
        result.indeterminate = false;
        result.decision = Decision::Allow;
        return result;
    }
    // An explicit deny anywhere is final. When several layers deny, the one named is the first in
    // the order of AWS's evaluation flow: SCPs (root first), identity-based, permissions boundary.
    for (const LayerEvaluation &layer : result.layers) {
        if (layer.evaluation.decision == Decision::ExplicitDeny && !layer.evaluation.indeterminate) {
            // A Deny that was read whole decides, whatever another layer could not read.
            decide(Decision::ExplicitDeny, layer);
            result.indeterminate = false;
            return result;
        }
    }
    // Every layer must allow, checked in the same order.
    for (const LayerEvaluation &layer : result.layers) {
        if (layer.evaluation.decision != Decision::Allow) {
            decide(Decision::ImplicitDeny, layer);
            return result;
        }
    }
    result.decision = Decision::Allow;
    result.decidingLayer = Layer::Identity;
    return result;
}

RequestContext principalContext(const Principal &principal, AuthState state)
{
    RequestContext context = contextFor(principal.identity, state);
    for (const auto &[key, value] : principal.context)
        context.set(key, value);
    return context;
}

std::shared_ptr<const PolicySource> knownServiceControlPolicy(std::string_view name)
{
    // The document AWS Organizations attaches as FullAWSAccess (p-FullAWSAccess).
    static const auto fullAwsAccess = std::make_shared<const PolicySource>(PolicySource::parse(
        "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n        {\n            \"Effect\": \"Allow\",\n"
        "            \"Action\": \"*\",\n            \"Resource\": \"*\"\n        }\n    ]\n}\n",
        "FullAWSAccess"));
    if (name == "FullAWSAccess" || name == "p-FullAWSAccess")
        return fullAwsAccess;
    return nullptr;
}

Principal principalOf(const std::vector<std::shared_ptr<const PolicySource>> &sources,
                      const SimulationIdentity &identity)
{
    Principal principal;
    principal.identity = identity;
    for (const auto &source : sources) {
        PrincipalPolicy policy;
        policy.name = source->name();
        policy.file = source->name();
        policy.source = source;
        principal.policies.push_back(std::move(policy));
    }
    return principal;
}

} // namespace mfapolicy
