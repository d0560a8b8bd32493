#include "matrixcommand.h"

#include "console.h"
#include "identityoptions.h"
#include "matrixformatter.h"
#include "policyfiles.h"
#include "principalinput.h"

namespace mfapolicy {

QString MatrixCommand::summary() const
{
    return tr("Show what the policies allow with an MFA session, without MFA and with long-term access keys");
}

int MatrixCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const PrincipalInput principalInput;
    principalInput.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json, csv, markdown or html."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("Policy files attached to the user, or a principal file (- for standard input)."),
                                 QStringLiteral("POLICY..."));
    const QString examples
        = tr("  mfa-policy matrix force-mfa.json\n"
             "  mfa-policy matrix force-mfa.json --user carol --device-name carol-yubikey\n"
             "  mfa-policy matrix group-policy.json user-policy.json --format csv > matrix.csv\n"
             "  mfa-policy matrix alice.principal.json\n"
             "  mfa-policy matrix --aws-managed ReadOnlyAccess --aws-managed IAMUserChangePassword self-manage.json\n"
             "  mfa-policy matrix self-manage.json --boundary boundary.json --scp require-mfa-scp.json \\\n"
             "      --context aws:SourceIp=203.0.113.10\n"
             "  mfa-policy matrix --account-dump account.json --user alice\n");
    if (const int exit = parse(parser, arguments, tr("POLICY... [options]"), examples); exit >= 0)
        return exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty() && !principalInput.usesAccountDump(parser) && !parser.isSet(QStringLiteral("aws-managed")))
        return Console::fail(tr("give at least one policy file"));
    const QString outputFormat = parser.value(format);
    static const QStringList formats {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"),
                                      QStringLiteral("markdown"), QStringLiteral("html")};
    if (!formats.contains(outputFormat))
        return Console::fail(tr("unknown --format %1 (%2)").arg(outputFormat, formats.join(QStringLiteral(", "))));
    const std::optional<Principal> principal = principalInput.read(parser, paths, identityOptions);
    if (!principal)
        return ExitUsage;
    const DecisionMatrix matrix = computeMatrix(*principal);
    QStringList names;
    for (const PrincipalPolicy &policy : principal->policies) {
        if (!policy.excluded)
            names << QString::fromStdString(policy.name);
    }
    const MatrixFormatter formatter(*principal, matrix, names.join(QStringLiteral(", ")));
    if (outputFormat == QLatin1String("json"))
        Console::out(formatter.json());
    else if (outputFormat == QLatin1String("csv"))
        Console::out(formatter.csv());
    else if (outputFormat == QLatin1String("markdown"))
        Console::out(formatter.markdown());
    else if (outputFormat == QLatin1String("html"))
        Console::out(formatter.html());
    else
        Console::out(formatter.text() + QLatin1Char('\n') + formatter.beforeMfaSummary().join(QLatin1Char('\n'))
                     + QLatin1Char('\n'));
    return ExitSuccess;
}

} // namespace mfapolicy
