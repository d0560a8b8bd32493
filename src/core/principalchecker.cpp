// checkPrincipal(): the checker's rules on every policy of a principal, each finding saying which
// policy it concerns, and the findings about the boundary and SCP layers.
#include "checker.h"
#include "rules.h"
#include "rulesutil.h"

#include <algorithm>

namespace mfapolicy {

namespace {

// The size quota a principal policy is measured against, or none (AWS managed policies are not
// the account's; SCPs have their own quota of 5,120 characters, not checked here).
std::optional<PolicyKind> quotaKind(const PrincipalPolicy &policy, Layer layer, PolicyKind given)
{
    if (policy.origin == PolicyOrigin::AwsManaged || layer == Layer::Scp)
        return std::nullopt;
    if (policy.origin == PolicyOrigin::CustomerManaged || layer == Layer::PermissionsBoundary)
        return PolicyKind::Managed;
    if (!policy.group.empty())
        return PolicyKind::InlineGroup;
    // An inline policy read from an account has no file: it is the user's own. A file given by
    // hand is measured as the caller says.
    return policy.file.empty() ? PolicyKind::InlineUser : given;
}

void checkOne(const PrincipalPolicy &policy, PrincipalPolicyRef ref, const CheckOptions &options,
              std::vector<Finding> &out, const std::function<void(std::vector<Finding> &)> &mfaRules)
{
    if (policy.excluded || !policy.source || policy.origin == PolicyOrigin::AwsManaged)
        return;
    const std::optional<PolicyKind> kind = quotaKind(policy, ref.layer, options.kind);
    std::vector<Finding> findings = checkDocument(*policy.source, options, mfaRules, kind);
    for (Finding &finding : findings) {
        finding.policy = ref;
        out.push_back(std::move(finding));
    }
}

std::string statementActionPointer(const PolicySource &source, const Statement &statement)
{
    const std::string key = statement.pointer + (statement.notAction ? "/NotAction" : "/Action");
    return source.keyRange(key) ? key : statement.pointer;
}

} // namespace

Evaluation documentEvaluation(const Principal &principal, std::size_t index, const Request &request, bool trace,
                              PrincipalDecisionCache *cache)
{
    PrincipalEvaluation result;
    if (cache && !trace) {
        const std::vector<std::string> *mfa = request.context.find("aws:MultiFactorAuthPresent");
        std::string key = request.principal + '\n' + request.action + '\n' + request.resource + '\n'
            + (mfa ? (mfa->empty() ? std::string("[]") : mfa->front()) : std::string("absent"));
        const auto found = cache->decisions.find(key);
        if (found == cache->decisions.end())
            result = cache->decisions.emplace(std::move(key), cache->evaluator.evaluate(request)).first->second;
        else
            result = found->second;
    } else {
        result = evaluatePrincipal(principal, request, EvaluateOptions {trace});
    }
    Evaluation out;
    for (LayerEvaluation &layer : result.layers) {
        if (layer.layer != Layer::Identity)
            continue;
        const auto at = std::find(layer.policies.begin(), layer.policies.end(), index);
        if (at == layer.policies.end())
            break;
        const auto own = std::size_t(at - layer.policies.begin());
        out = std::move(layer.evaluation);
        const auto other = [own](const StatementRef &ref) { return ref.policy != own; };
        std::erase_if(out.allowedBy, other);
        std::erase_if(out.deniedBy, other);
        std::erase_if(out.trace, [own](const StatementTrace &t) { return t.policy != own; });
        std::erase_if(out.skipped, [&other](const SkippedStatement &s) { return other(s.ref); });
        for (StatementRef &ref : out.allowedBy)
            ref.policy = 0;
        for (StatementRef &ref : out.deniedBy)
            ref.policy = 0;
        for (StatementTrace &t : out.trace)
            t.policy = 0;
        for (SkippedStatement &s : out.skipped)
            s.ref.policy = 0;
    }
    out.decision = result.decision;
    out.indeterminate = result.indeterminate;
    out.notPolicyControlled = result.notPolicyControlled;
    if (!result.indeterminate && result.decision != Decision::Allow && result.decidingLayer != Layer::Identity) {
        out.decision = Decision::ExplicitDeny;
        out.deniedBy.clear();
    }
    return out;
}

void checkLayers(const Principal &principal, std::vector<Finding> &out, const PrincipalEvaluator *evaluator)
{
    const SimulationIdentity &id = principal.identity;
    // The calls of the console's virtual-device flow (MFA-FACTS §3), signed in without MFA.
    const std::pair<const char *, std::string> calls[] = {
        {"iam:ListMFADevices", id.userArn()},
        {"iam:CreateVirtualMFADevice", id.deviceArn(id.deviceName)},
        {"iam:EnableMFADevice", id.userArn()},
    };
    std::vector<std::tuple<PrincipalPolicyRef, std::string, std::string>> reported; // policy, pointer, action
    const auto report = [&](const PrincipalPolicyRef &ref, const std::string &pointer, const char *action,
                            const char *how) {
        const PrincipalPolicy *policy = principalPolicy(principal, ref);
        if (!policy || !policy->source)
            return;
        const auto key = std::make_tuple(ref, pointer, std::string(action));
        if (std::find(reported.begin(), reported.end(), key) != reported.end())
            return;
        reported.push_back(key);
        const char *rule = ref.layer == Layer::Scp ? "ENROLLMENT_BLOCKED_BY_SCP" : "ENROLLMENT_BLOCKED_BY_BOUNDARY";
        const std::string level = ref.layer == Layer::Scp ? principal.scps[ref.scpLevel].name : std::string();
        const std::size_t before = out.size();
        addFinding(out, rule, policy->source->range(pointer), pointer, {action, how, level});
        if (out.size() > before)
            out.back().policy = ref;
    };
    for (const auto &[action, resource] : calls) {
        Request request;
        request.principal = id.userArn();
        request.action = action;
        request.resource = resource;
        request.context = principalContext(principal, AuthState::NoMfa);
        const PrincipalEvaluation result
            = evaluator ? evaluator->evaluate(request) : evaluatePrincipal(principal, request, EvaluateOptions {false});
        // Only what the user's own policies mean to allow: a layer refusing what nobody allows
        // blocks nothing.
        const auto identity = std::find_if(result.layers.begin(), result.layers.end(),
                                           [](const LayerEvaluation &l) { return l.layer == Layer::Identity; });
        if (identity == result.layers.end() || identity->evaluation.indeterminate
            || identity->evaluation.decision != Decision::Allow)
            continue;
        for (const LayerEvaluation &layer : result.layers) {
            if (layer.layer == Layer::Identity || layer.evaluation.indeterminate
                || layer.evaluation.decision == Decision::Allow)
                continue;
            if (layer.evaluation.decision == Decision::ExplicitDeny) {
                for (const StatementRef &ref : layer.evaluation.deniedBy) {
                    const PrincipalPolicyRef policyRef = result.policyOf(layer, ref.policy);
                    const PrincipalPolicy *policy = principalPolicy(principal, policyRef);
                    if (policy && policy->source && ref.statement < policy->source->policy().statements.size())
                        report(
                            policyRef,
                            statementActionPointer(*policy->source, policy->source->policy().statements[ref.statement]),
                            action, "explicit");
                }
                continue;
            }
            // No policy of the layer allows it: each of them is where it could be allowed.
            for (std::size_t i = 0; i < layer.policies.size(); ++i) {
                const PrincipalPolicyRef policyRef = result.policyOf(layer, i);
                const PrincipalPolicy *policy = principalPolicy(principal, policyRef);
                if (policy && policy->source)
                    report(policyRef, policy->source->range("/Statement") ? "/Statement" : "", action, "implicit");
            }
        }
    }
}

std::vector<Finding> checkPrincipal(const Principal &principal, const CheckOptions &options)
{
    std::vector<Finding> findings;
    PrincipalDecisionCache cache(principal);
    for (std::size_t i = 0; i < principal.policies.size(); ++i) {
        checkOne(principal.policies[i], {Layer::Identity, 0, i}, options, findings,
                 [&](std::vector<Finding> &out) { checkMfa(principal, i, out, options.cancel, &cache); });
    }
    if (principal.boundary)
        checkOne(*principal.boundary, {Layer::PermissionsBoundary, 0, 0}, options, findings, {});
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        for (std::size_t i = 0; i < principal.scps[level].policies.size(); ++i)
            checkOne(principal.scps[level].policies[i], {Layer::Scp, level, i}, options, findings, {});
    }
    if (!(options.cancel && options.cancel->load(std::memory_order_relaxed)))
        checkLayers(principal, findings, &cache.evaluator);
    return findings;
}

} // namespace mfapolicy
