#include "applyplan.h"

#include "applysteps.h"

#include <QDir>
#include <QTemporaryDir>

namespace mfapolicy {

using namespace applysteps;

QList<PlannedCommand> rollbackCommands(const RollbackPoint &point, const QString &documentFileName)
{
    const PolicyTarget &target = point.target;
    if (target.kind == PolicyOrigin::CustomerManaged)
        return {{{QStringLiteral("iam"), QStringLiteral("set-default-policy-version"), QStringLiteral("--policy-arn"),
                  target.arn, QStringLiteral("--version-id"), point.versionId},
                 false}};
    if (!point.existedBefore)
        return {{inlineCommand(target, "delete"), false}};
    return {
        {inlineCommand(target, "put") << QStringLiteral("--policy-document") << fileArgument(documentFileName), false}};
}

QList<PlannedCommand> loggedCommands(const ApplyLogEntry &entry)
{
    const PolicyTarget &target = entry.rollback.target;
    if (entry.action == QLatin1String("rollback"))
        return rollbackCommands(entry.rollback, target.fileBaseName() + QStringLiteral("-previous.json"));
    const QString file = fileArgument(target.fileBaseName() + QStringLiteral(".json"));
    if (target.kind == PolicyOrigin::Inline)
        return {{inlineCommand(target, "put") << QStringLiteral("--policy-document") << file, false}};
    QList<PlannedCommand> commands;
    if (!entry.deletedVersionId.isEmpty())
        commands.append(
            {{QStringLiteral("iam"), QStringLiteral("delete-policy-version"), QStringLiteral("--policy-arn"),
              target.arn, QStringLiteral("--version-id"), entry.deletedVersionId},
             true});
    commands.append({{QStringLiteral("iam"), QStringLiteral("create-policy-version"), QStringLiteral("--policy-arn"),
                      target.arn, QStringLiteral("--policy-document"), file, QStringLiteral("--set-as-default")},
                     false});
    return commands;
}

RollbackResult rollbackTo(const AwsCli &cli, const RollbackPoint &point, const QStringList &affectedUsers,
                          const ApplyLog *log, const QString &run)
{
    RollbackResult result;
    const PolicyTarget &target = point.target;
    QTemporaryDir folder;
    const QString fileName = target.fileBaseName() + QStringLiteral("-previous.json");
    QString writeError;
    if (target.kind == PolicyOrigin::Inline && point.existedBefore
        && !(folder.isValid() && writeFile(folder.filePath(fileName), point.previousDocument, &writeError))) {
        result.error = makeError(AwsError::Kind::Failed, {QString::number(-1)});
        result.error.stderrText = writeError.isEmpty() ? folder.errorString() : writeError;
    }
    if (!result.error.isError()) {
        for (const PlannedCommand &command : rollbackCommands(point, fileName)) {
            const AwsResult run = runAws(cli, withFolder(command.command, folder.path()));
            if (!run.ok()) {
                result.error = run.error;
                break;
            }
        }
    }
    if (!result.error.isError()) {
        if (target.kind == PolicyOrigin::CustomerManaged) {
            const AwsResult get = runAws(
                cli, {QStringLiteral("iam"), QStringLiteral("get-policy"), QStringLiteral("--policy-arn"), target.arn});
            const Json answer = parse(get.output);
            result.error = get.error;
            result.verified = get.ok() && answer.is_object() && answer.contains("Policy")
                && QString::fromStdString(answer["Policy"].value("DefaultVersionId", std::string())) == point.versionId;
        } else {
            const AwsResult get = runAws(cli, inlineCommand(target, "get"));
            Json document;
            if (!point.existedBefore) {
                result.verified = !get.ok() && get.error.awsCode == QLatin1String("NoSuchEntity");
                if (!get.ok() && !result.verified)
                    result.error = get.error;
            } else {
                result.error = get.error;
                result.verified
                    = get.ok() && inlineDocument(get, &document) && equal(document, parse(point.previousDocument));
            }
        }
    }
    if (log) {
        ApplyLogEntry entry = logEntry(cli, "rollback");
        entry.run = run;
        entry.rollback = point;
        entry.newDocument = target.kind == PolicyOrigin::Inline ? point.previousDocument : QByteArray();
        entry.affectedUsers = affectedUsers;
        entry.outcome = result.ok()  ? QStringLiteral("rolled-back")
            : result.error.isError() ? QStringLiteral("failed")
                                     : QStringLiteral("verify-failed");
        entry.verified = result.verified;
        setError(entry, result.error);
        log->append(entry);
    }
    return result;
}
} // namespace mfapolicy
