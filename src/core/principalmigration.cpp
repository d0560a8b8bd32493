#include "principalmigration.h"

#include "principalevaluator.h"

namespace mfapolicy {

namespace {

PrincipalPolicy *mutablePolicy(Principal &principal, const PrincipalPolicyRef &ref)
{
    return const_cast<PrincipalPolicy *>(principalPolicy(principal, ref));
}

/// The policies that could hold the stale resource, in the order they are tried.
std::vector<PrincipalPolicyRef> candidates(const Principal &principal)
{
    std::vector<PrincipalPolicyRef> out;
    for (std::size_t i = 0; i < principal.policies.size(); ++i) {
        if (!principal.policies[i].excluded && principal.policies[i].source)
            out.push_back({Layer::Identity, 0, i});
    }
    if (principal.boundary && !principal.boundary->excluded && principal.boundary->source)
        out.push_back({Layer::PermissionsBoundary, 0, 0});
    return out;
}

} // namespace

Principal withPolicyText(const Principal &principal, const PrincipalPolicyRef &ref, const std::string &text)
{
    Principal out = principal;
    if (PrincipalPolicy *policy = mutablePolicy(out, ref)) {
        const std::string name = policy->source ? policy->source->name() : policy->name;
        policy->source = std::make_shared<const PolicySource>(PolicySource::parse(text, name));
    }
    return out;
}

std::vector<CellChange> comparePrincipals(const Principal &before, const Principal &after)
{
    return compareMatrices(computeMatrix(before), computeMatrix(after));
}

PrincipalMigration findPrincipalMigration(const Principal &principal)
{
    PrincipalMigration out;
    const SimulationIdentity &id = principal.identity;
    out.request.principal = id.userArn();
    out.request.action = "iam:CreateVirtualMFADevice";
    out.request.resource = id.deviceArn(id.deviceName);
    out.request.context = principalContext(principal, AuthState::NoMfa);
    out.refusal = evaluatePrincipal(principal, out.request);
    if (out.refusal.indeterminate) {
        out.outcome = PrincipalMigration::Outcome::Undetermined;
        return out;
    }
    if (out.refusal.decision == Decision::Allow) {
        out.outcome = PrincipalMigration::Outcome::NothingToMigrate;
        return out;
    }
    out.outcome = PrincipalMigration::Outcome::NotTheDeviceResource;
    std::optional<PrincipalMigration> awsManaged;
    for (const PrincipalPolicyRef &ref : candidates(principal)) {
        const PrincipalPolicy &policy = *principalPolicy(principal, ref);
        MigrationPlan plan = planMigration(*policy.source);
        if (!plan.find(createDeviceAnyNameChange))
            continue;
        std::string text = applyMigration(*policy.source, plan);
        Principal migrated = withPolicyText(principal, ref, text);
        const PrincipalEvaluation after = PrincipalEvaluator(migrated).evaluate(out.request);
        if (after.indeterminate || after.decision != Decision::Allow)
            continue;
        PrincipalMigration found = out;
        found.outcome = policy.origin == PolicyOrigin::AwsManaged ? PrincipalMigration::Outcome::AwsManaged
                                                                  : PrincipalMigration::Outcome::Migrate;
        found.policy = ref;
        found.plan = std::move(plan);
        found.migratedText = std::move(text);
        found.changes = comparePrincipals(principal, migrated);
        found.migrated = std::move(migrated);
        if (found.outcome == PrincipalMigration::Outcome::Migrate)
            return found;
        if (!awsManaged)
            awsManaged = std::move(found);
    }
    return awsManaged ? std::move(*awsManaged) : out;
}

} // namespace mfapolicy
