#include "principalmigration.h"

#include "migration.h"
#include "principalmatrix.h"

namespace mfapolicy {

bool PrincipalMigration::refusesCustomDeviceName(const Principal &principal)
{
    MatrixRow row;
    row.action = "iam:CreateVirtualMFADevice";
    row.pattern = ResourcePattern::DeviceCustomName;
    row.resource = principal.identity.deviceArn(principal.identity.deviceName);
    const PrincipalEvaluation result
        = evaluatePrincipal(principal, cellRequest(principal, row, AuthState::NoMfa), EvaluateOptions {false});
    return !result.indeterminate && result.decision != Decision::Allow;
}

std::vector<PrincipalPolicyRef> PrincipalMigration::refusingPolicies(const Principal &principal)
{
    std::vector<PrincipalPolicyRef> result;
    if (!refusesCustomDeviceName(principal))
        return result;
    PrincipalView view;
    view.principal = principal;
    for (const PrincipalPolicyRef &ref : view.allSlots()) {
        const PrincipalPolicy *policy = principalPolicy(principal, ref);
        if (policy && !policy->excluded && policy->source
            && planMigration(*policy->source).find(createDeviceAnyNameChange))
            result.push_back(ref);
    }
    return result;
}

} // namespace mfapolicy
