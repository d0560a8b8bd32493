#pragma once

#include <QColor>
#include <QList>
#include <QTextEdit>

class QPlainTextEdit;
class QTextDocument;

namespace mfapolicy {

/// A span of the editor's text with a message, underlined like a spelling error.
struct EditorDiagnostic {
    enum class Level { Error, Security, Warning, Suggestion };
    int begin = 0;
    int end = 0; ///< exclusive; an empty span underlines one character
    Level level = Level::Error;
    QString message;
};

/// What the policy editor marks in its text, as extra selections: the current line, the deciding
/// statements of the selected cell, find matches, the matching bracket and the diagnostics.
class EditorSelections final
{
public:
    struct Marks {
        QColor currentLine;
        QList<std::pair<int, int>> highlighted;
        QList<std::pair<int, int>> findMatches;
        QList<EditorDiagnostic> diagnostics;
    };

    static QList<QTextEdit::ExtraSelection> build(const QPlainTextEdit &editor, const Marks &marks);
    /// Diagnostics over several lines narrowed to the member name that carries them.
    static QList<EditorDiagnostic> narrowed(const QTextDocument &document, QList<EditorDiagnostic> diagnostics);
    /// The messages of the diagnostics at a position (for the tooltip).
    static QStringList messagesAt(const QList<EditorDiagnostic> &diagnostics, int position);

private:
    static QList<QTextEdit::ExtraSelection> bracketSelections(const QPlainTextEdit &editor);
};

} // namespace mfapolicy
