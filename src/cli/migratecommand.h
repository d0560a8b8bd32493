#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `migrate POLICY`: rewrites stale MFA device resources (and optional related fixes) as minimal
/// edits that keep the file's own formatting.
class MigrateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MigrateCommand)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
