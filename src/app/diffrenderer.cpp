#include "diffrenderer.h"

#include "studiopalette.h"

#include <QGuiApplication>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace mfapolicy {

void DiffRenderer::render(QTextDocument *document, const QString &unifiedDiff, bool highContrast)
{
    document->setPlainText(unifiedDiff);
    const StudioPalette::Variant variant = StudioPalette::variantOf(QGuiApplication::palette(), highContrast);
    const DecisionStyle removed = StudioPalette::decision(Decision::ExplicitDeny, variant);
    const DecisionStyle added = StudioPalette::decision(Decision::Allow, variant);
    // High contrast brings its own light background, so the hunk colour reads on a dark theme too.
    const DecisionStyle context = StudioPalette::decision(Decision::ImplicitDeny, variant);
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        QTextCharFormat format;
        if (text.startsWith(QStringLiteral("---")) || text.startsWith(QStringLiteral("+++"))) {
            format.setFontWeight(QFont::Bold);
        } else if (text.startsWith(QLatin1Char('@'))) {
            format.setForeground(StudioPalette::diffHunk(variant));
            if (highContrast)
                format.setBackground(context.background);
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
