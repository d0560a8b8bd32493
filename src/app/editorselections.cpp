#include "editorselections.h"

#include "jsontyping.h"

#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBlock>

namespace mfapolicy {

namespace {
QColor diagnosticColor(EditorDiagnostic::Level level)
{
    switch (level) {
    case EditorDiagnostic::Level::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case EditorDiagnostic::Level::Security:
        return QColor(0xe6, 0x51, 0x00);
    case EditorDiagnostic::Level::Warning:
        return QColor(0xc7, 0x9a, 0x00);
    case EditorDiagnostic::Level::Suggestion:
        return QColor(0x19, 0x76, 0xd2);
    }
    return Qt::red;
}

} // namespace

// A finding about something missing is about a whole member (the Statement array, a statement):
// underlining all of it would mark most of the document. Its member name carries the underline
// instead, or the opening bracket where the value has no name.
QList<EditorDiagnostic> EditorSelections::narrowed(const QTextDocument &document, QList<EditorDiagnostic> diagnostics)
{
    for (EditorDiagnostic &d : diagnostics) {
        const QTextBlock first = document.findBlock(d.begin);
        if (!first.isValid() || d.end <= first.position() + first.length())
            continue;
        const QString before = first.text().left(d.begin - first.position());
        static const QRegularExpression memberName(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:\\s*$"));
        const QRegularExpressionMatch match = memberName.match(before);
        if (match.hasMatch()) {
            d.begin = first.position() + int(match.capturedStart(1));
            d.end = first.position() + int(match.capturedEnd(1));
        } else {
            d.end = d.begin + 1;
        }
    }
    return diagnostics;
}

QList<QTextEdit::ExtraSelection> EditorSelections::build(const QPlainTextEdit &editor, const Marks &marks)
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    line.format.setBackground(marks.currentLine);
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = editor.textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    const int length = editor.document()->characterCount() - 1;
    auto spanCursor = [&editor, length](int begin, int end) {
        QTextCursor c(editor.document());
        begin = std::clamp(begin, 0, std::max(0, length));
        end = std::clamp(std::max(end, begin + 1), 0, std::max(0, length));
        c.setPosition(begin);
        c.setPosition(std::max(begin, end), QTextCursor::KeepAnchor);
        return c;
    };

    QColor statementColor = editor.palette().color(QPalette::Highlight);
    statementColor.setAlpha(60);
    for (const auto &[begin, end] : marks.highlighted) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(statementColor);
        s.cursor = spanCursor(begin, end);
        selections.append(s);
    }
    for (const auto &[begin, end] : marks.findMatches) {
        QTextEdit::ExtraSelection s;
        s.format.setBackground(QColor(0xff, 0xd5, 0x4f, 150));
        s.cursor = spanCursor(begin, end);
        selections.append(s);
    }
    selections.append(bracketSelections(editor));
    for (const EditorDiagnostic &d : marks.diagnostics) {
        QTextEdit::ExtraSelection s;
        s.format.setUnderlineStyle(d.level == EditorDiagnostic::Level::Suggestion ? QTextCharFormat::DotLine
                                                                                  : QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(diagnosticColor(d.level));
        s.format.setToolTip(d.message);
        s.cursor = spanCursor(d.begin, d.end);
        selections.append(s);
    }
    return selections;
}

QList<QTextEdit::ExtraSelection> EditorSelections::bracketSelections(const QPlainTextEdit &editor)
{
    const QTextCursor cursor = editor.textCursor();
    const QTextBlock block = cursor.block();
    const QString text = block.text();
    const int column = cursor.positionInBlock();
    const std::vector<bool> mask = JsonTyping::stringMask(text);
    int at = -1;
    for (int candidate : {column, column - 1}) {
        if (candidate >= 0 && candidate < text.size() && !mask[std::size_t(candidate)]
            && !JsonTyping::matchingBracket(text.at(candidate)).isNull()) {
            at = candidate;
            break;
        }
    }
    if (at < 0)
        return {};
    const QChar open = text.at(at);
    const QChar close = JsonTyping::matchingBracket(open);
    const bool forward = open == QLatin1Char('{') || open == QLatin1Char('[');
    int depth = 0;
    int found = -1;
    QTextBlock b = block;
    int start = at;
    // Bounded so that a bracket in a huge unbalanced file cannot stall typing.
    for (int lines = 0; b.isValid() && found < 0 && lines < 5000; ++lines) {
        const QString t = b.text();
        const std::vector<bool> m = JsonTyping::stringMask(t);
        const int first = b == block ? start : (forward ? 0 : int(t.size()) - 1);
        for (int i = first; forward ? i < t.size() : i >= 0; i += forward ? 1 : -1) {
            if (m[std::size_t(i)])
                continue;
            if (t.at(i) == open)
                ++depth;
            else if (t.at(i) == close && --depth == 0) {
                found = b.position() + i;
                break;
            }
        }
        b = forward ? b.next() : b.previous();
    }
    QList<QTextEdit::ExtraSelection> result;
    QTextCharFormat format;
    if (found >= 0) {
        QColor color = editor.palette().color(QPalette::Highlight);
        color.setAlpha(90);
        format.setBackground(color);
        format.setFontWeight(QFont::Bold);
    } else {
        format.setBackground(QColor(0xd3, 0x2f, 0x2f, 90));
    }
    for (int pos : {block.position() + at, found}) {
        if (pos < 0)
            continue;
        QTextEdit::ExtraSelection s;
        s.format = format;
        s.cursor = QTextCursor(editor.document());
        s.cursor.setPosition(pos);
        s.cursor.setPosition(pos + 1, QTextCursor::KeepAnchor);
        result.append(s);
    }
    return result;
}

QStringList EditorSelections::messagesAt(const QList<EditorDiagnostic> &diagnostics, int position)
{
    QStringList messages;
    for (const EditorDiagnostic &d : diagnostics) {
        if (position >= d.begin && position <= std::max(d.end, d.begin + 1))
            messages.append(d.message);
    }
    return messages;
}

} // namespace mfapolicy
