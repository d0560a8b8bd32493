#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace mfapolicy {

/// `mfa-policy`: picks the language, then hands the arguments to the named command.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::CliApplication)

public:
    CliApplication();
    ~CliApplication();
    int run(QStringList arguments);

private:
    QString helpText() const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace mfapolicy
