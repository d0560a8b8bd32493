#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `check POLICY...`: findings for policy files and folders; exit 1 at or above --fail-on.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
