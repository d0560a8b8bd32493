#include "accountdumpfile.h"

#include "accounttexts.h"
#include "console.h"

#include <QFile>
#include <QFileInfo>

namespace mfapolicy {

bool AccountDumpFile::reportProblems(const AccountDump &dump, const QString &source)
{
    // Every problem goes to standard error with its place; the rest of the account is still read.
    bool fatal = false;
    for (const AccountProblem &p : dump.problems) {
        Console::err(QStringLiteral("%1: %2\n").arg(AccountTexts::location(source, p), AccountTexts::problem(p)));
        fatal = fatal || p.id == "DUMP_NOT_ACCOUNT_DUMP" || (p.id == "DUMP_SYNTAX" && !dump.cut);
    }
    return fatal;
}

std::optional<AccountDump> AccountDumpFile::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        Console::fail(tr("%1: no such file").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        Console::fail(tr("%1: is a folder, not an account dump").arg(path));
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        Console::fail(tr("%1: %2 MB is larger than any account dump this reads (1 GB)")
                          .arg(path)
                          .arg(info.size() / (1024 * 1024)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Console::fail(tr("%1: cannot read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    AccountDump dump = readAccountDump(std::string_view(bytes.constData(), std::size_t(bytes.size())));

    if (reportProblems(dump, path))
        return std::nullopt;
    return dump;
}

} // namespace mfapolicy
