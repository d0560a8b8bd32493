#include "diffrenderer.h"

#include "matrixrenderer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace mfapolicy {

void DiffRenderer::render(QTextDocument *document, const QString &unifiedDiff, bool highContrast)
{
    document->setPlainText(unifiedDiff);
    const DecisionStyle removed = MatrixRenderer::decisionStyle(Decision::ExplicitDeny, highContrast);
    const DecisionStyle added = MatrixRenderer::decisionStyle(Decision::Allow, highContrast);
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QTextCharFormat format;
        if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("+++"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('@'))) {
            format.setForeground(highContrast ? QColor(0x00, 0x00, 0xc0) : QColor(0x1f, 0x5f, 0xa8));
        } else if (text.startsWith(QLatin1Char('-'))) {
            format.setBackground(removed.background);
            format.setForeground(removed.foreground);
        } else if (text.startsWith(QLatin1Char('+'))) {
            format.setBackground(added.background);
            format.setForeground(added.foreground);
        } else {
            continue;
        }
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
}

} // namespace mfapolicy
