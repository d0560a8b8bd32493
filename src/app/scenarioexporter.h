#pragma once

#include "scenariopage.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

class ScenarioFormatter;

/// Writes an enrollment scenario as a handout: the formatter's HTML page as a PNG picture or a
/// PDF, or the page itself, or its Markdown. Files are replaced only once written completely.
class ScenarioExporter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ScenarioExporter)

public:
    using Format = ScenarioPage::ExportFormat;

    /// False with `error` set (naming the file) when it cannot be written.
    static bool write(Format format, const ScenarioFormatter &formatter, const QString &path, QString *error);
    /// The menu entry of a format, e.g. "PNG picture…".
    static QString menuText(Format format);
    /// The file dialog's filter of a format, e.g. "PNG pictures (*.png)".
    static QString fileFilter(Format format);
    /// The file name suffix of a format, without the dot.
    static QString suffix(Format format);
};

} // namespace mfapolicy
