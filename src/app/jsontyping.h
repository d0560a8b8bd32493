#pragma once

#include <QChar>
#include <QString>

#include <vector>

class QTextCursor;

namespace mfapolicy {

/// What the policy editor knows about JSON while it is being typed, from the text alone (it is
/// often not valid JSON yet), and the edits that typing makes besides inserting the character.
class JsonTyping final
{
public:
    static constexpr int indentWidth = 4;

    /// JSON strings never span lines: which characters of a line are inside a string.
    static std::vector<bool> stringMask(const QString &line);
    /// Index of the quote that opens the string the column is inside, or -1 outside strings.
    static int openQuoteBefore(const QString &line, int column);
    static QChar matchingBracket(QChar c);
    /// The member name whose value (or an element of whose array value) starts at `position`;
    /// empty where a member name, not a value, would start.
    static QString memberOfValueAt(const QString &text, int position, int depthLimit = 4);

    /// Each returns false when it does not apply; otherwise it edited through `cursor` (one undo step).
    static void insertNewlineWithIndent(QTextCursor &cursor);
    static bool autoClose(QTextCursor &cursor, const QString &typed);
    static bool deleteEmptyPair(QTextCursor &cursor);
    static bool dedentClosingBracket(QTextCursor &cursor, const QString &typed);
};

} // namespace mfapolicy
