#include "livepolicy.h"

namespace mfapolicy {

QString PolicyTarget::displayName() const
{
    if (kind == PolicyOrigin::Inline)
        return ownerType + QLatin1Char('/') + ownerName + QLatin1Char(':') + policyName;
    return arn;
}

} // namespace mfapolicy
