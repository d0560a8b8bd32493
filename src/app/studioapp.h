#pragma once

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
    /// Loads the studio's translation for `language` ("ja", "en"); false when none is installed.
    static bool loadTranslation(const QString &language);
};

} // namespace mfapolicy
