#include "diffcommand.h"

#include "comparisonformatter.h"
#include "console.h"
#include "identityoptions.h"
#include "policyfiles.h"
#include "principalinput.h"
#include "principalmigration.h"

#include <array>

namespace mfapolicy {

QString DiffCommand::summary() const
{
    return tr("Compare two policies: matrix cells that change, in words, and the text diff");
}

int DiffCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const PrincipalInput principalInput;
    principalInput.addTo(parser);
    const QCommandLineOption policyName(
        QStringLiteral("policy"),
        tr("With --account-dump: OLD and NEW stand for the user's policy NAME (inline, of a group, managed, or the "
           "boundary) instead of being added to its policies."),
        tr("NAME"));
    parser.addOption(policyName);
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json, markdown, csv or html."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The policy (or principal file) before."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The policy (or principal file) after."));
    const QString examples
        = tr("  mfa-policy diff force-mfa.json force-mfa.migrated.json\n"
             "  mfa-policy migrate force-mfa.json -o new.json && mfa-policy diff force-mfa.json "
             "new.json --format markdown\n"
             "  mfa-policy diff old.json new.json --aws-managed ReadOnlyAccess --boundary boundary.json\n"
             "  mfa-policy diff alice.principal.json alice-after.principal.json\n"
             "  mfa-policy diff --account-dump account.json --user alice --policy SelfManageMFA old.json new.json\n"
             "--aws-managed, --boundary, --scp, --scp-level and --context apply to both sides: the cells compared are "
             "the user's, with OLD and then NEW among its policies. With --account-dump and --user the user is the "
             "dump's, and --policy NAME makes OLD and NEW replace that policy of the user.\n");
    if (const int exit = parse(parser, arguments, tr("OLD NEW [options]"), examples); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 2)
        return Console::fail(tr("give exactly two policy files: OLD and NEW"));
    const QString outputFormat = parser.value(format);
    const QStringList formats {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                               QStringLiteral("csv"), QStringLiteral("html")};
    if (!formats.contains(outputFormat))
        return Console::fail(tr("unknown --format %1 (text, json, markdown, csv or html)").arg(outputFormat));
    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(parser.positionalArguments());
    if (!files)
        return ExitUsage;
    if (parser.isSet(policyName) && !principalInput.usesAccountDump(parser))
        return Console::fail(tr("--policy needs --account-dump and --user: it names a policy of the dump's user"));
    std::array<Principal, 2> principals;
    if (principalInput.usesAccountDump(parser)) {
        const std::optional<Principal> user = principalInput.read(parser, {}, identityOptions);
        if (!user)
            return ExitUsage;
        std::optional<PrincipalPolicyRef> replaced;
        if (parser.isSet(policyName)) {
            const std::string name = parser.value(policyName).toStdString();
            for (std::size_t i = 0; i < user->policies.size() && !replaced; ++i) {
                if (user->policies[i].name == name)
                    replaced = PrincipalPolicyRef {Layer::Identity, 0, i};
            }
            if (!replaced && user->boundary && user->boundary->name == name)
                replaced = PrincipalPolicyRef {Layer::PermissionsBoundary, 0, 0};
            if (!replaced)
                return Console::fail(
                    tr("user %1 has no policy called %2")
                        .arg(QString::fromStdString(user->identity.userName), parser.value(policyName)));
        }
        for (std::size_t i = 0; i < 2; ++i) {
            const PolicyFile &file = files->at(i);
            if (!PolicyFiles::requireValidJson(file))
                return ExitUsage;
            if (replaced) {
                principals[i] = withPolicyText(*user, *replaced, file.source.text());
                continue;
            }
            principals[i] = *user;
            PrincipalPolicy policy;
            policy.name = file.source.name();
            policy.file = file.path.toStdString();
            policy.source = std::make_shared<const PolicySource>(file.source);
            principals[i].policies.push_back(std::move(policy));
        }
    } else {
        for (std::size_t i = 0; i < 2; ++i) {
            std::optional<Principal> principal = PrincipalInput::readOne(files->at(i), true);
            if (!principal || !principalInput.complete(parser, *principal, identityOptions))
                return ExitUsage;
            principals[i] = std::move(*principal);
        }
    }
    const PolicyFile &before = files->at(0);
    const PolicyFile &after = files->at(1);
    const std::vector<CellChange> changes = comparePrincipals(principals[0], principals[1]);
    const std::vector<DiffHunk> hunks = textDiff(before.source.text(), after.source.text());
    const ComparisonFormatter formatter(changes, hunks, before.path, after.path);
    if (outputFormat == QLatin1String("json"))
        Console::out(formatter.json());
    else if (outputFormat == QLatin1String("markdown"))
        Console::out(formatter.markdown());
    else if (outputFormat == QLatin1String("csv"))
        Console::out(formatter.csv());
    else if (outputFormat == QLatin1String("html"))
        Console::out(formatter.html());
    else
        Console::out(formatter.text());
    return ExitSuccess;
}

} // namespace mfapolicy
