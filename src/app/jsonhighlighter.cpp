#include "jsonhighlighter.h"

#include "studiopalette.h"

namespace mfapolicy {

JsonHighlighter::JsonHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    setDark(false);
}

void JsonHighlighter::setDark(bool dark)
{
    const JsonColors colors = StudioPalette::json(dark ? StudioPalette::Scheme::Dark : StudioPalette::Scheme::Light);
    m_key.setForeground(colors.key);
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(colors.string);
    m_number.setForeground(colors.number);
    m_literal.setForeground(colors.literal);
    m_punctuation.setForeground(colors.punctuation);
    m_comment.setForeground(colors.comment);
    m_comment.setFontItalic(true);
    rehighlight();
}

// JSON strings cannot span lines, so each block is tokenised on its own.
void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && text.at(end) != QLatin1Char('"'))
                end += text.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = std::min(end + 1, n);
            qsizetype next = end;
            while (next < n && text.at(next).isSpace())
                ++next;
            const bool isKey = next < n && text.at(next) == QLatin1Char(':');
            setFormat(int(i), int(end - i), isKey ? m_key : m_string);
            i = end;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype end = i + 1;
            while (end < n && (text.at(end).isDigit() || QStringView(u".eE+-").contains(text.at(end))))
                ++end;
            setFormat(int(i), int(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(end - i), m_literal);
            i = end;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('/')) {
            // IAM rejects comments; showing them as comments still helps reading pasted text.
            setFormat(int(i), int(n - i), m_comment);
            i = n;
        } else {
            if (QStringView(u"{}[]:,").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace mfapolicy
