#pragma once

#include "accountdump.h"
#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `account DUMP.json`: every user's MFA posture from `aws iam get-account-authorization-details`
/// output, in words, and every policy with the users it reaches and blocks.
class AccountCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountCommand)

public:
    QString name() const override { return QStringLiteral("account"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
