#include "findbar.h"

#include "policyeditor.h"
#include "ui_findbar.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextDocument>

namespace mfapolicy {

FindBar::FindBar(PolicyEditor *editor, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FindBar>()), m_editor(editor)
{
    m_ui->setupUi(this);
    connect(m_ui->findEdit, &QLineEdit::textChanged, this, &FindBar::updateMatches);
    connect(m_ui->caseCheck, &QCheckBox::toggled, this, &FindBar::updateMatches);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(m_ui->nextButton, &QToolButton::clicked, this, [this] { findNext(); });
    connect(m_ui->previousButton, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_ui->replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_ui->closeButton, &QToolButton::clicked, this, &FindBar::closeBar);
    auto goToLine = [this] { m_editor->goToLine(m_ui->gotoLineSpin->value()); };
    connect(m_ui->gotoButton, &QPushButton::clicked, this, goToLine);
    connect(m_ui->gotoLineSpin, &QSpinBox::editingFinished, this, [this, goToLine] {
        if (m_ui->gotoLineSpin->hasFocus())
            goToLine();
    });
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            updateMatches();
    });
    hide();
}

FindBar::~FindBar() = default;

void FindBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateMatches();
    }
}

void FindBar::setMode(int rows)
{
    const bool find = rows & 1;
    const bool replace = rows & 2;
    const bool go = rows & 4;
    for (QWidget *w : {static_cast<QWidget *>(m_ui->findLabel), static_cast<QWidget *>(m_ui->findEdit),
                       static_cast<QWidget *>(m_ui->previousButton), static_cast<QWidget *>(m_ui->nextButton),
                       static_cast<QWidget *>(m_ui->caseCheck), static_cast<QWidget *>(m_ui->matchLabel)})
        w->setVisible(find);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->replaceLabel), static_cast<QWidget *>(m_ui->replaceEdit),
                       static_cast<QWidget *>(m_ui->replaceButton), static_cast<QWidget *>(m_ui->replaceAllButton)})
        w->setVisible(replace);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->gotoLabel), static_cast<QWidget *>(m_ui->gotoLineSpin),
                       static_cast<QWidget *>(m_ui->gotoButton)})
        w->setVisible(go);
    show();
}

void FindBar::showFind()
{
    setMode(1);
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_ui->findEdit->setText(selected);
    m_ui->findEdit->setFocus();
    m_ui->findEdit->selectAll();
    updateMatches();
}

void FindBar::showReplace()
{
    showFind();
    setMode(3);
}

void FindBar::showGoToLine()
{
    setMode(4);
    m_ui->gotoLineSpin->setMaximum(m_editor->blockCount());
    m_ui->gotoLineSpin->setValue(m_editor->textCursor().blockNumber() + 1);
    m_ui->gotoLineSpin->setFocus();
    m_ui->gotoLineSpin->selectAll();
}

void FindBar::updateMatches()
{
    const QString needle = m_ui->findEdit->text();
    QList<std::pair<int, int>> matches;
    if (!needle.isEmpty() && m_ui->findEdit->isVisible()) {
        const QString text = m_editor->toPlainText();
        const Qt::CaseSensitivity cs = m_ui->caseCheck->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
        // Capped so a one-letter search in a big file does not flood the view with selections.
        for (qsizetype at = text.indexOf(needle, 0, cs); at >= 0 && matches.size() < 10000;
             at = text.indexOf(needle, at + needle.size(), cs))
            matches.append({int(at), int(at + needle.size())});
    }
    m_editor->setFindMatches(matches);
    m_ui->matchLabel->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, int(matches.size())));
}

bool FindBar::findNext(bool backward)
{
    const QString needle = m_ui->findEdit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_ui->caseCheck->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_editor->find(needle, flags))
        return true;
    // Wrap around once.
    QTextCursor c = m_editor->textCursor();
    c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(c);
    return m_editor->find(needle, flags);
}

void FindBar::replaceCurrent()
{
    QTextCursor c = m_editor->textCursor();
    const Qt::CaseSensitivity cs = m_ui->caseCheck->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (c.hasSelection() && c.selectedText().compare(m_ui->findEdit->text(), cs) == 0)
        c.insertText(m_ui->replaceEdit->text());
    findNext();
}

// All replacements form one undo step.
int FindBar::replaceAll()
{
    const QString needle = m_ui->findEdit->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_ui->caseCheck->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    int count = 0;
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    QTextCursor found = m_editor->document()->find(needle, 0, flags);
    while (!found.isNull()) {
        found.insertText(m_ui->replaceEdit->text());
        ++count;
        found = m_editor->document()->find(needle, found.position(), flags);
    }
    edit.endEditBlock();
    m_ui->matchLabel->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::closeBar()
{
    hide();
    m_editor->setFindMatches({});
    m_editor->setFocus();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace mfapolicy
