#include "exportcommand.h"

#include "checker.h"
#include "console.h"
#include "exporter.h"
#include "policyfiles.h"
#include "policysize.h"
#include "texts.h"

#include <QFileInfo>

namespace mfapolicy {

namespace {

QString sizeReport(std::size_t size)
{
    QString out = ExportCommand::tr("Size: %1 characters without whitespace.").arg(size) + QLatin1Char('\n');
    for (PolicyKind kind :
         {PolicyKind::Managed, PolicyKind::InlineUser, PolicyKind::InlineGroup, PolicyKind::InlineRole}) {
        const auto quota = static_cast<std::size_t>(sizeQuota(kind));
        out += QStringLiteral("  ")
            + (size <= quota ? ExportCommand::tr("%1: %2 of %3 (fits)") : ExportCommand::tr("%1: %2 of %3 (too large)"))
                  .arg(Texts::policyKind(policyKindId(kind)))
                  .arg(size)
                  .arg(quota)
            + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("Export a policy: pretty, minified, AWS CLI command, CloudFormation or Terraform");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("minified, pretty, cli, cloudformation (YAML), cloudformation-json or terraform."),
                                tr("FORMAT"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE."), tr("FILE"));
    const QCommandLineOption policyName(QStringLiteral("policy-name"),
                                        tr("The managed policy's name (default: the file name)."), tr("NAME"));
    const QCommandLineOption policyArn(QStringLiteral("policy-arn"),
                                       tr("The managed policy's ARN for the cli command (default: built from "
                                          "$AWS_ACCOUNT_ID and the name)."),
                                       tr("ARN"));
    const QCommandLineOption command(QStringLiteral("command"),
                                     tr("cli: the AWS CLI command, create-policy, create-policy-version (default), "
                                        "put-user-policy or put-group-policy."),
                                     tr("COMMAND"));
    const QCommandLineOption userName(QStringLiteral("user-name"),
                                      tr("put-user-policy: the user (default: $IAM_USER_NAME)."), tr("NAME"));
    const QCommandLineOption groupName(QStringLiteral("group-name"),
                                       tr("put-group-policy: the group (default: $IAM_GROUP_NAME)."), tr("NAME"));
    const QCommandLineOption heredoc(QStringLiteral("heredoc"),
                                     tr("Terraform: embed the JSON as a heredoc instead of jsonencode()."));
    parser.addOptions({to, output, policyName, policyArn, command, userName, groupName, heredoc});
    parser.addPositionalArgument(QStringLiteral("POLICY"), tr("The policy file (- for standard input)."));
    const QString examples = tr("  mfa-policy export force-mfa.json --to minified -o force-mfa.min.json\n"
                                "  mfa-policy export force-mfa.json --to cli --policy-arn "
                                "arn:aws:iam::123456789012:policy/ForceMFA\n"
                                "  mfa-policy export force-mfa.json --to cli --command put-group-policy "
                                "--group-name Developers\n"
                                "  mfa-policy export force-mfa.json --to terraform --policy-name ForceMFA\n");
    if (const int exit = parse(parser, arguments, tr("POLICY --to FORMAT [options]"), examples); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 1)
        return Console::fail(tr("give exactly one policy file"));
    const QString target = parser.value(to);
    static const QStringList targets {QStringLiteral("minified"),
                                      QStringLiteral("pretty"),
                                      QStringLiteral("cli"),
                                      QStringLiteral("cloudformation"),
                                      QStringLiteral("cloudformation-json"),
                                      QStringLiteral("terraform")};
    if (!targets.contains(target))
        return Console::fail(tr("--to must be one of %1").arg(targets.join(QStringLiteral(", "))));

    // Which AWS CLI command, and the options that belong to it only.
    CliCommand cliCommand = CliCommand::CreatePolicyVersion;
    if (parser.isSet(command)) {
        const std::optional<CliCommand> named = cliCommandFromId(parser.value(command).toStdString());
        if (!named) {
            QStringList ids;
            for (CliCommand c : allCliCommands)
                ids.append(QString::fromLatin1(cliCommandId(c)));
            return Console::fail(tr("--command must be one of %1").arg(ids.join(QStringLiteral(", "))));
        }
        if (target != QLatin1String("cli"))
            return Console::fail(tr("--command needs --to cli"));
        cliCommand = *named;
    }
    const auto onlyWith = [&](const QCommandLineOption &option, CliCommand needed) {
        return !parser.isSet(option) || (target == QLatin1String("cli") && cliCommand == needed);
    };
    if (!onlyWith(userName, CliCommand::PutUserPolicy))
        return Console::fail(tr("--user-name needs --to cli --command put-user-policy"));
    if (!onlyWith(groupName, CliCommand::PutGroupPolicy))
        return Console::fail(tr("--group-name needs --to cli --command put-group-policy"));
    if (target == QLatin1String("cli") && !onlyWith(policyArn, CliCommand::CreatePolicyVersion))
        return Console::fail(tr("--policy-arn is for create-policy-version only"));

    const QString path = parser.positionalArguments().constFirst();
    std::optional<PolicyFile> file = PolicyFiles::read(path);
    if (!file)
        return ExitUsage;
    if (!PolicyFiles::requireValidJson(*file))
        return ExitUsage;
    ExportOptions options;
    const QString defaultName
        = path == QLatin1String("-") ? QStringLiteral("Policy") : QFileInfo(path).completeBaseName();
    options.policyName = (parser.isSet(policyName) ? parser.value(policyName) : defaultName).toStdString();
    options.policyArn = parser.value(policyArn).toStdString();
    options.documentFile = path == QLatin1String("-") ? std::string() : path.toStdString();
    options.principalName = parser.value(cliCommand == CliCommand::PutGroupPolicy ? groupName : userName).toStdString();

    const nlohmann::ordered_json &policy = file->source.json();
    std::string result;
    if (target == QLatin1String("minified") || target == QLatin1String("pretty")) {
        result = target == QLatin1String("pretty") ? prettyPolicy(policy) : minifiedPolicy(policy) + '\n';
        Console::err(sizeReport(policySize(result)));
    } else if (target == QLatin1String("cli")) {
        // The same commands as the studio's export.
        result = awsCliCommand(cliCommand, options);
        if (cliCommand == CliCommand::CreatePolicyVersion) {
            for (const std::string &reminder : createPolicyVersionReminders())
                Console::err(Texts::exportReminder(reminder) + QLatin1Char('\n'));
        }
    } else if (target == QLatin1String("cloudformation")) {
        result = cloudFormationYaml(policy, options);
    } else if (target == QLatin1String("cloudformation-json")) {
        result = cloudFormationJson(policy, options);
    } else {
        result = terraformPolicy(policy, options,
                                 parser.isSet(heredoc) ? TerraformStyle::Heredoc : TerraformStyle::JsonEncode);
    }
    if (parser.isSet(output)) {
        QString error;
        if (!Console::writeFile(parser.value(output), QByteArray::fromStdString(result), &error))
            return Console::fail(error);
    } else {
        Console::outBytes(QByteArray::fromStdString(result));
    }
    return ExitSuccess;
}

} // namespace mfapolicy
