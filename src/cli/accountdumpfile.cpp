#include "accountdumpfile.h"

#include "console.h"

#include <QFile>
#include <QFileInfo>

namespace mfapolicy {

namespace {

QString location(const QString &path, const AccountProblem &p)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2:%3").arg(path).arg(p.line).arg(p.column);
    if (!p.pointer.empty())
        return QStringLiteral("%1:%2").arg(path, QString::fromStdString(p.pointer));
    return path;
}

} // namespace

QString AccountDumpFile::problemText(const AccountProblem &p)
{
    const auto arg = [&p](std::size_t i) { return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString(); };
    const QString id = QString::fromStdString(p.id);
    if (id == QLatin1String("DUMP_SYNTAX"))
        return tr("not valid JSON: %1").arg(arg(0));
    if (id == QLatin1String("DUMP_NOT_ACCOUNT_DUMP"))
        return tr("not an account dump: there is no UserDetailList (write one with "
                  "'aws iam get-account-authorization-details --output json')");
    if (id == QLatin1String("DUMP_TRUNCATED"))
        return tr("the dump was saved with IsTruncated: true, so users or policies may be missing; "
                  "fetch it again with the AWS CLI, which reads every page");
    if (id == QLatin1String("DUMP_CUT"))
        return tr("the file ends in the middle: only the entries read whole are analysed");
    if (id == QLatin1String("DUMP_ENTRY_INCOMPLETE"))
        return tr("%1 entry %2 is cut off and left out").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_WRONG_TYPE"))
        return tr("%1 must be a JSON %2").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_DOCUMENT_UNREADABLE"))
        return tr("the document of policy %1 cannot be read").arg(arg(0));
    if (id == QLatin1String("DUMP_POLICY_MISSING"))
        return tr("policy %1 of user %2 is not in the dump (nor an AWS managed policy known here)").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_GROUP_MISSING"))
        return tr("group %1 of user %2 is not in the dump").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_NO_DEFAULT_VERSION"))
        return tr("policy %1 has no default version in the dump").arg(arg(0));
    return id;
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

    // Every problem goes to standard error with its place; the rest of the account is still read.
    bool fatal = false;
    for (const AccountProblem &p : dump.problems) {
        Console::err(QStringLiteral("%1: %2\n").arg(location(path, p), problemText(p)));
        fatal = fatal || p.id == "DUMP_NOT_ACCOUNT_DUMP" || (p.id == "DUMP_SYNTAX" && !dump.cut);
    }
    if (fatal)
        return std::nullopt;
    return dump;
}

} // namespace mfapolicy
