#include "jsontyping.h"

#include <QTextBlock>
#include <QTextCursor>

namespace mfapolicy {

namespace {

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QChar::ParagraphSeparator;
}

int skipSpaceBack(const QString &text, int i)
{
    while (i >= 0 && isSpace(text.at(i)))
        --i;
    return i;
}

// The quote that opens the string whose closing quote is at `close`, or -1.
int openingQuote(const QString &text, int close)
{
    for (int i = close - 1; i >= 0; --i) {
        if (text.at(i) != QLatin1Char('"'))
            continue;
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && text.at(j) == QLatin1Char('\\'); --j)
            ++backslashes;
        if (backslashes % 2 == 0)
            return i;
    }
    return -1;
}

} // namespace

// JSON strings never span lines: a mask of which characters of a line are inside a string.
std::vector<bool> JsonTyping::stringMask(const QString &line)
{
    std::vector<bool> mask(std::size_t(line.size()), false);
    bool inString = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (inString) {
            mask[std::size_t(i)] = true;
            if (c == QLatin1Char('\\')) {
                if (i + 1 < line.size())
                    mask[std::size_t(++i)] = true;
            } else if (c == QLatin1Char('"'))
                inString = false;
        } else if (c == QLatin1Char('"')) {
            inString = true;
            mask[std::size_t(i)] = true;
        }
    }
    return mask;
}

// Index of the quote that opens the string the column is inside, or -1 outside strings.
int JsonTyping::openQuoteBefore(const QString &line, int column)
{
    int open = -1;
    for (int i = 0; i < column && i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (open >= 0 && c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('"'))
            open = open >= 0 ? -1 : i;
    }
    return open;
}

QChar JsonTyping::matchingBracket(QChar c)
{
    switch (c.unicode()) {
    case '{':
        return QLatin1Char('}');
    case '[':
        return QLatin1Char(']');
    case '}':
        return QLatin1Char('{');
    case ']':
        return QLatin1Char('[');
    }
    return {};
}

// The member name whose value (or element of whose array value) starts at `position`, read from
// the text alone, so that it works while the string being typed is still open and the JSON invalid.
// Empty where a member name, not a value, would start.
QString JsonTyping::memberOfValueAt(const QString &text, int position, int depthLimit)
{
    int i = skipSpaceBack(text, position - 1);
    if (i < 0 || depthLimit == 0)
        return {};
    if (text.at(i) == QLatin1Char(':')) {
        i = skipSpaceBack(text, i - 1);
        const int open = i >= 0 && text.at(i) == QLatin1Char('"') ? openingQuote(text, i) : -1;
        return open < 0 ? QString() : text.mid(open + 1, i - open - 1);
    }
    if (text.at(i) == QLatin1Char(',')) {
        int depth = 0;
        for (--i; i >= 0; --i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                i = openingQuote(text, i);
                if (i < 0)
                    return {};
            } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
                ++depth;
            } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
                if (depth == 0)
                    break;
                --depth;
            }
        }
    }
    if (i >= 0 && text.at(i) == QLatin1Char('['))
        return memberOfValueAt(text, i, depthLimit - 1);
    return {};
}

// Enter keeps the current indentation, adds a level after an opening bracket, and puts a
// closing bracket that follows the cursor on its own line.
void JsonTyping::insertNewlineWithIndent(QTextCursor &c)
{
    const QString line = c.block().text();
    const int column = c.positionInBlock();
    QString indent;
    for (QChar ch : line) {
        if (ch != QLatin1Char(' ') && ch != QLatin1Char('\t'))
            break;
        indent += ch;
    }
    const QString before = line.left(column).trimmed();
    const QString after = line.mid(column).trimmed();
    const bool opens = before.endsWith(QLatin1Char('{')) || before.endsWith(QLatin1Char('['));
    const bool closes = after.startsWith(QLatin1Char('}')) || after.startsWith(QLatin1Char(']'));
    c.beginEditBlock();
    c.removeSelectedText();
    // Trailing spaces before the cursor and leading spaces after it do not survive the split.
    while (c.positionInBlock() > 0 && c.block().text().at(c.positionInBlock() - 1) == QLatin1Char(' '))
        c.deletePreviousChar();
    while (c.positionInBlock() < c.block().text().size()
           && c.block().text().at(c.positionInBlock()) == QLatin1Char(' '))
        c.deleteChar();
    const QString inner = opens ? indent + QString(indentWidth, QLatin1Char(' ')) : indent;
    c.insertText(QLatin1Char('\n') + inner);
    if (opens && closes) {
        const int keep = c.position();
        c.insertText(QLatin1Char('\n') + indent);
        c.setPosition(keep);
    }
    c.endEditBlock();
}

// Quotes and brackets come in pairs: typing the opening one writes both, typing the closing one
// before an identical character steps over it.
bool JsonTyping::autoClose(QTextCursor &c, const QString &typed)
{
    if (typed.size() != 1 || c.hasSelection())
        return false;
    const QChar ch = typed.at(0);
    const QString line = c.block().text();
    const int column = c.positionInBlock();
    const bool inString = openQuoteBefore(line, column) >= 0;
    const QChar next = column < line.size() ? line.at(column) : QChar();
    const bool closesHere = next == ch
        && (ch == QLatin1Char('"') ? inString : !inString && (ch == QLatin1Char('}') || ch == QLatin1Char(']')));
    if (closesHere) {
        c.movePosition(QTextCursor::Right);
        return true;
    }
    if (inString || (ch != QLatin1Char('"') && ch != QLatin1Char('{') && ch != QLatin1Char('[')))
        return false;
    // Only where nothing would be swallowed into the new pair.
    if (!next.isNull() && !next.isSpace() && QStringLiteral(",:}]").indexOf(next) < 0)
        return false;
    const QChar close = ch == QLatin1Char('"') ? ch : matchingBracket(ch);
    c.beginEditBlock();
    c.insertText(QString(ch) + close);
    c.endEditBlock();
    c.movePosition(QTextCursor::Left);
    return true;
}

// Backspace between a pair that auto-close wrote removes both.
bool JsonTyping::deleteEmptyPair(QTextCursor &c)
{
    if (c.hasSelection())
        return false;
    const QString line = c.block().text();
    const int column = c.positionInBlock();
    if (column == 0 || column >= line.size())
        return false;
    const QChar before = line.at(column - 1);
    const QChar after = line.at(column);
    const bool pair = (before == QLatin1Char('"') && after == before && openQuoteBefore(line, column) >= 0)
        || ((before == QLatin1Char('{') || before == QLatin1Char('[')) && after == matchingBracket(before)
            && openQuoteBefore(line, column) < 0);
    if (!pair)
        return false;
    c.beginEditBlock();
    c.deletePreviousChar();
    c.deleteChar();
    c.endEditBlock();
    return true;
}

bool JsonTyping::dedentClosingBracket(QTextCursor &c, const QString &typed)
{
    if (typed != QLatin1String("}") && typed != QLatin1String("]"))
        return false;
    const QString before = c.block().text().left(c.positionInBlock());
    if (before.isEmpty() || !before.trimmed().isEmpty() || before.size() < indentWidth)
        return false;
    c.beginEditBlock();
    for (int i = 0; i < indentWidth; ++i)
        c.deletePreviousChar();
    c.insertText(typed);
    c.endEditBlock();
    return true;
}

} // namespace mfapolicy
