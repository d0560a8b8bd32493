#include "policyeditor.h"

#include "editorcompletion.h"
#include "jsonhighlighter.h"
#include "jsonlayout.h"
#include "jsontyping.h"
#include "settings.h"
#include "studiopalette.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>
#include <QWheelEvent>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace mfapolicy {

namespace {

constexpr int indentWidth = JsonTyping::indentWidth;
// Past this size the highlighter would re-colour every line on each load; plain text keeps
// the editor responsive and no IAM policy comes close to it.
constexpr int highlightLimit = 512 * 1024;

#if HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

// Every colour a theme gives JSON reads on its background at 4.5:1, the contrast WCAG asks of text.
bool readableForJson(const KSyntaxHighlighting::Theme &theme)
{
    using KSyntaxHighlighting::Theme;
    const KSyntaxHighlighting::Definition json = repository().definitionForName(QStringLiteral("JSON"));
    const QColor background = QColor::fromRgb(theme.editorColor(Theme::BackgroundColor));
    const QColor normal = QColor::fromRgb(theme.textColor(Theme::Normal));
    for (const KSyntaxHighlighting::Format &format : json.formats()) {
        const QColor text = format.hasTextColor(theme) ? format.textColor(theme) : normal;
        if (StudioPalette::contrastRatio(text, background) < 4.5)
            return false;
    }
    return true;
}

// The theme KSyntaxHighlighting picks for the palette, unless a JSON colour of it is hard to read
// (Breeze Dark draws braces in a purple of 2.4:1 on its background): then the first theme of the
// same kind, dark or light, that reads well; the picked one when none does.
KSyntaxHighlighting::Theme readableTheme(const QPalette &palette)
{
    using KSyntaxHighlighting::Theme;
    const Theme preferred = repository().themeForPalette(palette);
    if (readableForJson(preferred))
        return preferred;
    const auto isDark = [](const Theme &theme) {
        return QColor::fromRgb(theme.editorColor(Theme::BackgroundColor)).lightness() < 128;
    };
    for (const Theme &theme : repository().themes()) {
        if (isDark(theme) == isDark(preferred) && readableForJson(theme))
            return theme;
    }
    return preferred;
}
#endif

class LineNumberArea final : public QWidget
{
public:
    explicit LineNumberArea(PolicyEditor *editor) : QWidget(editor), m_editor(editor) { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    PolicyEditor *m_editor;
};

} // namespace

PolicyEditor::PolicyEditor(QWidget *parent) : QPlainTextEdit(parent), m_lineNumberArea(new LineNumberArea(this))
{
    setObjectName(QStringLiteral("policyEditor"));
#if HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(repository().definitionForName(QStringLiteral("JSON")));
#else
    m_fallbackHighlighter = new JsonHighlighter(document());
#endif
    m_completion = new EditorCompletion(this);

    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &PolicyEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &PolicyEditor::updateExtraSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    applyTheme();
    applyEditorSettings();
    connect(&Settings::instance(), &Settings::editorFontChanged, this, &PolicyEditor::applyEditorSettings);
}

// Font, zoom and word wrap are settings shared by every editor.
void PolicyEditor::applyEditorSettings()
{
    const Settings &settings = Settings::instance();
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!settings.editorFont().isEmpty())
        f.fromString(settings.editorFont());
    const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 10;
    f.setPointSizeF(std::max<qreal>(4, (base + settings.editorZoom()) * m_fontScale));
    setFont(f);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * indentWidth);
    setLineWrapMode(settings.wordWrap() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect r = contentsRect();
    m_lineNumberArea->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
}

void PolicyEditor::setFileWritable(bool writable)
{
    m_fileWritable = writable;
    if (writable) {
        delete m_readOnlyNotice;
        m_readOnlyNotice = nullptr;
        return;
    }
    if (!m_readOnlyNotice) {
        m_readOnlyNotice = new QLabel(this);
        m_readOnlyNotice->setObjectName(QStringLiteral("readOnlyNotice"));
        m_readOnlyNotice->setAutoFillBackground(true);
        m_readOnlyNotice->setBackgroundRole(QPalette::ToolTipBase);
        m_readOnlyNotice->setForegroundRole(QPalette::ToolTipText);
        m_readOnlyNotice->setMargin(4);
        m_readOnlyNotice->setFrameShape(QFrame::Box);
    }
    m_readOnlyNotice->setText(tr("Read-only file: you can edit, and save the changes with Save As."));
    m_readOnlyNotice->adjustSize();
    placeReadOnlyNotice();
    m_readOnlyNotice->show();
}

