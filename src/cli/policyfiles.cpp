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
    return *ok ? in.readAll() : QByteArray();
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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Console::fail(PolicyFilesTexts::tr("%1: cannot read: %2").arg(path, file.errorString()));
            return std::nullopt;
        }
        bytes = file.readAll();
    }
    const QString name = path == QLatin1String("-") ? QStringLiteral("stdin") : QFileInfo(path).fileName();
    // Compilers call standard input "<stdin>" in messages; editors and CI logs expect that.
    const QString shown = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    return PolicyFile {shown, PolicySource::parse(bytes.toStdString(), name.toStdString())};
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
