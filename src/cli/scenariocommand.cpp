#include "scenariocommand.h"

#include "console.h"
#include "identityoptions.h"
#include "matrixformatter.h"
#include "policyfiles.h"
#include "scenario.h"
#include "statementrefs.h"
#include "texts.h"

#include <nlohmann/json.hpp>

namespace mfapolicy {

using Json = nlohmann::ordered_json;

QString ScenarioCommand::summary() const
{
    return tr("Walk through an MFA enrollment flow call by call, with AWS's AccessDenied messages");
}

int ScenarioCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const QCommandLineOption flow(QStringLiteral("flow"), tr("virtual, security-key, hardware, cli or retry."),
                                  tr("FLOW"), QStringLiteral("virtual"));
    const QCommandLineOption mfa(QStringLiteral("mfa"), tr("The user is signed in with MFA."));
    const QCommandLineOption noMfa(QStringLiteral("no-mfa"), tr("The user is signed in without MFA (default)."));
    const QCommandLineOption accessKey(QStringLiteral("access-key"),
                                       tr("Calls are signed with a long-term access key."));
    const QCommandLineOption existing(QStringLiteral("existing-device"), tr("The user already has an MFA device."));
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOptions({flow, mfa, noMfa, accessKey, existing, format});
    parser.addPositionalArgument(QStringLiteral("POLICY"), tr("Policy files attached to the user."),
                                 QStringLiteral("POLICY..."));
    const QString examples
        = tr("  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone\n"
             "  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name alice-phone \\\n"
             "      --flow cli --access-key\n");
    if (const int exit
        = parse(parser, arguments, tr("POLICY... --user NAME --account ID --device-name NAME [options]"), examples);
        exit >= 0)
        return exit;
    for (const char *required : {"user", "account", "device-name"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return Console::fail(tr("--%1 is required").arg(QString::fromLatin1(required)));
    }
    if (parser.positionalArguments().isEmpty())
        return Console::fail(tr("give at least one policy file"));
    ScenarioOptions options;
    QString error;
    if (!identityOptions.read(parser, options.identity, error))
        return Console::fail(error);
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
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return Console::fail(tr("unknown --format %1 (text or json)").arg(outputFormat));

    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(parser.positionalArguments());
    if (!files)
        return ExitUsage;
    for (const PolicyFile &file : *files) {
        if (!PolicyFiles::requireValidJson(file))
            return ExitUsage;
    }
    const std::vector<const Policy *> policies = PolicyFiles::policies(*files);
    const std::span<const Policy *const> span(policies);
    const ScenarioResult result = runScenario(span, options);

    if (outputFormat == QLatin1String("json")) {
        Json steps = Json::array();
        for (const ScenarioStep &step : result.steps) {
            Json explanation = Json::array();
            for (const QString &line : Texts::evaluationExplanation(span, step.evaluation, step.request))
                explanation.push_back(line.toStdString());
            steps.push_back({{"step", step.stepId},
                             {"title", Texts::scenarioStep(step.stepId).toStdString()},
                             {"action", step.request.action},
                             {"resource", step.request.resource},
                             {"signedWith", authStateId(step.state)},
                             {"decision", Texts::decisionId(step.evaluation.decision).toStdString()},
                             {"required", step.required},
                             {"flowContinues", step.flowContinues},
                             {"outcome", step.outcomeId},
                             {"accessDeniedMessage", step.accessDeniedMessage},
                             {"allowedBy", statementRefsJson(step.evaluation.allowedBy, span)},
                             {"deniedBy", statementRefsJson(step.evaluation.deniedBy, span)},
                             {"explanation", explanation}});
        }
        const Json out = {{"flow", flowId(options.flow)},       {"signedInWith", authStateId(options.signedInWith)},
                          {"user", options.identity.userArn()}, {"deviceName", options.identity.deviceName},
                          {"succeeded", result.succeeded},      {"steps", steps}};
        Console::out(QString::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace))
                     + QLatin1Char('\n'));
        return result.succeeded ? ExitSuccess : ExitFindings;
    }

    QString text = Texts::flowName(options.flow) + QLatin1Char('\n')
        + tr("User %1, device name %2. %3")
              .arg(QString::fromStdString(options.identity.userArn()),
                   QString::fromStdString(options.identity.deviceName),
                   Texts::authStateDescription(options.signedInWith))
        + QStringLiteral("\n\n");
    int number = 0;
    for (const ScenarioStep &step : result.steps) {
        ++number;
        const QString label = Texts::decisionLabel(step.evaluation.decision);
        text += QStringLiteral("%1. %2%3\n")
                    .arg(number, 2)
                    .arg(label + QString(qMax(2, 18 - MatrixFormatter::displayWidth(label)), QLatin1Char(' ')),
                         Texts::scenarioStep(step.stepId));
        text += QStringLiteral("      ")
            + tr("%1 on %2")
                  .arg(QString::fromStdString(step.request.action), QString::fromStdString(step.request.resource))
            + QLatin1Char('\n');
        if (!step.outcomeId.empty())
            text += QStringLiteral("      ") + Texts::scenarioOutcome(step.outcomeId) + QLatin1Char('\n');
        if (!step.accessDeniedMessage.empty())
            text += QStringLiteral("      ")
                + tr("AWS answers: %1").arg(QString::fromStdString(step.accessDeniedMessage)) + QLatin1Char('\n');
        const QStringList lines = Texts::evaluationExplanation(span, step.evaluation, step.request);
        // Only the deciding statements (they follow the decision line); `simulate` gives the full trace.
        const std::size_t deciding = step.evaluation.decision == Decision::Allow ? step.evaluation.allowedBy.size()
            : step.evaluation.decision == Decision::ExplicitDeny                 ? step.evaluation.deniedBy.size()
                                                                                 : 1;
        for (qsizetype i = 1; i < lines.size() && static_cast<std::size_t>(i) <= deciding; ++i)
            text += QStringLiteral("      ") + lines.at(i) + QLatin1Char('\n');
        if (!step.required && step.evaluation.decision != Decision::Allow)
            text += QStringLiteral("      ") + tr("Not required: the flow goes on.") + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + (result.succeeded ? tr("Result: the enrollment can be completed.")
                            : tr("Result: the enrollment cannot be completed."))
        + QLatin1Char('\n');
    Console::out(text);
    return result.succeeded ? ExitSuccess : ExitFindings;
}

} // namespace mfapolicy
