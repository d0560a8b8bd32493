#include "applysteps.h"

#include "accountdump.h"

#include <QDir>
#include <QFile>

namespace mfapolicy::applysteps {

Json parse(const QByteArray &text)
{
    return Json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
}

// Object member order does not matter to IAM; ordered_json's own == would compare it.
bool equal(const Json &a, const Json &b)
{
    if (a.is_discarded() || b.is_discarded())
        return false;
    return nlohmann::json::parse(a.dump()) == nlohmann::json::parse(b.dump());
}

QByteArray pretty(const Json &value)
{
    return QByteArray::fromStdString(value.dump(4)) + '\n';
}

AwsError makeError(AwsError::Kind kind, QStringList args)
{
    AwsError error;
    error.kind = kind;
    error.args = std::move(args);
    return error;
}

QString fileArgument(const QString &fileName)
{
    return QStringLiteral("file://") + fileName;
}

QStringList inlineCommand(const PolicyTarget &target, const char *verb)
{
    // get-user-policy --user-name U --policy-name N, put-group-policy --group-name G ..., ...
    return {QStringLiteral("iam"),
            QLatin1String(verb) + QLatin1Char('-') + target.ownerType + QStringLiteral("-policy"),
            QStringLiteral("--") + target.ownerType + QStringLiteral("-name"),
            target.ownerName,
            QStringLiteral("--policy-name"),
            target.policyName};
}

// The inline document of a get-user-policy / get-group-policy answer.
bool inlineDocument(const AwsResult &run, Json *document)
{
    const Json answer = parse(run.output);
    if (!answer.is_object() || !answer.contains("PolicyDocument"))
        return false;
    *document = answer["PolicyDocument"];
    // The API form (URL-encoded text) where a CLI passes it through undecoded.
    if (document->is_string())
        *document = Json::parse(urlDecode(document->get<std::string>()), nullptr, false);
    return document->is_object();
}

bool versionDocument(const AwsResult &run, Json *document, bool *isDefault)
{
    const Json answer = parse(run.output);
    if (!answer.is_object() || !answer.contains("PolicyVersion") || !answer["PolicyVersion"].is_object())
        return false;
    const Json &version = answer["PolicyVersion"];
    *document = version.value("Document", Json());
    if (document->is_string())
        *document = Json::parse(urlDecode(document->get<std::string>()), nullptr, false);
    if (isDefault)
        *isDefault = version.value("IsDefaultVersion", false);
    return document->is_object();
}

QStringList withFolder(QStringList command, const QString &folder)
{
    if (folder.isEmpty())
        return command;
    for (QString &argument : command) {
        if (argument.startsWith(QLatin1String("file://")))
            argument = fileArgument(QDir(folder).filePath(argument.mid(7)));
    }
    return command;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

ApplyLogEntry logEntry(const AwsCli &cli, const char *action)
{
    ApplyLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = QLatin1String(action);
    entry.profile = cli.profile;
    entry.region = cli.region;
    entry.endpointUrl = cli.endpointUrl;
    return entry;
}

void setError(ApplyLogEntry &entry, const AwsError &error)
{
    entry.errorId = error.id();
    entry.errorText = error.stderrText.isEmpty() ? error.args.join(QLatin1Char(' ')) : error.stderrText;
}

} // namespace mfapolicy::applysteps
