#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `matrix POLICY...`: what the policies allow with an MFA session, without MFA and with access keys.
class MatrixCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::MatrixCommand)

public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace mfapolicy
