#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `export POLICY --to FORMAT`: the policy as pretty or minified JSON (with its size against
/// each quota), an AWS CLI command, or a CloudFormation or Terraform snippet.
class ExportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
