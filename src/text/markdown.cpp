#include "markdown.h"

namespace mfapolicy {

QString markdownEscaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>~|");
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (special.contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace mfapolicy
