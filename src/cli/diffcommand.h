#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `diff OLD NEW`: the matrix cells that change, in words, and the unified text diff.
class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
