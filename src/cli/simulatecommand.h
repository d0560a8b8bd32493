#pragma once

#include "command.h"

#include <QCoreApplication>

namespace mfapolicy {

/// `simulate --requests FILE|-`: JSON lines in, one JSON line out per input line, in order.
/// `simulate --policy FILE... --action A --resource ARN`: one request, explained for people.
class SimulateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::SimulateCommand)

public:
    QString name() const override { return QStringLiteral("simulate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int runSingle(const QCommandLineParser &parser, const QStringList &policies);
};

} // namespace mfapolicy
