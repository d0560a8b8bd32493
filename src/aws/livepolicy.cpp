#include "livepolicy.h"

#include <QRegularExpression>

namespace mfapolicy {

QString PolicyTarget::displayName() const
{
    if (kind == PolicyOrigin::Inline)
        return ownerType + QLatin1Char('/') + ownerName + QLatin1Char(':') + policyName;
    return arn;
}

QString PolicyTarget::fileBaseName() const
{
    QString base = kind == PolicyOrigin::Inline
        ? QString(ownerType + QLatin1Char('-') + ownerName + QLatin1Char('-') + policyName)
        : QString(QStringLiteral("policy-") + policyName);
    // IAM names allow letters, digits and "+=,.@_-"; anything else (there should be none) becomes "_".
    static const QRegularExpression unsafe(QStringLiteral(R"([^A-Za-z0-9+=,.@_-])"));
    base.replace(unsafe, QStringLiteral("_"));
    return base;
}

} // namespace mfapolicy
