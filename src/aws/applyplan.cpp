#include "applyplan.h"

#include "applysteps.h"
#include "comparison.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace mfapolicy {

using namespace applysteps;

namespace {

QString diffText(const QByteArray &before, const QByteArray &after, const QString &name)
{
    const std::string label = name.toStdString();
    return QString::fromStdString(unifiedDiffText(textDiff(before.toStdString(), after.toStdString()),
                                                  label + " (live)", label + " (corrected)"));
}

void planManaged(const AwsCli &cli, PolicyPlan &plan, const Json &newDocument)
{
    const PolicyTarget &target = plan.change.target;
    const AwsResult list = runAws(
        cli,
        {QStringLiteral("iam"), QStringLiteral("list-policy-versions"), QStringLiteral("--policy-arn"), target.arn});
    if (!list.ok()) {
        plan.error = list.error;
        return;
    }
    const Json answer = parse(list.output);
    if (!answer.is_object() || !answer.contains("Versions") || !answer["Versions"].is_array()) {
        plan.error = makeError(AwsError::Kind::OutputUnreadable, {QStringLiteral("list-policy-versions")});
        return;
    }
    struct Stored {
        QString id;
        QString created;
        int number;
    };
    QList<Stored> nonDefault;
    for (const Json &version : answer["Versions"]) {
        const QString id = QString::fromStdString(version.value("VersionId", std::string()));
        plan.storedVersionIds << id;
        if (version.value("IsDefaultVersion", false))
            plan.defaultVersionId = id;
        else
            nonDefault.append(
                {id, QString::fromStdString(version.value("CreateDate", std::string())), id.mid(1).toInt()});
    }
    if (plan.defaultVersionId.isEmpty()) {
        plan.error = makeError(AwsError::Kind::OutputUnreadable, {QStringLiteral("list-policy-versions")});
        return;
    }
    const AwsResult get
        = runAws(cli,
                 {QStringLiteral("iam"), QStringLiteral("get-policy-version"), QStringLiteral("--policy-arn"),
                  target.arn, QStringLiteral("--version-id"), plan.defaultVersionId});
    Json live;
    if (!get.ok()) {
        plan.error = get.error;
        return;
    }
    if (!versionDocument(get, &live, nullptr)) {
        plan.error = makeError(AwsError::Kind::OutputUnreadable, {QStringLiteral("get-policy-version")});
        return;
    }
    plan.liveDocument = pretty(live);
    plan.unchanged = equal(live, newDocument);
    if (plan.unchanged)
        return;
    if (plan.storedVersionIds.size() >= MaxPolicyVersions && !nonDefault.isEmpty()) {
        // The oldest by creation date (ISO 8601 in UTC compares as text); the version number
        // decides between equal dates.
        const auto oldest
            = std::min_element(nonDefault.begin(), nonDefault.end(), [](const Stored &a, const Stored &b) {
                  return a.created != b.created ? a.created < b.created : a.number < b.number;
              });
        plan.versionToDelete = oldest->id;
        plan.commands.append(
            {{QStringLiteral("iam"), QStringLiteral("delete-policy-version"), QStringLiteral("--policy-arn"),
              target.arn, QStringLiteral("--version-id"), plan.versionToDelete},
             true});
    }
    plan.commands.append(
        {{QStringLiteral("iam"), QStringLiteral("create-policy-version"), QStringLiteral("--policy-arn"), target.arn,
          QStringLiteral("--policy-document"), fileArgument(plan.documentFileName), QStringLiteral("--set-as-default")},
         false});
}

void planInline(const AwsCli &cli, PolicyPlan &plan, const Json &newDocument)
{
    const PolicyTarget &target = plan.change.target;
    const AwsResult get = runAws(cli, inlineCommand(target, "get"));
    Json live;
    if (!get.ok()) {
        if (get.error.awsCode != QLatin1String("NoSuchEntity")) {
            plan.error = get.error;
            return;
        }
        plan.existsNow = false;
    } else if (!inlineDocument(get, &live)) {
        plan.error = makeError(AwsError::Kind::OutputUnreadable, {inlineCommand(target, "get").at(1)});
        return;
    }
    if (plan.existsNow) {
        plan.liveDocument = pretty(live);
        plan.unchanged = equal(live, newDocument);
        if (plan.unchanged)
            return;
    }
    plan.commands.append(
        {inlineCommand(target, "put") << QStringLiteral("--policy-document") << fileArgument(plan.documentFileName),
         false});
}

} // namespace

