#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `scenario POLICY...`: walks an MFA enrollment flow call by call with AWS's messages.
/// Exits with 1 when the flow cannot be completed.
class ScenarioCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ScenarioCommand)

public:
    QString name() const override { return QStringLiteral("scenario"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
