#pragma once

#include "accountdump.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mfapolicy {

/// Reading an account dump named on the command line (`account`, and `--account-dump` of
/// `matrix`, `check` and `scenario`).
class AccountDumpFile final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountDumpFile)

public:
    /// Dumps larger than this are refused before they are read whole (the largest real accounts'
    /// dumps are some hundred megabytes).
    static constexpr qint64 maxBytes = qint64(maxAccountDumpBytes);

    /// Reads the dump and prints every problem with its place on standard error. Nothing when the
    /// file cannot be read or is not an account dump; a dump read in part is returned (see
    /// AccountDump::truncated and cut).
    static std::optional<AccountDump> read(const QString &path);
    /// Prints the dump's problems with their places in `source` on standard error; true when
    /// nothing can be analysed (not JSON, not an account dump).
    static bool reportProblems(const AccountDump &dump, const QString &source);
};

} // namespace mfapolicy
