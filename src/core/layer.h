#pragma once

#include <cstddef>

namespace mfapolicy {

/// The layers of IAM's decision for an IAM user, in the order AWS's evaluation logic checks
/// them once no explicit deny applies.
enum class Layer { Scp, Identity, PermissionsBoundary };
const char *layerId(Layer layer); ///< "scp", "identity", "permissions-boundary"

/// One policy of a principal: an identity-based policy (`index` into Principal::policies), the
/// permissions boundary (`index` 0), or an SCP (`index` into the ScpLevel::policies of
/// Principal::scps[`scpLevel`]).
struct PrincipalPolicyRef {
    Layer layer = Layer::Identity;
    std::size_t scpLevel = 0;
    std::size_t index = 0;
    bool operator==(const PrincipalPolicyRef &) const = default;
};

} // namespace mfapolicy
