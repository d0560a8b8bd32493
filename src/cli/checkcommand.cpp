#include "checkcommand.h"

#include "awsmanagedpolicies.h"
#include "checker.h"
#include "console.h"
#include "findingsformatter.h"
#include "identityoptions.h"
#include "policyfiles.h"

namespace mfapolicy {

QString CheckCommand::summary() const
{
    return tr("Report findings (stale device resources, MFA loopholes, validity) for files and folders");
}

int CheckCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json or sarif."), tr("FORMAT"),
                                    QStringLiteral("text"));
    const QCommandLineOption failOn(QStringLiteral("fail-on"),
                                    tr("Exit with 1 when a finding is at least this severe: error, security, warning "
                                       "or suggestion (default error)."),
                                    tr("SEVERITY"), QStringLiteral("error"));
    const QCommandLineOption kind(QStringLiteral("policy-kind"),
                                  tr("Which size quota applies: managed, inline-user, inline-group or inline-role "
                                     "(default managed)."),
                                  tr("KIND"), QStringLiteral("managed"));
    const QCommandLineOption together(QStringLiteral("together"),
                                      tr("The files are one user's policies: the MFA rules judge them together, so "
                                         "a guard in one file counts for the others."));
    const QCommandLineOption awsManaged(QStringLiteral("aws-managed"),
                                        tr("An AWS managed policy attached to the same user, by name (repeatable); "
                                           "it is judged with the files, not reported on."),
                                        tr("NAME"));
    parser.addOptions({format, failOn, kind, together, awsManaged});
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("Policy files, or folders to search for *.json files (- for standard input)."),
                                 QStringLiteral("POLICY..."));
    const QString examples
        = tr("  mfa-policy check force-mfa.json\n"
             "  mfa-policy check policies/ --fail-on security\n"
             "  mfa-policy check policies/ --format sarif > mfa-policy.sarif\n"
             "  mfa-policy check force-mfa.json --user carol --device-name carol-yubikey\n"
             "  mfa-policy check --together self-manage.json guard.json --aws-managed ReadOnlyAccess\n"
             "The MFA rules simulate the user given by --user, --account, --device-name and "
             "--user-path.\n"
             "A JSON syntax error is a finding of severity error.\n");
    if (const int exit = parse(parser, arguments, tr("POLICY... [options]"), examples); exit >= 0)
        return exit;
    const QString outputFormat = parser.value(format);
    if (outputFormat != QLatin1String("text") && outputFormat != QLatin1String("json")
        && outputFormat != QLatin1String("sarif"))
        return Console::fail(tr("unknown --format %1 (text, json or sarif)").arg(outputFormat));
    Severity threshold = Severity::Error;
    bool knownThreshold = false;
    for (Severity s : {Severity::Error, Severity::SecurityWarning, Severity::Warning, Severity::Suggestion}) {
        if (parser.value(failOn) == QLatin1String(severityId(s))) {
            threshold = s;
            knownThreshold = true;
        }
    }
    if (!knownThreshold)
        return Console::fail(
            tr("unknown --fail-on %1 (error, security, warning or suggestion)").arg(parser.value(failOn)));
    CheckOptions options;
    bool knownKind = false;
    for (PolicyKind k :
         {PolicyKind::Managed, PolicyKind::InlineUser, PolicyKind::InlineGroup, PolicyKind::InlineRole}) {
        if (parser.value(kind) == QLatin1String(policyKindId(k))) {
            options.kind = k;
            knownKind = true;
        }
    }
    if (!knownKind)
        return Console::fail(
            tr("unknown --policy-kind %1 (managed, inline-user, inline-group or inline-role)").arg(parser.value(kind)));
    QString identityError;
    if (!identityOptions.read(parser, options.identity, identityError))
        return Console::fail(identityError);
    if (parser.positionalArguments().isEmpty())
        return Console::fail(tr("give at least one policy file or folder"));
    const QStringList paths = PolicyFiles::expand(parser.positionalArguments());
    if (paths.isEmpty())
        return Console::fail(
            tr("no *.json files found in %1").arg(parser.positionalArguments().join(QStringLiteral(", "))));

    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(paths);
    if (!files)
        return ExitUsage;
    // The user's other policies, judged with each file: the other files with --together, and the
    // AWS managed policies named.
    std::vector<PolicySource> managed;
    for (const QString &name : parser.values(awsManaged)) {
        const auto policy = AwsManagedPolicies::bundled().find(name.toStdString());
        if (!policy)
            return Console::fail(tr("no AWS managed policy is called %1 (in the bundled data of %2)")
                                     .arg(name, QString::fromStdString(AwsManagedPolicies::bundled().info().version)));
        managed.push_back(PolicySource::parse(policy->documentText, policy->name));
    }
    const bool judgeTogether = parser.isSet(together);
    std::vector<FileFindings> results;
    bool failed = false;
    for (const PolicyFile &file : *files) {
        options.together.clear();
        if (judgeTogether) {
            for (const PolicyFile &other : *files) {
                if (&other != &file && other.source.isValidJson())
                    options.together.push_back(&other.source.policy());
            }
        }
        for (const PolicySource &policy : managed)
            options.together.push_back(&policy.policy());
        FileFindings result {file.path, checkPolicy(file.source, options)};
        for (const Finding &finding : result.findings)
            failed = failed || finding.severity <= threshold;
        results.push_back(std::move(result));
    }
    const FindingsFormatter formatter(results);
    if (outputFormat == QLatin1String("json"))
        Console::out(formatter.json());
    else if (outputFormat == QLatin1String("sarif"))
        Console::out(formatter.sarif(QStringLiteral(MFAPOLICY_VERSION)));
    else
        Console::out(formatter.text());
    return failed ? ExitFindings : ExitSuccess;
}

} // namespace mfapolicy
