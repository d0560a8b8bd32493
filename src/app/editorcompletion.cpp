#include "editorcompletion.h"

#include "actioncatalog.h"
#include "jsontyping.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

namespace mfapolicy {

EditorCompletion::EditorCompletion(QPlainTextEdit *editor)
    : QObject(editor), m_editor(editor), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(editor);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->popup()->setObjectName(QStringLiteral("completionPopup"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &EditorCompletion::insert);
}

bool EditorCompletion::isPopupVisible() const
{
    return m_completer->popup()->isVisible();
}

void EditorCompletion::hidePopup()
{
    m_completer->popup()->hide();
}

// Completion applies inside a string literal, also one still being typed. Action names are known
// from the text itself (the member the string belongs to); other strings ask the source.
void EditorCompletion::update(bool force)
{
    QTextCursor c = m_editor->textCursor();
    QString line = c.block().text();
    int column = c.positionInBlock();
    int quote = JsonTyping::openQuoteBefore(line, column);
    QString text = m_editor->toPlainText();
    if (quote < 0 && force) {
        // Ctrl+Space where a value starts: open the string first.
        const QString member = JsonTyping::memberOfValueAt(text, c.position());
        if (member != QLatin1String("Action") && member != QLatin1String("NotAction")) {
            m_completer->popup()->hide();
            return;
        }
        JsonTyping::autoClose(c, QStringLiteral("\""));
        m_editor->setTextCursor(c);
        line = c.block().text();
        column = c.positionInBlock();
        quote = column - 1;
        text = m_editor->toPlainText();
    }
    if (quote < 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = line.mid(quote + 1, column - quote - 1);
    if (prefix.isEmpty() && !force) {
        m_completer->popup()->hide();
        return;
    }
    const QString member = JsonTyping::memberOfValueAt(text, c.block().position() + quote);
    QStringList candidates;
    if (member == QLatin1String("Action") || member == QLatin1String("NotAction")) {
        for (const std::string &name : ActionCatalog::instance().completions(prefix.toStdString()))
            candidates.append(QString::fromStdString(name));
    } else if (m_source && !member.isEmpty()) {
        candidates = m_source(c.position(), prefix);
    }
    if (candidates.isEmpty() || (candidates.size() == 1 && candidates.first() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    m_prefix = prefix;
    m_model->setStringList(candidates);
    m_completer->setCompletionPrefix(prefix);
    QRect rect = m_editor->cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    // Enter takes the first candidate, as in other editors, without pressing Down first.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void EditorCompletion::insert(const QString &completion)
{
    QTextCursor c = m_editor->textCursor();
    c.beginEditBlock();
    c.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m_prefix.size()));
    c.insertText(completion);
    c.endEditBlock();
    m_editor->setTextCursor(c);
    m_completer->popup()->hide();
}

} // namespace mfapolicy
