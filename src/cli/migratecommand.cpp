#include "migratecommand.h"

#include "comparison.h"
#include "comparisonformatter.h"
#include "console.h"
#include "migration.h"
#include "policyfiles.h"
#include "texts.h"

#include <QFileInfo>

namespace mfapolicy {

QString MigrateCommand::summary() const
{
    return tr("Rewrite stale MFA device resources and related fixes, keeping the file's formatting");
}

int MigrateCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption diff(QStringLiteral("diff"),
                                  tr("Print the change as a unified diff instead of the policy."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write the migrated policy to FILE."), tr("FILE"));
    const QCommandLineOption inPlace(QStringLiteral("in-place"), tr("Replace POLICY with the migrated policy."));
    const QCommandLineOption apply(QStringLiteral("apply"),
                                   tr("Apply these changes (comma-separated ids) instead of the default ones."),
                                   tr("ID,ID"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the proposed changes and exit."));
    parser.addOptions({diff, output, inPlace, apply, list});
    parser.addPositionalArgument(QStringLiteral("POLICY"), tr("The policy file (- for standard input)."));
    const QString examples = tr("  mfa-policy migrate force-mfa.json --list\n"
                                "  mfa-policy migrate force-mfa.json --diff\n"
                                "  mfa-policy migrate force-mfa.json --in-place\n"
                                "  mfa-policy migrate force-mfa.json --apply create-device-any-name,drop-list-users "
                                "-o new.json\n"
                                "Writes go through a temporary file, so POLICY is never left half-written.\n");
    if (const int exit = parse(parser, arguments, tr("POLICY [--diff | -o OUT | --in-place] [options]"), examples);
        exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1)
        return Console::fail(tr("give exactly one policy file"));
    if (int(parser.isSet(diff)) + int(parser.isSet(output)) + int(parser.isSet(inPlace)) > 1)
        return Console::fail(tr("--diff, -o and --in-place exclude each other"));
    const QString path = parser.positionalArguments().constFirst();
    if (parser.isSet(inPlace) && path == QLatin1String("-"))
        return Console::fail(tr("--in-place needs a file, not standard input"));
    // Rewriting a pipe or a device in place would replace it with a regular file.
    if (const QFileInfo info(path); parser.isSet(inPlace) && info.exists() && !info.isFile() && !info.isDir())
        return Console::fail(tr("%1: not a regular file (a pipe or a device); --in-place needs a file").arg(path));

    std::optional<PolicyFile> file = PolicyFiles::read(path);
    if (!file)
        return ExitUsage;
    if (!PolicyFiles::requireValidJson(*file))
        return ExitUsage;
    const MigrationPlan plan = planMigration(file->source);

    if (parser.isSet(list)) {
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
    if (parser.isSet(apply)) {
        for (const QString &id : parser.value(apply).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
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
        = chosen.empty() ? MigrationResult {file->source.text(), {}, {}, {}} : migrate(file->source, plan, chosen);
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

    if (parser.isSet(diff)) {
        // The cells go to standard error so that standard output stays a patch.
        const PolicySource after = PolicySource::parse(migrated, file->source.name());
        const SimulationIdentity identity;
        const std::vector<CellChange> changes
            = compareMatrices(computeMatrix(file->source.policy(), identity), computeMatrix(after.policy(), identity));
        for (const CellChange &change : changes)
            Console::err(ComparisonFormatter::changeSentence(change) + QLatin1Char('\n'));
        const std::vector<DiffHunk> hunks = textDiff(file->source.text(), migrated);
        const QString newName = parser.isSet(output) ? parser.value(output) : path;
        Console::outBytes(QByteArray::fromStdString(unifiedDiffText(hunks, path.toStdString(), newName.toStdString())));
        return ExitSuccess;
    }
    QString error;
    if (parser.isSet(inPlace)) {
        if (!chosen.empty() && !Console::writeFile(path, QByteArray::fromStdString(migrated), &error))
            return Console::fail(error);
    } else if (parser.isSet(output)) {
        if (!Console::writeFile(parser.value(output), QByteArray::fromStdString(migrated), &error))
            return Console::fail(error);
    } else {
        Console::outBytes(QByteArray::fromStdString(migrated));
    }
    return ExitSuccess;
}

} // namespace mfapolicy
