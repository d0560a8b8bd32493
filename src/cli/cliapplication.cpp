#include "cliapplication.h"

#include "accountcommand.h"
#include "checkcommand.h"
#include "console.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "matrixcommand.h"
#include "migratecommand.h"
#include "scenariocommand.h"
#include "simulatecommand.h"
#include "translation.h"

namespace mfapolicy {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<SimulateCommand>());
    m_commands.push_back(std::make_unique<MatrixCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<MigrateCommand>());
    m_commands.push_back(std::make_unique<ScenarioCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<AccountCommand>());
}

CliApplication::~CliApplication() = default;

int CliApplication::run(QStringList arguments)
{
    // --lang works anywhere on the line and wins over LANG/LC_ALL; take it out before the
    // command's own parser sees the arguments.
    QString language = languageFromEnvironment();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument.startsWith(QLatin1String("--lang="))) {
            language = argument.mid(7);
            arguments.removeAt(i--);
        } else if (argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size())
                return Console::fail(tr("--lang needs a language: ja or en"));
            language = arguments.at(i + 1);
            arguments.remove(i, 2);
            --i;
        }
    }
    installTranslator(language);

    if (arguments.size() < 2) {
        Console::err(helpText());
        return ExitUsage;
    }
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        Console::out(helpText());
        return ExitSuccess;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        Console::out(QStringLiteral("mfa-policy %1\n").arg(QStringLiteral(MFAPOLICY_VERSION)));
        return ExitSuccess;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(arguments);
    }
    return Console::fail(tr("unknown command '%1'. Try 'mfa-policy --help'.").arg(first));
}

QString CliApplication::helpText() const
{
    QString text = tr("Usage: mfa-policy COMMAND [options]\n"
                      "\n"
                      "Check, explain and migrate AWS IAM policies that force MFA.\n"
                      "\n"
                      "Commands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -9).arg(command->summary());
    text += tr("\n"
               "Options for every command:\n"
               "  --lang ja|en   language of the output (default: from LC_ALL, LC_MESSAGES, LANG)\n"
               "  -h, --help     help for the command\n"
               "  --version      the program version\n"
               "\n"
               "Exit codes: 0 success; 1 findings at or above --fail-on (check) or a denied scenario step;\n"
               "2 usage or input error.\n"
               "\n"
               "Examples:\n"
               "  mfa-policy matrix force-mfa.json --device-name alice-phone\n"
               "  mfa-policy check policies/ --fail-on security --format sarif > findings.sarif\n"
               "  mfa-policy migrate force-mfa.json --diff\n"
               "  mfa-policy scenario force-mfa.json --user alice --account 123456789012 --device-name phone\n"
               "  mfa-policy export force-mfa.json --to terraform\n");
    return text;
}

} // namespace mfapolicy
