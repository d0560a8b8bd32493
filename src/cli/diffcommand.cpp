#include "diffcommand.h"

#include "comparisonformatter.h"
#include "console.h"
#include "identityoptions.h"
#include "policyfiles.h"

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
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json, markdown, csv or html."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The policy before."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The policy after."));
    const QString examples = tr("  mfa-policy diff force-mfa.json force-mfa.migrated.json\n"
                                "  mfa-policy migrate force-mfa.json -o new.json && mfa-policy diff force-mfa.json "
                                "new.json --format markdown\n");
    if (const int exit = parse(parser, arguments, tr("OLD NEW [options]"), examples); exit >= 0)
        return exit;
    if (parser.positionalArguments().size() != 2)
        return Console::fail(tr("give exactly two policy files: OLD and NEW"));
    const QString outputFormat = parser.value(format);
    const QStringList formats {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                               QStringLiteral("csv"), QStringLiteral("html")};
    if (!formats.contains(outputFormat))
        return Console::fail(tr("unknown --format %1 (text, json, markdown, csv or html)").arg(outputFormat));
    SimulationIdentity identity;
    QString error;
    if (!identityOptions.read(parser, identity, error))
        return Console::fail(error);

    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(parser.positionalArguments());
    if (!files)
        return ExitUsage;
    for (const PolicyFile &file : *files) {
        if (!PolicyFiles::requireValidJson(file))
            return ExitUsage;
    }
    const PolicyFile &before = files->at(0);
    const PolicyFile &after = files->at(1);
    const std::vector<CellChange> changes = compareMatrices(computeMatrix(before.source.policy(), identity),
                                                            computeMatrix(after.source.policy(), identity));
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