PolicyChange policyChangeFor(const AccountDump &dump, const AccountPolicy &policy, const QByteArray &newDocument)
{
    PolicyChange change;
    change.target.kind = policy.origin;
    change.target.arn = QString::fromStdString(policy.arn);
    change.target.policyName = QString::fromStdString(policy.name);
    // A dump without PolicyName (moto's leaves it out of Policies[]): the ARN ends with it.
    if (change.target.policyName.isEmpty() && policy.origin != PolicyOrigin::Inline)
        change.target.policyName = change.target.arn.section(QLatin1Char('/'), -1);
    if (policy.origin == PolicyOrigin::Inline) {
        const QString owner = QString::fromStdString(policy.owner);
        const qsizetype slash = owner.indexOf(QLatin1Char('/'));
        change.target.ownerType = owner.left(slash);
        change.target.ownerName = owner.mid(slash + 1);
    }
    change.newDocument = newDocument;
    for (std::size_t index : policy.users) {
        if (index < dump.users.size())
            change.affectedUsers << QString::fromStdString(dump.users[index].name);
    }
    return change;
}

RollbackPoint PolicyPlan::rollbackPoint() const
{
    RollbackPoint point;
    point.target = change.target;
    if (change.target.kind == PolicyOrigin::Inline) {
        point.previousDocument = liveDocument;
        point.existedBefore = existsNow;
    } else {
        point.versionId = defaultVersionId;
    }
    return point;
}

bool ApplyPlan::needsVersionDeletion() const
{
    return std::any_of(policies.begin(), policies.end(),
                       [](const PolicyPlan &plan) { return plan.canApply() && !plan.versionToDelete.isEmpty(); });
}

QStringList ApplyPlan::affectedUsers() const
{
    QStringList users;
    for (const PolicyPlan &plan : policies)
        users << plan.change.affectedUsers;
    users.removeDuplicates();
    users.sort();
    return users;
}

QStringList ApplyPlan::commandLines(const QString &documentFolder) const
{
    QStringList lines;
    for (const PolicyPlan &plan : policies) {
        if (!plan.canApply())
            continue;
        for (const PlannedCommand &command : plan.commands)
            lines << cli.commandLine(withFolder(command.command, documentFolder));
    }
    return lines;
}

bool ApplyPlan::writeDocuments(const QString &folder, QString *error) const
{
    for (const PolicyPlan &plan : policies) {
        if (plan.canApply() && !writeFile(QDir(folder).filePath(plan.documentFileName), plan.change.newDocument, error))
            return false;
    }
    return true;
}

QByteArray ApplyPlan::fingerprint() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {cli.program, cli.profile, cli.region, cli.endpointUrl}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    }
    for (const PolicyPlan &plan : policies) {
        for (const PlannedCommand &command : plan.commands) {
            hash.addData(command.command.join(QChar(0)).toUtf8());
            hash.addData(QByteArrayView("\1", 1));
        }
        hash.addData(plan.change.newDocument);
        hash.addData(QByteArrayView("\2", 1));
    }
    return hash.result();
}

ApplyPlan planChanges(const AwsCli &cli, const QList<PolicyChange> &changes)
{
    ApplyPlan plan;
    plan.cli = cli;
    plan.run = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QSet<QString> fileNames;
    for (const PolicyChange &change : changes) {
        PolicyPlan policy;
        policy.change = change;
        const QString base = change.target.fileBaseName();
        policy.documentFileName = base + QStringLiteral(".json");
        for (int n = 2; fileNames.contains(policy.documentFileName); ++n)
            policy.documentFileName = base + QLatin1Char('-') + QString::number(n) + QStringLiteral(".json");
        fileNames.insert(policy.documentFileName);

        std::string parseError;
        Json newDocument;
        try {
            newDocument = Json::parse(change.newDocument.toStdString());
        } catch (const Json::parse_error &e) {
            parseError = e.what();
        }
        const bool inlineOfUserOrGroup = change.target.kind == PolicyOrigin::Inline
            && (change.target.ownerType == QLatin1String("user") || change.target.ownerType == QLatin1String("group"));
        if (change.target.kind != PolicyOrigin::CustomerManaged && !inlineOfUserOrGroup)
            policy.error = makeError(AwsError::Kind::NotChangeable, {change.target.displayName()});
        else if (!parseError.empty() || !newDocument.is_object())
            policy.error = makeError(AwsError::Kind::DocumentInvalid,
                                     {change.target.displayName(), QString::fromStdString(parseError)});
        else if (change.target.kind == PolicyOrigin::CustomerManaged)
            planManaged(cli, policy, newDocument);
        else
            planInline(cli, policy, newDocument);
        if (!policy.error.isError() && !policy.unchanged)
            policy.diff = diffText(policy.liveDocument, pretty(newDocument), change.target.displayName());
        plan.policies << policy;
    }
    return plan;
}

