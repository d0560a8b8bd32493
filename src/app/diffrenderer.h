#pragma once

#include <QString>

class QTextDocument;

namespace mfapolicy {

/// Shows a unified diff in a text document the way the matrix shows decisions: removed lines in
/// the explicit-deny colours, added lines in the allow colours, hunk headers in a colour of their
/// own and the file headers in bold. With `highContrast` (presentation mode) the matrix's
/// high-contrast palette is used. Every line keeps its leading "-", "+" or " ", so no line depends
/// on colour alone.
class DiffRenderer final
{
public:
    static void render(QTextDocument *document, const QString &unifiedDiff, bool highContrast);
};

} // namespace mfapolicy
