#include "migratecommand.h"

#include "comparison.h"
#include "comparisonformatter.h"
#include "console.h"
#include "identityoptions.h"
#include "migration.h"
#include "policyfiles.h"
#include "principalinput.h"
#include "principalmigration.h"
#include "scenario.h"
#include "texts.h"

#include <QFileInfo>

namespace mfapolicy {

namespace {

/// --in-place cannot write standard input, nor a pipe or a device (it would become a regular file).
QString inPlaceProblem(const QString &path)
{
    if (path == QLatin1String("-") || path == QLatin1String("<stdin>"))
        return MigrateCommand::tr("--in-place needs a file, not standard input");
    if (const QFileInfo info(path); info.exists() && !info.isFile() && !info.isDir())
        return MigrateCommand::tr("%1: not a regular file (a pipe or a device); --in-place needs a file").arg(path);
    return {};
}

QString policyDescription(const Principal &principal, const PrincipalPolicyRef &ref)
{
    const PrincipalPolicy *policy = principalPolicy(principal, ref);
    const QString name = QString::fromStdString(policy->name);
    if (ref.layer == Layer::PermissionsBoundary)
        return MigrateCommand::tr("the permissions boundary %1").arg(name);
    switch (policy->origin) {
    case PolicyOrigin::AwsManaged:
        return MigrateCommand::tr("the AWS managed policy %1").arg(name);
    case PolicyOrigin::CustomerManaged:
        return MigrateCommand::tr("the customer managed policy %1").arg(name);
    case PolicyOrigin::Inline:
        break;
    }
    if (!policy->group.empty())
        return MigrateCommand::tr("the inline policy %1 of the group %2")
            .arg(name, QString::fromStdString(policy->group));
    return MigrateCommand::tr("the policy %1").arg(name);
}

} // namespace

MigrateCommand::MigrateCommand()
    : m_diff(QStringLiteral("diff"), tr("Print the change as a unified diff instead of the policy."))
    , m_output({QStringLiteral("o"), QStringLiteral("output")}, tr("Write the migrated policy to FILE."), tr("FILE"))
    , m_inPlace(QStringLiteral("in-place"), tr("Replace POLICY with the migrated policy."))
    , m_apply(QStringLiteral("apply"), tr("Apply these changes (comma-separated ids) instead of the default ones."),
              tr("ID,ID"))
    , m_list(QStringLiteral("list"), tr("List the proposed changes and exit."))
{ }

QString MigrateCommand::summary() const
{
    return tr("Rewrite stale MFA device resources and related fixes, keeping the file's formatting");
}

int MigrateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({m_diff, m_output, m_inPlace, m_apply, m_list});
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const PrincipalInput principalInput;
    principalInput.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("The policy file (- for standard input), or the files of a principal."));
    const QString examples
        = tr("  mfa-policy migrate force-mfa.json --list\n"
             "  mfa-policy migrate force-mfa.json --diff\n"
             "  mfa-policy migrate force-mfa.json --in-place\n"
             "  mfa-policy migrate force-mfa.json --apply create-device-any-name,drop-list-users -o new.json\n"
             "  mfa-policy migrate alice.principal.json --diff\n"
             "  mfa-policy migrate --account-dump account.json --user alice -o migrated.json\n"
             "Writes go through a temporary file, so POLICY is never left half-written.\n"
             "Given a principal (a principal file, several policy files, --aws-managed, --boundary, --scp, "
             "--scp-level, --context or --account-dump with --user), migrate finds the one policy whose stale "
             "device resource keeps the user from creating a virtual MFA device with its own name without MFA "
             "(the user's or a group's inline policy, a customer managed policy, or the boundary) and migrates "
             "that policy; --in-place then needs that policy to have a file of its own. For an AWS managed "
             "policy it writes the migrated copy to attach instead, as a customer managed policy. Exits 1 when "
             "the refusal is not a stale device resource or cannot be decided, 0 when there is nothing to "
             "migrate.\n");
    if (const int exit = parse(parser, arguments, tr("POLICY... [--diff | -o OUT | --in-place] [options]"), examples);
        exit >= 0)
        return exit;
    if (int(parser.isSet(m_diff)) + int(parser.isSet(m_output)) + int(parser.isSet(m_inPlace)) > 1)
        return Console::fail(tr("--diff, -o and --in-place exclude each other"));
    const QStringList paths = parser.positionalArguments();
    // Only a regular file is looked into: a pipe could be read only once.
    const auto principalFile
        = [](const QString &path) { return QFileInfo(path).isFile() && PrincipalInput::isPrincipalFile(path); };
    const bool principal = principalInput.givesPrincipal(parser) || parser.isSet(QStringLiteral("aws-managed"))
        || paths.size() > 1 || (paths.size() == 1 && principalFile(paths.constFirst()));
    if (principal) {
        const std::optional<Principal> read = principalInput.read(parser, paths, identityOptions);
        if (!read)
            return ExitUsage;
        return migratePrincipal(parser, *read);
    }
    if (paths.size() != 1)
        return Console::fail(tr("give exactly one policy file"));
    const QString path = paths.constFirst();
    if (parser.isSet(m_inPlace)) {
        if (const QString problem = inPlaceProblem(path); !problem.isEmpty())
            return Console::fail(problem);
    }
    std::optional<PolicyFile> file = PolicyFiles::read(path);
    if (!file)
        return ExitUsage;
    if (!PolicyFiles::requireValidJson(*file))
        return ExitUsage;
    return migrateSource(parser, file->source, path, std::nullopt);
}