ApplyConfirmation ApplyConfirmation::confirm(const ApplyPlan &plan, bool allowVersionDeletion)
{
    ApplyConfirmation confirmation;
    confirmation.m_fingerprint = plan.fingerprint();
    confirmation.m_allowVersionDeletion = allowVersionDeletion;
    return confirmation;
}

QString PolicyApplyResult::statusId(Status status)
{
    switch (status) {
    case Status::Applied:
        return QStringLiteral("applied");
    case Status::Unchanged:
        return QStringLiteral("unchanged");
    case Status::NotConfirmed:
        return QStringLiteral("not-confirmed");
    case Status::NotPlanned:
        return QStringLiteral("not-planned");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::VerifyFailed:
        return QStringLiteral("verify-failed");
    case Status::Canceled:
        return QStringLiteral("canceled");
    }
    return QStringLiteral("failed");
}

bool ApplyResult::allApplied() const
{
    return confirmed && std::all_of(policies.begin(), policies.end(), [](const PolicyApplyResult &r) {
               return r.status == PolicyApplyResult::Status::Applied
                   || r.status == PolicyApplyResult::Status::Unchanged;
           });
}

namespace {

// Counts the changing commands and asks the caller before each one.
struct CommandGate {
    const ApplyProgress *progress = nullptr;
    const AwsCli *cli = nullptr;
    int index = 0;
    int total = 0;
    bool stopped = false;

    bool pass(const QStringList &command)
    {
        if (stopped)
            return false;
        if (progress && progress->beforeCommand && !progress->beforeCommand(index, total, cli->commandLine(command)))
            stopped = true;
        else
            ++index;
        return !stopped;
    }
};

void applyOne(const ApplyPlan &plan, const PolicyPlan &policy, const QString &folder, CommandGate &gate,
              PolicyApplyResult &result)
{
    const PolicyTarget &target = policy.change.target;
    bool ranAny = false;
    for (const PlannedCommand &command : policy.commands) {
        if (!gate.pass(command.command)) {
            // Stopped before the policy's first command: untouched. Stopped halfway (after a
            // deletion that made room): logged as failed, nothing was created to read back.
            result.status = ranAny ? PolicyApplyResult::Status::Failed : PolicyApplyResult::Status::Canceled;
            if (ranAny)
                result.error = makeError(AwsError::Kind::Canceled, {});
            return;
        }
        ranAny = true;
        const AwsResult run = runAws(plan.cli, withFolder(command.command, folder));
        if (!run.ok()) {
            result.status = PolicyApplyResult::Status::Failed;
            result.error = run.error;
            return;
        }
        if (command.deletesVersion) {
            result.deletedVersionId = policy.versionToDelete;
        } else if (target.kind == PolicyOrigin::CustomerManaged) {
            const Json answer = parse(run.output);
            if (answer.is_object() && answer.contains("PolicyVersion") && answer["PolicyVersion"].is_object())
                result.appliedVersionId
                    = QString::fromStdString(answer["PolicyVersion"].value("VersionId", std::string()));
        }
    }
    // Read back what AWS now holds and compare it with what was sent.
    Json readBack;
    bool isDefault = true;
    AwsResult get;
    bool readable = false;
    if (target.kind == PolicyOrigin::CustomerManaged) {
        if (result.appliedVersionId.isEmpty()) {
            result.status = PolicyApplyResult::Status::VerifyFailed;
            result.error = makeError(AwsError::Kind::OutputUnreadable, {QStringLiteral("create-policy-version")});
            return;
        }
        get = runAws(plan.cli,
                     {QStringLiteral("iam"), QStringLiteral("get-policy-version"), QStringLiteral("--policy-arn"),
                      target.arn, QStringLiteral("--version-id"), result.appliedVersionId});
        readable = get.ok() && versionDocument(get, &readBack, &isDefault);
    } else {
        get = runAws(plan.cli, inlineCommand(target, "get"));
        readable = get.ok() && inlineDocument(get, &readBack);
    }
    if (!get.ok()) {
        result.status = PolicyApplyResult::Status::VerifyFailed;
        result.error = get.error;
        return;
    }
    if (readable)
        result.readBack = pretty(readBack);
    const bool same = readable && equal(readBack, parse(policy.change.newDocument));
    result.status = same && isDefault ? PolicyApplyResult::Status::Applied : PolicyApplyResult::Status::VerifyFailed;
}

} // namespace