void PolicyEditor::placeReadOnlyNotice()
{
    if (!m_readOnlyNotice)
        return;
    const QRect area = viewport()->geometry();
    m_readOnlyNotice->move(area.right() - m_readOnlyNotice->width() - 4, area.top() + 4);
}

void PolicyEditor::setFontScale(qreal scale)
{
    m_fontScale = scale;
    applyEditorSettings();
}

void PolicyEditor::zoomBy(int points)
{
    Settings::instance().setEditorZoom(std::clamp(Settings::instance().editorZoom() + points, -6, 30));
}

void PolicyEditor::resetZoom()
{
    Settings::instance().setEditorZoom(0);
}

void PolicyEditor::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            zoomBy(steps);
        event->accept();
        return;
    }
    QPlainTextEdit::wheelEvent(event);
}

bool PolicyEditor::formatDocument(QString *error)
{
    return relayout(true, error);
}

bool PolicyEditor::compactDocument(QString *error)
{
    return relayout(false, error);
}

bool PolicyEditor::relayout(bool indented, QString *error)
{
    const QString text = toPlainText();
    const std::optional<QString> laidOut
        = JsonLayout::apply(text, indented ? JsonLayout::Style::Indented : JsonLayout::Style::OneLine, error);
    if (!laidOut)
        return false;
    if (*laidOut == text)
        return true;
    const int position = JsonLayout::mapPosition(text, *laidOut, textCursor().position());
    QTextCursor c(document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.insertText(*laidOut);
    c.endEditBlock();
    c.setPosition(std::min(position, document()->characterCount() - 1));
    setTextCursor(c);
    ensureCursorVisible();
    return true;
}

PolicyEditor::~PolicyEditor() = default;

bool PolicyEditor::usesKSyntaxHighlighting() const
{
    return HAVE_KSYNTAXHIGHLIGHTING;
}

void PolicyEditor::setHighlightingEnabled(bool enabled)
{
#if HAVE_KSYNTAXHIGHLIGHTING
    m_highlighter->setDocument(enabled ? document() : nullptr);
#else
    m_fallbackHighlighter->setDocument(enabled ? document() : nullptr);
#endif
}

void PolicyEditor::loadText(const QString &text)
{
    setHighlightingEnabled(text.size() <= highlightLimit);
    // Loading is not an edit the user could want to undo.
    document()->setUndoRedoEnabled(false);
    setPlainText(text);
    document()->setUndoRedoEnabled(true);
    document()->setModified(false);
}

// The editor takes its colours from the highlighting theme, and the theme from the palette,
// so a dark desktop gives a dark editor. Re-run on every palette change.
void PolicyEditor::applyTheme()
{
    if (m_applyingTheme)
        return;
    m_applyingTheme = true;
    // The editor's own palette is the theme's; the desktop's is the one around it.
    const QPalette desktop = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    const bool dark = desktop.color(QPalette::Base).lightness() < 128;
#if HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Theme theme = readableTheme(desktop);
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
    QPalette pal = palette();
    pal.setColor(QPalette::Base, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    pal.setColor(QPalette::Text, QColor::fromRgb(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    pal.setColor(QPalette::Highlight, QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    setPalette(pal);
    m_currentLineColor = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine));
    m_lineNumberColor = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
    m_lineNumberBackground = QColor::fromRgb(theme.editorColor(KSyntaxHighlighting::Theme::IconBorder));
#else
    m_fallbackHighlighter->setDark(dark);
    const QColor base = desktop.color(QPalette::Base);
    m_currentLineColor = dark ? base.lighter(130) : base.darker(106);
    m_lineNumberColor = desktop.color(QPalette::PlaceholderText);
    m_lineNumberBackground = dark ? base.lighter(115) : base.darker(103);
#endif
    Q_UNUSED(dark)
    m_applyingTheme = false;
    updateExtraSelections();
}

void PolicyEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange && m_readOnlyNotice)
        setFileWritable(false);
}

int PolicyEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void PolicyEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumberArea->scroll(0, dy);
    else
        m_lineNumberArea->update(0, rect.y(), m_lineNumberArea->width(), rect.height());
}

void PolicyEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_lineNumberArea->setGeometry(QRect(r.left(), r.top(), lineNumberAreaWidth(), r.height()));
    placeReadOnlyNotice();
}

void PolicyEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumberArea);
    painter.fillRect(event->rect(), m_lineNumberBackground);
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int currentBlock = textCursor().blockNumber();
    const int width = m_lineNumberArea->width() - 5;
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top()) {
            QFont f = font();
            f.setBold(block.blockNumber() == currentBlock);
            painter.setFont(f);
            painter.setPen(block.blockNumber() == currentBlock ? palette().color(QPalette::Text) : m_lineNumberColor);
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
        block = block.next();
        top += height;
    }
}

void PolicyEditor::setDiagnostics(const QList<EditorDiagnostic> &diagnostics)
{
    m_diagnostics = EditorSelections::narrowed(*document(), diagnostics);
    updateExtraSelections();
}

void PolicyEditor::updateExtraSelections()
{
    setExtraSelections(
        EditorSelections::build(*this, {m_currentLineColor, m_highlighted, m_findMatches, m_diagnostics}));
    m_lineNumberArea->update();
}

void PolicyEditor::setHighlightedRanges(const QList<std::pair<int, int>> &ranges)
{
    m_highlighted = ranges;
    updateExtraSelections();
}

void PolicyEditor::setAnnotations(const QList<EditorDiagnostic> &diagnostics, const QList<std::pair<int, int>> &ranges)
{
    m_diagnostics = EditorSelections::narrowed(*document(), diagnostics);
    m_highlighted = ranges;
    updateExtraSelections();
}

void PolicyEditor::setFindMatches(const QList<std::pair<int, int>> &matches)
{
    m_findMatches = matches;
    updateExtraSelections();
}

bool PolicyEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void PolicyEditor::insertFromMimeData(const QMimeData *source)
{
    QStringList files;
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile())
                files.append(url.toLocalFile());
        }
    }
    if (!files.isEmpty()) {
        Q_EMIT filesDropped(files);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void PolicyEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line - 1, 0, blockCount() - 1));
    QTextCursor c(block);
    c.setPosition(block.position() + std::clamp(column - 1, 0, block.length() - 1));
    setTextCursor(c);
    centerCursor();
    setFocus();
}

void PolicyEditor::selectRange(int begin, int end)
{
    QTextCursor c(document());
    c.setPosition(std::clamp(begin, 0, document()->characterCount() - 1));
    c.setPosition(std::clamp(end, 0, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

bool PolicyEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint pos = viewport()->mapFromGlobal(help->globalPos());
        const int position = cursorForPosition(pos).position();
        const QStringList messages = EditorSelections::messagesAt(m_diagnostics, position);
        if (messages.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), messages.join(QLatin1Char('\n')), this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void PolicyEditor::keyPressEvent(QKeyEvent *event)
{
    if (m_completion->isPopupVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer handles these
            return;
        default:
            break;
        }
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier))) {
        QTextCursor c = textCursor();
        JsonTyping::insertNewlineWithIndent(c);
        setTextCursor(c);
        ensureCursorVisible();
        return;
    }
    if (event->key() == Qt::Key_Tab && !event->modifiers()) {
        insertPlainText(QString(indentWidth - textCursor().positionInBlock() % indentWidth, QLatin1Char(' ')));
        return;
    }
    const bool forceCompletion = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    QTextCursor c = textCursor();
    const bool handled = forceCompletion || (event->key() == Qt::Key_Backspace && JsonTyping::deleteEmptyPair(c))
        || JsonTyping::autoClose(c, event->text()) || JsonTyping::dedentClosingBracket(c, event->text());
    if (handled)
        setTextCursor(c);
    else
        QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool wordChar = !typed.isEmpty()
        && (typed.at(0).isLetterOrNumber() || typed.at(0) == QLatin1Char(':') || typed.at(0) == QLatin1Char('*'));
    if (forceCompletion || wordChar || event->key() == Qt::Key_Backspace)
        m_completion->update(forceCompletion);
    else
        m_completion->hidePopup();
}

} // namespace mfapolicy