int MigrateCommand::migratePrincipal(const QCommandLineParser &parser, const Principal &principal)
{
    const PrincipalMigration found = findPrincipalMigration(principal);
    const QString user = QString::fromStdString(principal.identity.userName);
    const QString device = QString::fromStdString(principal.identity.deviceName);
    switch (found.outcome) {
    case PrincipalMigration::Outcome::NothingToMigrate:
        Console::err(tr("Nothing to migrate: %1 can create a virtual MFA device called %2 without MFA already.")
                         .arg(user, device)
                     + QLatin1Char('\n'));
        return ExitSuccess;
    case PrincipalMigration::Outcome::Undetermined:
        Console::err(tr("No answer: a statement that cannot be evaluated might decide whether %1 can create a "
                        "virtual MFA device called %2 without MFA; fix it first (mfa-policy check).")
                         .arg(user, device)
                     + QLatin1Char('\n'));
        return ExitFindings;
    case PrincipalMigration::Outcome::NotTheDeviceResource:
        Console::err(
            QString::fromStdString(accessDeniedMessage(found.request, found.refusal.decision,
                                                       principal.identity.account, found.refusal.decidingLayer))
            + QLatin1Char('\n'));
        Console::err(tr("No policy's device resource causes this, so migrating does not help: the %1 must allow "
                        "iam:CreateVirtualMFADevice (mfa-policy matrix explains the cell).")
                         .arg(Texts::layerName(found.refusal.decidingLayer))
                     + QLatin1Char('\n'));
        return ExitFindings;
    case PrincipalMigration::Outcome::AwsManaged:
    case PrincipalMigration::Outcome::Migrate:
        break;
    }
    const PrincipalPolicy &policy = *principalPolicy(principal, *found.policy);
    const QString description = policyDescription(principal, *found.policy);
    if (found.outcome == PrincipalMigration::Outcome::AwsManaged) {
        Console::err(tr("%1 cannot create a virtual MFA device called %2 because of %3, and AWS managed policies "
                        "cannot be changed: create a customer managed policy with the migrated text written here, "
                        "attach it to %1 and detach %4.")
                         .arg(user, device, description, QString::fromStdString(policy.name))
                     + QLatin1Char('\n'));
        if (parser.isSet(m_inPlace))
            return Console::fail(tr("--in-place cannot change an AWS managed policy; use -o"));
    } else {
        Console::err(tr("Migrating %1: its device resource keeps %2 from creating a virtual MFA device called %3.")
                         .arg(description, user, device)
                     + QLatin1Char('\n'));
    }
    Target target {principal, *found.policy, QString::fromStdString(policy.file)};
    const QString path = target.file.isEmpty() ? QString::fromStdString(policy.name) : target.file;
    if (parser.isSet(m_inPlace)) {
        if (target.file.isEmpty())
            return Console::fail(tr("%1 has no file of its own (it is written inside the principal file or the "
                                    "account dump); use -o")
                                     .arg(description));
        if (const QString problem = inPlaceProblem(target.file); !problem.isEmpty())
            return Console::fail(problem);
    }
    return migrateSource(parser, *policy.source, path, target);
}

