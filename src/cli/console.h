#pragma once

#include <QByteArray>
#include <QString>

namespace mfapolicy {

/// Standard output and error as UTF-8, and atomic file writes. Human text only; `simulate`
/// streams its JSON lines itself.
class Console final
{
public:
    static void out(const QString &text);
    static void outBytes(const QByteArray &bytes);
    static void err(const QString &text);
    /// Prints "mfa-policy: error: MESSAGE" to standard error and returns the usage exit code (2).
    static int fail(const QString &message);
    /// Writes `data` to `path` through a temporary file renamed into place, so a failed write
    /// never leaves a half-written policy. "-" writes to standard output.
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);
    /// Whether standard output is a terminal (interactive use).
    static bool stdoutIsTerminal();
};

} // namespace mfapolicy
