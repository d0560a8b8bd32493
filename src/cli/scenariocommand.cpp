#include "scenariocommand.h"

#include "console.h"
#include "identityoptions.h"
#include "matrixformatter.h"
#include "policyfiles.h"
#include "principalinput.h"
#include "scenario.h"
#include "statementrefs.h"
#include "texts.h"

#include "principalfile.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace mfapolicy {

using Json = nlohmann::ordered_json;

namespace {

// The evaluation in words; for an undetermined step, why there is no decision.
QStringList explanationLines(const ScenarioStep &step, std::span<const Policy *const> policies)
{
    if (step.decision() == CellDecision::Undetermined)
        return {Texts::decisionLabel(CellDecision::Undetermined),
                ScenarioCommand::tr("A statement that could not be evaluated might decide this call; fix the "
                                    "policy's errors (mfa-policy check) to get IAM's answer.")};
    return Texts::evaluationExplanation(policies, step.evaluation, step.request);
}

// Which layer and policy decided a denial, when it is not the identity-based policies.
QString layerLine(const Principal &principal, const ScenarioStep &step)
{
    const CellDecision decision = step.decision();
    if ((decision != CellDecision::ExplicitDeny && decision != CellDecision::ImplicitDeny)
        || step.layer == Layer::Identity)
        return {};
    QStringList names;
    if (decision == CellDecision::ExplicitDeny) {
        for (const PrincipalStatementRef &ref : step.deciding)
            names << QString::fromStdString(principalPolicyName(principal, ref.policy));
    } else if (step.layer == Layer::PermissionsBoundary && principal.boundary) {
        names << QString::fromStdString(principal.boundary->name);
    } else if (step.layer == Layer::Scp && step.scpLevel < principal.scps.size()) {
        for (const PrincipalPolicy &policy : principal.scps[step.scpLevel].policies)
            names << QString::fromStdString(policy.name);
    }
    names.removeDuplicates();
    QString line = ScenarioCommand::tr("Decided by the %1: %2")
                       .arg(Texts::layerName(step.layer), names.join(QStringLiteral(", ")));
    if (step.layer == Layer::Scp && step.scpLevel < principal.scps.size())
        line += QStringLiteral(" (") + QString::fromStdString(principal.scps[step.scpLevel].name) + QLatin1Char(')');
    return line;
}

} // namespace

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
    const QCommandLineOption format(QStringLiteral("format"), tr("text or json."), tr("FORMAT"),
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
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json"))
        return Console::fail(tr("unknown --format %1 (text or json)").arg(outputFormat));

    const std::optional<Principal> principal = principalInput.read(parser, paths, identityOptions);
    if (!principal)
        return ExitUsage;
    options.identity = principal->identity;
    const ScenarioResult result = runScenario(*principal, options);
    const auto spanOf
        = [&principal](const ScenarioStep &step) { return layerPolicies(*principal, step.layer, step.scpLevel); };
    const int exitCode = result.succeeded ? ExitSuccess : ExitFindings;

    if (outputFormat == QLatin1String("json")) {
        Json steps = Json::array();
        for (const ScenarioStep &step : result.steps) {
            const std::vector<const Policy *> policies = spanOf(step);
            Json explanation = Json::array();
            for (const QString &line : explanationLines(step, policies))
                explanation.push_back(line.toStdString());
            Json entry = {{"step", step.stepId},
                          {"title", Texts::scenarioStep(step.stepId).toStdString()},
                          {"action", step.request.action},
                          {"resource", step.request.resource},
                          {"signedWith", authStateId(step.state)}};
            addDecisionJson(entry, step.decision(), step.layer, step.scpLevel, step.evaluation, policies);
            entry["required"] = step.required;
            entry["flowContinues"] = step.flowContinues;
            entry["outcome"] = step.outcomeId;
            entry["accessDeniedMessage"] = step.accessDeniedMessage;
            entry["explanation"] = explanation;
            steps.push_back(std::move(entry));
        }
        const Json out = {{"flow", flowId(options.flow)},
                          {"signedInWith", authStateId(options.signedInWith)},
                          {"user", options.identity.userArn()},
                          {"deviceName", options.identity.deviceName},
                          {"succeeded", result.succeeded},
                          {"undetermined", result.undetermined},
                          {"steps", steps}};
        Console::out(QString::fromStdString(out.dump(2, ' ', false, Json::error_handler_t::replace))
                     + QLatin1Char('\n'));
        return exitCode;
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
        const QString label = Texts::decisionLabel(step.decision());
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
        if (const QString layer = layerLine(*principal, step); !layer.isEmpty())
            text += QStringLiteral("      ") + layer + QLatin1Char('\n');
        const QStringList lines = explanationLines(step, spanOf(step));
        // Only the deciding statements (they follow the decision line); `simulate` gives the full trace.
        const std::size_t deciding = step.decision() == CellDecision::Allow ? step.evaluation.allowedBy.size()
            : step.decision() == CellDecision::ExplicitDeny                 ? step.evaluation.deniedBy.size()
                                                                            : 1;
        for (qsizetype i = 1; i < lines.size() && static_cast<std::size_t>(i) <= deciding; ++i)
            text += QStringLiteral("      ") + lines.at(i) + QLatin1Char('\n');
        if (!step.required && step.decision() != CellDecision::Allow)
            text += QStringLiteral("      ") + tr("Not required: the flow goes on.") + QLatin1Char('\n');
    }
    text += QLatin1Char('\n')
        + (result.succeeded          ? tr("Result: the enrollment can be completed.")
               : result.undetermined ? tr("Result: whether the enrollment can be completed cannot be determined.")
                                     : tr("Result: the enrollment cannot be completed."))
        + QLatin1Char('\n');
    Console::out(text);
    return exitCode;
}

} // namespace mfapolicy