ApplyResult applyPlan(const ApplyPlan &plan, const ApplyConfirmation &confirmation, const ApplyLog *log,
                      const ApplyProgress *progress)
{
    ApplyResult result;
    result.confirmed = !confirmation.m_fingerprint.isEmpty() && confirmation.m_fingerprint == plan.fingerprint();
    CommandGate gate;
    gate.progress = progress;
    gate.cli = &plan.cli;
    for (const PolicyPlan &policy : plan.policies) {
        if (policy.canApply() && (policy.versionToDelete.isEmpty() || confirmation.m_allowVersionDeletion))
            gate.total += int(policy.commands.size());
    }
    QTemporaryDir folder;
    QString writeError;
    const bool documentsReady = result.confirmed && folder.isValid() && plan.writeDocuments(folder.path(), &writeError);
    for (const PolicyPlan &policy : plan.policies) {
        PolicyApplyResult outcome;
        outcome.target = policy.change.target;
        outcome.rollback = policy.rollbackPoint();
        if (!result.confirmed) {
            outcome.status = PolicyApplyResult::Status::NotConfirmed;
        } else if (policy.error.isError()) {
            outcome.status = PolicyApplyResult::Status::NotPlanned;
            outcome.error = policy.error;
        } else if (policy.unchanged) {
            outcome.status = PolicyApplyResult::Status::Unchanged;
        } else if (!policy.versionToDelete.isEmpty() && !confirmation.m_allowVersionDeletion) {
            outcome.status = PolicyApplyResult::Status::NotConfirmed;
        } else if (!documentsReady) {
            outcome.status = PolicyApplyResult::Status::Failed;
            outcome.error = makeError(AwsError::Kind::Failed, {QString::number(-1)});
            outcome.error.stderrText = writeError.isEmpty() ? folder.errorString() : writeError;
        } else if (gate.stopped) {
            outcome.status = PolicyApplyResult::Status::Canceled;
        } else {
            applyOne(plan, policy, folder.path(), gate, outcome);
        }
        result.policies << outcome;
        result.canceled = gate.stopped;
        // A run that changed nothing (not confirmed, not planned, unchanged) is not logged.
        const bool ran = outcome.status == PolicyApplyResult::Status::Applied
            || outcome.status == PolicyApplyResult::Status::Failed
            || outcome.status == PolicyApplyResult::Status::VerifyFailed;
        if (log && result.confirmed && ran) {
            ApplyLogEntry entry = logEntry(plan.cli, "apply");
            entry.run = plan.run;
            entry.rollback = outcome.rollback;
            entry.appliedVersionId = outcome.appliedVersionId;
            entry.deletedVersionId = outcome.deletedVersionId;
            entry.newDocument = policy.change.newDocument;
            entry.affectedUsers = policy.change.affectedUsers;
            entry.outcome = PolicyApplyResult::statusId(outcome.status);
            entry.verified = outcome.status == PolicyApplyResult::Status::Applied;
            setError(entry, outcome.error);
            log->append(entry);
        }
    }
    return result;
}

bool sameDocument(const QByteArray &a, const QByteArray &b)
{
    const nlohmann::json left = nlohmann::json::parse(a.toStdString(), nullptr, false);
    const nlohmann::json right = nlohmann::json::parse(b.toStdString(), nullptr, false);
    return !left.is_discarded() && !right.is_discarded() && left == right;
}

} // namespace mfapolicy
