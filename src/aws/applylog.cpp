#include "applylog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace mfapolicy {

namespace {

// The kinds as words of the log (the same as principal.h's policyKindId, kept here so the log's
// format does not change with the core's ids).
QString kindId(PolicyOrigin kind)
{
    return kind == PolicyOrigin::Inline ? QStringLiteral("inline") : QStringLiteral("customer-managed");
}

QJsonObject toJson(const ApplyLogEntry &entry)
{
    const PolicyTarget &target = entry.rollback.target;
    QJsonObject object {
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("action"), entry.action},
        {QStringLiteral("run"), entry.run},
        {QStringLiteral("profile"), entry.profile},
        {QStringLiteral("region"), entry.region},
        {QStringLiteral("endpointUrl"), entry.endpointUrl},
        {QStringLiteral("kind"), kindId(target.kind)},
        {QStringLiteral("arn"), target.arn},
        {QStringLiteral("ownerType"), target.ownerType},
        {QStringLiteral("ownerName"), target.ownerName},
        {QStringLiteral("policyName"), target.policyName},
        {QStringLiteral("rollbackVersionId"), entry.rollback.versionId},
        {QStringLiteral("previousDocument"), QString::fromUtf8(entry.rollback.previousDocument)},
        {QStringLiteral("existedBefore"), entry.rollback.existedBefore},
        {QStringLiteral("appliedVersionId"), entry.appliedVersionId},
        {QStringLiteral("deletedVersionId"), entry.deletedVersionId},
        {QStringLiteral("newDocument"), QString::fromUtf8(entry.newDocument)},
        {QStringLiteral("affectedUsers"), QJsonArray::fromStringList(entry.affectedUsers)},
        {QStringLiteral("outcome"), entry.outcome},
        {QStringLiteral("verified"), entry.verified},
        {QStringLiteral("errorId"), entry.errorId},
        {QStringLiteral("errorText"), entry.errorText},
    };
    return object;
}

bool fromJson(const QJsonObject &object, ApplyLogEntry *entry)
{
    const auto text = [&](const char *key) { return object.value(QLatin1String(key)).toString(); };
    entry->time = QDateTime::fromString(text("time"), Qt::ISODateWithMs);
    entry->action = text("action");
    if (!entry->time.isValid() || entry->action.isEmpty())
        return false;
    entry->run = text("run");
    entry->profile = text("profile");
    entry->region = text("region");
    entry->endpointUrl = text("endpointUrl");
    PolicyTarget &target = entry->rollback.target;
    const QString kind = text("kind");
    if (kind == kindId(PolicyOrigin::Inline))
        target.kind = PolicyOrigin::Inline;
    else if (kind == kindId(PolicyOrigin::CustomerManaged))
        target.kind = PolicyOrigin::CustomerManaged;
    else
        return false;
    target.arn = text("arn");
    target.ownerType = text("ownerType");
    target.ownerName = text("ownerName");
    target.policyName = text("policyName");
    entry->rollback.versionId = text("rollbackVersionId");
    entry->rollback.previousDocument = text("previousDocument").toUtf8();
    entry->rollback.existedBefore = object.value(QLatin1String("existedBefore")).toBool(true);
    entry->appliedVersionId = text("appliedVersionId");
    entry->deletedVersionId = text("deletedVersionId");
    entry->newDocument = text("newDocument").toUtf8();
    for (const QJsonValue &user : object.value(QLatin1String("affectedUsers")).toArray())
        entry->affectedUsers << user.toString();
    entry->outcome = text("outcome");
    entry->verified = object.value(QLatin1String("verified")).toBool();
    entry->errorId = text("errorId");
    entry->errorText = text("errorText");
    return true;
}

} // namespace

ApplyLog::ApplyLog(const QString &path) : m_path(path.isEmpty() ? defaultPath() : path) { }

QString ApplyLog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("apply-log.jsonl"));
}

bool ApplyLog::append(const ApplyLogEntry &entry, QString *error) const
{
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        if (error)
            *error = QFileInfo(m_path).absolutePath();
        return false;
    }
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // One write per line, so that a line of another run never lands inside this one.
    const QByteArray line = QJsonDocument(toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<ApplyLogEntry> ApplyLog::read(int *unreadable) const
{
    QList<ApplyLogEntry> entries;
    int bad = 0;
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(line);
            ApplyLogEntry entry;
            if (document.isObject() && fromJson(document.object(), &entry))
                entries << entry;
            else
                ++bad;
        }
    }
    if (unreadable)
        *unreadable = bad;
    return entries;
}

QStringList applyRuns(const QList<ApplyLogEntry> &entries)
{
    QStringList runs;
    for (const ApplyLogEntry &entry : entries) {
        if (entry.action == QLatin1String("apply") && !entry.run.isEmpty() && !runs.contains(entry.run))
            runs << entry.run;
    }
    return runs;
}

QList<ApplyLogEntry> entriesToRollBack(const QList<ApplyLogEntry> &entries, const QString &run, QDateTime *rolledBackAt)
{
    QList<ApplyLogEntry> toRollBack;
    for (const ApplyLogEntry &entry : entries) {
        if (entry.run != run)
            continue;
        if (entry.action == QLatin1String("rollback") && entry.verified) {
            if (rolledBackAt)
                *rolledBackAt = entry.time;
            return {};
        }
        // A policy whose apply failed before anything changed has nothing to go back to.
        const bool changed = entry.outcome != QLatin1String("failed") || !entry.appliedVersionId.isEmpty();
        if (entry.action == QLatin1String("apply") && changed)
            toRollBack << entry;
    }
    return toRollBack;
}

} // namespace mfapolicy
