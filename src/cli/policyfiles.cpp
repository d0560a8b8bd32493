#include "policyfiles.h"

#include "console.h"
#include "texts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace mfapolicy {

namespace {

struct PolicyFilesTexts {
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::PolicyFiles)
};

QByteArray readStandardInput(bool *ok)
{
    QFile in;
    *ok = in.open(stdin, QIODevice::ReadOnly);
    return *ok ? in.read(PolicyFiles::maxFileSize + 1) : QByteArray();
}

/// Why bytes cannot be policy text at all (empty when they can): sizes beyond any policy, UTF-16
/// and binary data. Everything else is the parser's to report, with line and column.
QString notPolicyText(const QString &path, const QByteArray &bytes, qint64 size)
{
    if (size > PolicyFiles::maxFileSize)
        return PolicyFilesTexts::tr(
                   "%1: is %2 bytes; a policy file is at most %3 bytes (IAM policies are at most 10,240 "
                   "characters)")
            .arg(path)
            .arg(size)
            .arg(PolicyFiles::maxFileSize);
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return PolicyFilesTexts::tr(
                   "%1: is UTF-16 text; policies are UTF-8 JSON (convert it, e.g. with iconv -f UTF-16 "
                   "-t UTF-8)")
            .arg(path);
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        // Where, the way compilers say it: line and column (bytes) of the first NUL.
        const QByteArray before = bytes.left(nul);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        return PolicyFilesTexts::tr("%1:%2:%3: not a text file: a NUL byte (binary data); a policy is JSON text")
            .arg(path)
            .arg(before.count('\n') + 1)
            .arg(nul - lineStart + 1);
    }
    return {};
}

} // namespace

std::optional<PolicyFile> PolicyFiles::read(const QString &path)
{
    QByteArray bytes;
    if (path == QLatin1String("-")) {
        bool ok = false;
        bytes = readStandardInput(&ok);
        if (!ok) {
            Console::fail(PolicyFilesTexts::tr("cannot read standard input"));
            return std::nullopt;
        }
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            Console::fail(PolicyFilesTexts::tr("%1: no such file").arg(path));
            return std::nullopt;
        }
        if (info.isDir()) {
            Console::fail(PolicyFilesTexts::tr("%1: is a folder, not a policy file").arg(path));
            return std::nullopt;
        }
        // Refused before reading, so that 50 MB are not loaded to be thrown away.
        if (info.isFile() && info.size() > maxFileSize) {
            Console::fail(notPolicyText(path, {}, info.size()));
            return std::nullopt;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Console::fail(PolicyFilesTexts::tr("%1: cannot read: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        // A pipe has no size: read one byte more than allowed to tell.
        bytes = file.read(maxFileSize + 1);
    }
    const QString shownPath = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    if (const QString problem = notPolicyText(shownPath, bytes, bytes.size()); !problem.isEmpty()) {
        Console::fail(problem);
        return std::nullopt;
    }
    const QString name = path == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(path).fileName();
    // Compilers call standard input "<stdin>" in messages; editors and CI logs expect that.
    return PolicyFile {shownPath, PolicySource::parse(bytes.toStdString(), name.toStdString())};
}

std::optional<std::vector<PolicyFile>> PolicyFiles::readAll(const QStringList &paths)
{
    std::vector<PolicyFile> files;
    bool ok = true;
    for (const QString &path : paths) {
        std::optional<PolicyFile> file = read(path);
        if (file)
            files.push_back(std::move(*file));
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return files;
}

bool PolicyFiles::requireValidJson(const PolicyFile &file)
{
    if (file.source.isValidJson())
        return true;
    bool reported = false;
    for (const Finding &finding : file.source.diagnostics()) {
        if (finding.ruleId.rfind("JSON_", 0) != 0 && finding.ruleId != "UNSUPPORTED_CHARACTER")
            continue;
        Console::err(PolicyFilesTexts::tr("%1: error: %2 [%3]\n")
                         .arg(location(file.path, finding.range), Texts::findingTitle(finding.ruleId, finding.args),
                              QString::fromStdString(finding.ruleId)));
        reported = true;
    }
    if (!reported)
        Console::err(PolicyFilesTexts::tr("%1: error: not valid JSON\n").arg(file.path));
    return false;
}

QStringList PolicyFiles::expand(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            out << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        out << found;
    }
    return out;
}

std::vector<const Policy *> PolicyFiles::policies(const std::vector<PolicyFile> &files)
{
    std::vector<const Policy *> out;
    out.reserve(files.size());
    for (const PolicyFile &file : files)
        out.push_back(&file.source.policy());
    return out;
}

QString PolicyFiles::location(const QString &path, const SourceRange &range)
{
    return path + QLatin1Char(':') + QString::number(range.line) + QLatin1Char(':') + QString::number(range.column);
}

} // namespace mfapolicy
