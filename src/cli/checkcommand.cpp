#include "checkcommand.h"

#include "checker.h"
#include "console.h"
#include "findingsformatter.h"
#include "identityoptions.h"
#include "policyfiles.h"
#include "principalinput.h"

#include <algorithm>

#include <QUtf8StringView>

namespace mfapolicy {

namespace {

// The findings of checkPrincipal() per policy, in the principal's order (AWS managed policies,
// which get none, are left out). A policy is shown by its file, else by its name.
std::vector<FileFindings> principalFindings(const Principal &principal, std::vector<Finding> findings)
{
    std::vector<FileFindings> out;
    std::vector<PrincipalPolicyRef> refs;
    const auto add = [&](const PrincipalPolicy &policy, PrincipalPolicyRef ref) {
        if (policy.origin == PolicyOrigin::AwsManaged || policy.excluded)
            return;
        out.push_back({QString::fromStdString(policy.file.empty() ? policy.name : policy.file), {}});
        refs.push_back(ref);
    };
    for (std::size_t i = 0; i < principal.policies.size(); ++i)
        add(principal.policies[i], {Layer::Identity, 0, i});
    if (principal.boundary)
        add(*principal.boundary, {Layer::PermissionsBoundary, 0, 0});
    for (std::size_t level = 0; level < principal.scps.size(); ++level) {
        for (std::size_t i = 0; i < principal.scps[level].policies.size(); ++i)
            add(principal.scps[level].policies[i], {Layer::Scp, level, i});
    }
    for (Finding &finding : findings) {
        const auto at = std::find(refs.begin(), refs.end(), finding.policy.value_or(PrincipalPolicyRef {}));
        if (at != refs.end())
            out[std::size_t(at - refs.begin())].findings.push_back(std::move(finding));
    }
    return out;
}

} // namespace

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
    parser.addOptions({format, failOn, kind, together});
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const PrincipalInput principalInput;
    principalInput.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("Policy files, or folders to search for *.json files (- for standard input)."),
                                 QStringLiteral("POLICY..."));
    const QString examples
        = tr("  mfa-policy check force-mfa.json\n"
             "  mfa-policy check policies/ --fail-on security\n"
             "  mfa-policy check policies/ --format sarif > mfa-policy.sarif\n"
             "  mfa-policy check force-mfa.json --user carol --device-name carol-yubikey\n"
             "  mfa-policy check --together self-manage.json guard.json --aws-managed ReadOnlyAccess\n"
             "  mfa-policy check alice.principal.json\n"
             "  mfa-policy check self-manage.json --boundary boundary.json --scp require-mfa-scp.json\n"
             "  mfa-policy check --account-dump account.json --user alice\n"
             "The MFA rules simulate the user given by --user, --account, --device-name and "
             "--user-path.\n"
             "AWS managed policies (--aws-managed) are judged with the files, not reported on. A principal file, "
             "--boundary, --scp, --context or --account-dump make the files one user's policies (as --together): "
             "every finding names the policy it is about, and a boundary or SCP that refuses enrollment is a "
             "finding of its own.\n"
             "A JSON syntax error is a finding of severity error; text that cannot be read as JSON, or is "
             "not UTF-8, also exits with 2.\n");
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
    if (parser.isSet(together) && principalInput.usesAccountDump(parser))
        return Console::fail(tr("--together is for policy files; an account dump's user is one principal already"));
    const QStringList paths = PolicyFiles::expand(parser.positionalArguments());
    const bool principalMode = principalInput.givesPrincipal(parser)
        || std::any_of(paths.begin(), paths.end(),
                       [](const QString &path) { return PrincipalInput::isPrincipalFile(path); });
    if (parser.positionalArguments().isEmpty() && !principalInput.usesAccountDump(parser))
        return Console::fail(tr("give at least one policy file or folder"));
    if (paths.isEmpty() && !principalInput.usesAccountDump(parser))
        return Console::fail(
            tr("no *.json files found in %1").arg(parser.positionalArguments().join(QStringLiteral(", "))));
    std::vector<FileFindings> results;
    bool badEncoding = false;
    if (principalMode) {
        const std::optional<Principal> principal = principalInput.read(parser, paths, identityOptions, false);
        if (!principal)
            return ExitUsage;
        results = principalFindings(*principal, checkPrincipal(*principal, options));
    } else {
        std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(paths);
        if (!files)
            return ExitUsage;
        // The user's other policies, judged with each file: the other files with --together, and
        // the AWS managed policies named.
        Principal managed;
        if (!principalInput.addAwsManaged(parser, managed))
            return ExitUsage;
        const bool judgeTogether = parser.isSet(together);
        for (const PolicyFile &file : *files) {
            options.together.clear();
            if (judgeTogether) {
                for (const PolicyFile &other : *files) {
                    if (&other != &file && other.source.isValidJson())
                        options.together.push_back(&other.source.policy());
                }
            }
            for (const PrincipalPolicy &policy : managed.policies)
                options.together.push_back(&policy.source->policy());
            results.push_back({file.path, checkPolicy(file.source, options)});
            // Bytes that are not UTF-8 are bad input, as for the other commands, though the
            // findings say where. (A byte-order mark is only a character IAM refuses: a finding.)
            const std::string &text = file.source.text();
            badEncoding = badEncoding || !QUtf8StringView(text.data(), qsizetype(text.size())).isValidUtf8();
        }
    }
    bool failed = false;
    // Text that is not JSON (a syntax error, nesting too deep) could not be read whole: its
    // findings are printed like any others, and the exit code says the input was bad.
    bool unreadable = badEncoding;
    for (const FileFindings &file : results) {
        for (const Finding &finding : file.findings) {
            failed = failed || finding.severity <= threshold;
            unreadable = unreadable || finding.ruleId == "JSON_SYNTAX_ERROR"
                || finding.ruleId == "JSON_NESTING_TOO_DEEP" || finding.ruleId == "INTERNAL_ERROR";
        }
    }
    const FindingsFormatter formatter(results);
    if (outputFormat == QLatin1String("json"))
        Console::out(formatter.json());
    else if (outputFormat == QLatin1String("sarif"))
        Console::out(formatter.sarif(QStringLiteral(MFAPOLICY_VERSION)));
    else
        Console::out(formatter.text());
    if (unreadable)
        return ExitUsage;
    return failed ? ExitFindings : ExitSuccess;
}

} // namespace mfapolicy
