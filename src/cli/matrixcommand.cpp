#include "matrixcommand.h"

#include "console.h"
#include "identityoptions.h"
#include "matrixformatter.h"
#include "policyfiles.h"

namespace mfapolicy {

QString MatrixCommand::summary() const
{
    return tr("Show what the policies allow with MFA, without MFA and with long-term access keys");
}

int MatrixCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const IdentityOptions identityOptions;
    identityOptions.addTo(parser);
    const QCommandLineOption format(QStringLiteral("format"), tr("text, json, csv, markdown or html."), tr("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("POLICY"),
                                 tr("Policy files attached to the user (- for standard input)."),
                                 QStringLiteral("POLICY..."));
    const QString examples = tr("  mfa-policy matrix force-mfa.json\n"
                                "  mfa-policy matrix force-mfa.json --user carol --device-name carol-yubikey\n"
                                "  mfa-policy matrix group-policy.json user-policy.json --format csv > matrix.csv\n");
    if (const int exit = parse(parser, arguments, tr("POLICY... [options]"), examples); exit >= 0)
        return exit;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return Console::fail(tr("give at least one policy file"));
    const QString outputFormat = parser.value(format);
    static const QStringList formats {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"),
                                      QStringLiteral("markdown"), QStringLiteral("html")};
    if (!formats.contains(outputFormat))
        return Console::fail(tr("unknown --format %1 (%2)").arg(outputFormat, formats.join(QStringLiteral(", "))));
    SimulationIdentity identity;
    QString error;
    if (!identityOptions.read(parser, identity, error))
        return Console::fail(error);

    std::optional<std::vector<PolicyFile>> files = PolicyFiles::readAll(paths);
    if (!files)
        return ExitUsage;
    for (const PolicyFile &file : *files) {
        if (!PolicyFiles::requireValidJson(file))
            return ExitUsage;
    }
    const std::vector<const Policy *> policies = PolicyFiles::policies(*files);
    const DecisionMatrix matrix = computeMatrix(std::span<const Policy *const>(policies), identity);
    QStringList names;
    for (const PolicyFile &file : *files)
        names << QString::fromStdString(file.source.name());
    const MatrixFormatter formatter(matrix, policies, names.join(QStringLiteral(", ")));
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
