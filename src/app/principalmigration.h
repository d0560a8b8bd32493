#pragma once

#include "principal.h"

#include <vector>

namespace mfapolicy {

/// Which policies of a principal the migration is for: those whose stale device resources
/// (CreateVirtualMFADevice allowed only on mfa/USER-NAME, as AWS's examples before November
/// 2022) refuse the user a virtual MFA device with a name of their choosing.
class PrincipalMigration final
{
public:
    /// The user, signed in without MFA, cannot create a virtual MFA device with the name they
    /// choose (an undetermined answer is not counted as a refusal).
    static bool refusesCustomDeviceName(const Principal &principal);
    /// The included policies whose migration plan widens the device resource, in principal order
    /// (identity-based policies, the boundary, the SCPs); none when the principal is not refused.
    static std::vector<PrincipalPolicyRef> refusingPolicies(const Principal &principal);
};

} // namespace mfapolicy
