#include "scenariocommand.h"

#include "console.h"
#include "identityoptions.h"
#include "principalinput.h"
#include "scenario.h"
#include "scenarioformatter.h"

#include <algorithm>

namespace mfapolicy {

QString ScenarioCommand::summary() const
{
    return tr("Walk through an MFA enrollment flow call by call, with AWS's AccessDenied messages");
}

int ScenarioCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const PrincipalInput principalInput;
    principalInput.addTo(parser);
    const QCommandLineOption flow(QStringLiteral("flow"), tr("virtual, security-key, hardware, cli or retry."),
                                  tr("FLOW"), QStringLiteral("virtual"));
    const QCommandLineOption mfa(QStringLiteral("mfa"), tr("The user is signed in with MFA."));
    const QCommandLineOption noMfa(QStringLiteral("no-mfa"), tr("The user is signed in without MFA (default)."));
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       tr("Calls are signed with a long-term access key."));
    const QCommandLineOption existing(QStringLiteral("existing-device"), tr("The user already has an MFA device."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json, markdown or html."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({flow, mfa, noMfa, accessKey, existing, format});
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("Policy files attached to the user, or a principal file."),
                                 QStringLiteral("POLICY..."));
    const QString examples
        = tr("  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone\n"
             "  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone \\\n"
             "      --flow cli --access-key\n"
             "  mfa-policy scenario alice.principal.json\n"
             "  mfa-policy scenario --account-dump account.json --user alice\n"
             "A principal file or an account dump gives the user and the account; without one, --user, --account "
             "and --device-name are required.\n");
    if (const int exit
        = parse(parser, arguments, tr("POLICY... --user NAME --account ID --device-name NAME [options]"), examples);
        exit >= 0)
        return exit;
    // AWS's messages name the user's ARN: without a principal that gives it, the user says who.
    const QStringList paths = parser.positionalArguments();
    const bool principalGiven = principalInput.usesAccountDump(parser)
        || std::any_of(paths.begin(), paths.end(),
                       [](const QString &path) { return PrincipalInput::isPrincipalFile(path); });
    for (const char *required : {"user", "account", "device-name"}) {
        if (!principalGiven && !parser.isSet(QString::fromLatin1(required)))
            return Console::fail(tr("--%1 is required").arg(QString::fromLatin1(required)));
    }
    if (paths.isEmpty() && !principalInput.usesAccountDump(parser) && !parser.isSet(QStringLiteral("aws-managed")))
        return Console::fail(tr("give at least one policy file"));
    ScenarioOptions options;
    bool knownFlow = false;
    for (EnrollmentFlow f : {EnrollmentFlow::ConsoleVirtual, EnrollmentFlow::SecurityKey, EnrollmentFlow::Hardware,
                             EnrollmentFlow::Cli, EnrollmentFlow::RetryAfterAbandoned}) {
        if (parser.value(flow) == QLatin1String(flowId(f))) {
            options.flow = f;
            knownFlow = true;
        }
    }
    if (!knownFlow)
        return Console::fail(
            tr("unknown --flow %1 (virtual, security-key, hardware, cli or retry)").arg(parser.value(flow)));
    if (int(parser.isSet(mfa)) + int(parser.isSet(noMfa)) + int(parser.isSet(accessKey)) > 1)
        return Console::fail(tr("--mfa, --no-mfa and --access-key exclude each other"));
    options.signedInWith = parser.isSet(mfa) ? AuthState::MfaSession
        : parser.isSet(accessKey)            ? AuthState::AccessKey
                                             : AuthState::NoMfa;
    options.hasExistingDevice = parser.isSet(existing);
    const QString outputFormat = parser.value(format);
    const QStringList formats {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                               QStringLiteral("html")};
    if (!formats.contains(outputFormat))
        return Console::fail(tr("unknown --format %1 (text, json, markdown or html)").arg(outputFormat));

    const std::optional<Principal> principal = principalInput.read(parser, paths, identityOptions);
    if (!principal)
        return ExitUsage;
    options.identity = principal->identity;
    const ScenarioResult result = runScenario(*principal, options);
    const ScenarioFormatter formatter(*principal, result);
    Console::out(outputFormat == QLatin1String("json")           ? formatter.json()
                     : outputFormat == QLatin1String("markdown") ? formatter.markdown()
                     : outputFormat == QLatin1String("html")     ? formatter.html()
                                                                 : formatter.text());
    return result.succeeded ? ExitSuccess : ExitFindings;
}

} // namespace mfapolicy
