#include "htmlpage.h"

#include "matrixformatter.h"

namespace mfapolicy {

QString htmlPageStart(const QString &title, const QString &extraStyle)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
               .arg(MatrixFormatter::tr("en", "HTML lang attribute of exported documents"))
        + title.toHtmlEscaped()
        + QStringLiteral(
               "</title>\n<style>\n"
               "body { font-family: sans-serif; }\n"
               "table { border-collapse: collapse; }\n"
               "th, td { border: 1px solid #888; padding: 4px 8px; text-align: left; vertical-align: top; }\n")
        + extraStyle + QStringLiteral("</style>\n</head>\n<body>\n<h1>") + title.toHtmlEscaped()
        + QStringLiteral("</h1>\n");
}

QString htmlPageEnd()
{
    return QStringLiteral("</body>\n</html>\n");
}

} // namespace mfapolicy
