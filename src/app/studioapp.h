#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSize>
#include <QString>
#include <QStringList>

namespace mfapolicy {

class MainWindow;

/// Start-up of the studio: command line, translations, the window, and the offscreen
/// screenshot mode used for documentation and tests.
class StudioApp final
{
public:
    static int run(int argc, char **argv);

    /// Lays the window out at `size`, waits for the analysis and writes a picture of it.
    static bool screenshot(MainWindow &window, const QString &out, const QSize &size);
    /// Switches the running studio to `language` ("ja", "en"; empty follows the system): the
    /// studio's and Qt's translations and the number format. Open windows retranslate on the
    /// LanguageChange event. False when no translation for the language is installed.
    static bool loadTranslation(const QString &language);
    /// The language of the system's locale settings as a two-letter code.
    static QString systemLanguage();

private:
    struct Options {
        QCommandLineOption screenshot;
        QCommandLineOption size;
        QCommandLineOption lang;
    };
    static Options addOptions(QCommandLineParser &parser);
    [[noreturn]] static void printHelp(int argc, char **argv);
};

} // namespace mfapolicy
