#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace mfapolicy {

/// Small JSON highlighter for builds without KSyntaxHighlighting: member names, strings,
/// numbers, literals and punctuation, with colours chosen for a light or dark base colour.
class JsonHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document);
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
    QTextCharFormat m_punctuation;
    QTextCharFormat m_comment;
};

} // namespace mfapolicy
