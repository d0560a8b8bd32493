#include "command.h"

#include "console.h"

#include <QCoreApplication>

namespace mfapolicy {

namespace {

struct CommandTexts {
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::Command)
};

} // namespace

int Command::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
                   const QString &examples) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandTexts::tr("Show this help and exit."));
    parser.addOption(help);
    // The program name is followed by the command; QCommandLineParser expects only the program.
    QStringList forParser = arguments;
    if (forParser.size() > 1)
        forParser[0] = forParser.at(0) + QLatin1Char(' ') + forParser.takeAt(1);
    if (!parser.parse(forParser)) {
        Console::err(
            CommandTexts::tr("mfa-policy %1: %2\nTry 'mfa-policy %1 --help'.\n").arg(name(), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt's usage line names the executable's full path; ours names the command.
        QString text = parser.helpText();
        text = CommandTexts::tr("Usage: mfa-policy %1 %2").arg(name(), synopsis)
            + text.mid(text.indexOf(QLatin1Char('\n')));
        if (!examples.isEmpty())
            text += QLatin1Char('\n') + CommandTexts::tr("Examples:") + QLatin1Char('\n') + examples;
        Console::out(text);
        return ExitSuccess;
    }
    return -1;
}

} // namespace mfapolicy