int MigrateCommand::migrateSource(const QCommandLineParser &parser, const PolicySource &source, const QString &path,
                                  const std::optional<Target> &target)
{
    const MigrationPlan plan = planMigration(source);
    if (parser.isSet(m_list)) {
        if (plan.changes.empty()) {
            Console::out(tr("Nothing to migrate in %1.").arg(path) + QLatin1Char('\n'));
            return ExitSuccess;
        }
        QString text;
        for (const MigrationChange &change : plan.changes) {
            text += QStringLiteral("%1  [%2]  %3\n    %4\n")
                        .arg(QString::fromStdString(change.id), change.onByDefault ? tr("default") : tr("optional"),
                             Texts::migrationTitle(change.id, change.args),
                             Texts::migrationRationale(change.id, change.args));
        }
        Console::out(text);
        return ExitSuccess;
    }

    std::vector<std::string> chosen;
    if (parser.isSet(m_apply)) {
        for (const QString &id : parser.value(m_apply).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!plan.find(id.trimmed().toStdString())) {
                QStringList available;
                for (const MigrationChange &change : plan.changes)
                    available << QString::fromStdString(change.id);
                return Console::fail(
                    tr("%1 is not a change proposed for %2 (proposed: %3)")
                        .arg(id, path, available.isEmpty() ? tr("none") : available.join(QStringLiteral(", "))));
            }
            chosen.push_back(id.trimmed().toStdString());
        }
    } else {
        for (const MigrationChange &change : plan.changes) {
            if (change.onByDefault)
                chosen.push_back(change.id);
        }
    }
    const MigrationResult result
        = chosen.empty() ? MigrationResult {source.text(), {}, {}, {}} : migrate(source, plan, chosen);
    const std::string &migrated = result.text;
    for (const std::string &id : result.applied) {
        const MigrationChange *change = plan.find(id);
        Console::err(tr("Applied: %1 [%2]").arg(Texts::migrationTitle(id, change->args), QString::fromStdString(id))
                     + QLatin1Char('\n'));
    }
    for (const QString &line : Texts::migrationNotApplied(plan, result.notApplied))
        Console::err(line + QLatin1Char('\n'));
    if (chosen.empty())
        Console::err(tr("Nothing to migrate in %1.").arg(path) + QLatin1Char('\n'));

    if (parser.isSet(m_diff)) {
        // The cells go to standard error so that standard output stays a patch. For a principal
        // they are its user's, with the one policy migrated.
        std::vector<CellChange> changes;
        if (target) {
            changes = comparePrincipals(target->principal, withPolicyText(target->principal, target->policy, migrated));
        } else {
            const PolicySource after = PolicySource::parse(migrated, source.name());
            const SimulationIdentity identity;
            changes
                = compareMatrices(computeMatrix(source.policy(), identity), computeMatrix(after.policy(), identity));
        }
        for (const CellChange &change : changes)
            Console::err(ComparisonFormatter::changeSentence(change) + QLatin1Char('\n'));
        const std::vector<DiffHunk> hunks = textDiff(source.text(), migrated);
        const QString newName = parser.isSet(m_output) ? parser.value(m_output) : path;
        Console::outBytes(QByteArray::fromStdString(unifiedDiffText(hunks, path.toStdString(), newName.toStdString())));
        return ExitSuccess;
    }
    QString error;
    if (parser.isSet(m_inPlace)) {
        const QString file = target ? target->file : path;
        if (!chosen.empty() && !Console::writeFile(file, QByteArray::fromStdString(migrated), &error))
            return Console::fail(error);
    } else if (parser.isSet(m_output)) {
        if (!Console::writeFile(parser.value(m_output), QByteArray::fromStdString(migrated), &error))
            return Console::fail(error);
    } else {
        Console::outBytes(QByteArray::fromStdString(migrated));
    }
    return ExitSuccess;
}

} // namespace mfapolicy
