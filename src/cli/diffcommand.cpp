#include "diffcommand.h"

#include "comparisonformatter.h"
#include "console.h"
#include "identityoptions.h"
#include "policyfiles.h"
#include "principalinput.h"

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
    const PrincipalInput principalInput(false);
    principalInput.addTo(parser);
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
             "--aws-managed, --boundary, --scp and --context apply to both sides: the cells compared are the "
             "user's, with OLD and then NEW among its policies.\n");
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
    std::array<Principal, 2> principals;
    for (std::size_t i = 0; i < 2; ++i) {
        std::optional<Principal> principal = PrincipalInput::readOne(files->at(i), true);
        if (!principal || !principalInput.complete(parser, *principal, identityOptions))
            return ExitUsage;
        principals[i] = std::move(*principal);
    }
    const PolicyFile &before = files->at(0);
    const PolicyFile &after = files->at(1);
    const std::vector<CellChange> changes = compareMatrices(computeMatrix(principals[0]), computeMatrix(principals[1]));
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
