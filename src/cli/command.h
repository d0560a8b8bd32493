#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// Exit codes of every command (the command-line contract).
enum ExitCode : int {
    ExitSuccess = 0, ///< done; for `check`, nothing at or above --fail-on
    ExitFindings = 1, ///< findings at or above the threshold, a denied scenario step
    ExitUsage = 2, ///< usage or input error
    ExitInterrupted = 130, ///< stopped with Ctrl+C (128 + SIGINT), as shells report it
};

/// One subcommand of `mfa-policy`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    /// One line for the command list of `mfa-policy --help`.
    virtual QString summary() const = 0;
    /// `arguments` starts with the program name followed by the command name.
    virtual int run(const QStringList &arguments) = 0;

protected:
    /// Parses `arguments`; prints help (usage line `synopsis`, then `examples`) or the error.
    /// Returns -1 to go on, else the exit code to return at once.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
              const QString &examples) const;
};

} // namespace mfapolicy
