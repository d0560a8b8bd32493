#pragma once

#include "config-mfapolicy.h"
#include "editorcompletion.h"
#include "editorselections.h"

#include <QList>
#include <QPlainTextEdit>

#include <functional>
#include <memory>

class QCompleter;
class QLabel;

#if HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}
#endif

namespace mfapolicy {

class JsonHighlighter;

/// The policy text editor: JSON highlighting that follows the palette, line numbers, current
/// line, bracket matching, auto-indent, diagnostics at exact characters and action completion.
class PolicyEditor final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit PolicyEditor(QWidget *parent = nullptr);
    ~PolicyEditor() override;

    /// Replaces the text without an undo step and marks the document unmodified.
    void loadText(const QString &text);

    void setDiagnostics(const QList<EditorDiagnostic> &diagnostics);
    QList<EditorDiagnostic> diagnostics() const { return m_diagnostics; }
    /// Spans (UTF-16 positions) shown as the deciding statements of the selected cell.
    void setHighlightedRanges(const QList<std::pair<int, int>> &ranges);
    QList<std::pair<int, int>> highlightedRanges() const { return m_highlighted; }
    void setFindMatches(const QList<std::pair<int, int>> &matches);
    /// Both of the above in one pass over the extra selections (after each analysis).
    void setAnnotations(const QList<EditorDiagnostic> &diagnostics, const QList<std::pair<int, int>> &ranges);

    /// Completion source: for a cursor position, the candidates and the typed prefix they
    /// replace, or no candidates when completion does not apply there.
    using CompletionSource = EditorCompletion::Source;
    void setCompletionSource(CompletionSource source) { m_completion->setSource(std::move(source)); }
    QCompleter *completer() const { return m_completion->completer(); }

    /// Lays the whole text out as the AWS console does (four spaces, member order kept), or on one
    /// line, as one undo step. False, with the reason, when the text is not valid JSON.
    bool formatDocument(QString *error);
    bool compactDocument(QString *error);

    /// Changes the zoom of every editor (a setting, so it is remembered).
    static void zoomBy(int points);
    static void resetZoom();
    /// Presentation mode enlarges the text on top of the user's font and zoom.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    /// A file the user may not write: a notice over the text says so (edits stay possible, for Save As).
    void setFileWritable(bool writable);
    bool isFileWritable() const { return m_fileWritable; }
    QLabel *readOnlyNotice() const { return m_readOnlyNotice; }

    void goToLine(int line, int column = 1);
    void selectRange(int begin, int end);
    bool usesKSyntaxHighlighting() const;
    void setHighlightingEnabled(bool enabled);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

Q_SIGNALS:
    /// Local files dropped on the editor: they are opened, not pasted as text.
    void filesDropped(const QStringList &paths);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    bool event(QEvent *event) override;

private:
    void applyTheme();
    void applyEditorSettings();
    void placeReadOnlyNotice();
    bool relayout(bool indented, QString *error);
    void updateLineNumberArea(const QRect &rect, int dy);
    void updateExtraSelections();

    QWidget *m_lineNumberArea = nullptr;
#if HAVE_KSYNTAXHIGHLIGHTING
    // Owned by the document, like any QSyntaxHighlighter: deleting it from the editor's
    // destructor would make it edit a document whose editor is already half destroyed.
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
#endif
    JsonHighlighter *m_fallbackHighlighter = nullptr;
    QList<EditorDiagnostic> m_diagnostics;
    QList<std::pair<int, int>> m_highlighted;
    QList<std::pair<int, int>> m_findMatches;
    EditorCompletion *m_completion = nullptr;
    QColor m_currentLineColor;
    QColor m_lineNumberColor;
    QColor m_lineNumberBackground;
    QLabel *m_readOnlyNotice = nullptr;
    qreal m_fontScale = 1.0;
    bool m_fileWritable = true;
    bool m_applyingTheme = false;
};

} // namespace mfapolicy
