#include "jsonlayout.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace mfapolicy {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

// Calls `visit(index, significant)` for every character: significant are those that are not
// whitespace between tokens.
template<typename Visit> void scan(const QString &text, Visit visit)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            visit(i, true);
            if (c == QLatin1Char('\\') && i + 1 < text.size())
                visit(++i, true);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        visit(i, !isSpace(c));
    }
}

} // namespace

std::optional<QString> JsonLayout::apply(const QString &text, Style style, QString *error)
{
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(utf8.left(parseError.offset).count('\n')) + 1;
        if (error)
            *error = tr("The text is not valid JSON (line %1: %2). Correct it first; the layout is left as it is.")
                         .arg(line)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    // Significant characters only, then whitespace put back where the style wants it.
    QString tokens;
    tokens.reserve(text.size());
    scan(text, [&](qsizetype i, bool significant) {
        if (significant)
            tokens.append(text.at(i));
    });
    if (style == Style::OneLine)
        return tokens + (text.endsWith(QLatin1Char('\n')) ? QStringLiteral("\n") : QString());

    QString out;
    out.reserve(tokens.size() * 2);
    int depth = 0;
    auto newline = [&] { out += QLatin1Char('\n') + QString(depth * 4, QLatin1Char(' ')); };
    bool inString = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QChar c = tokens.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < tokens.size())
                out += tokens.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            inString = true;
            out += c;
            break;
        case '{':
        case '[': {
            const QChar close = c == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
            out += c;
            if (i + 1 < tokens.size() && tokens.at(i + 1) == close) {
                out += close; // an empty container stays on its line
                ++i;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case '}':
        case ']':
            --depth;
            newline();
            out += c;
            break;
        case ',':
            out += c;
            newline();
            break;
        case ':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
        }
    }
    return out + QLatin1Char('\n');
}

int JsonLayout::mapPosition(const QString &from, const QString &to, int position)
{
    int count = 0;
    scan(from, [&](qsizetype i, bool significant) {
        if (significant && i < position)
            ++count;
    });
    int result = int(to.size());
    int seen = 0;
    bool found = false;
    scan(to, [&](qsizetype i, bool significant) {
        if (found || !significant)
            return;
        if (seen == count) {
            result = int(i);
            found = true;
        }
        ++seen;
    });
    return result;
}

} // namespace mfapolicy
