#pragma once

#include "evaluator.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace mfapolicy {

/// How a decision is shown everywhere in the studio: a symbol (never colour alone) and colours.
struct DecisionStyle {
    QString symbol;
    QColor background;
    QColor foreground;
};

/// Colours of the JSON highlighting of the studio's own highlighter.
struct JsonColors {
    QColor key;
    QColor string;
    QColor number;
    QColor literal;
    QColor punctuation;
    QColor comment;
};

/// Every colour of the studio in one place: the application palette of the light and dark themes,
/// the decision colours of the matrix (light, dark, and the high-contrast set of presentation
/// mode), the diff and the JSON highlighting. The theme setting ("", "light" or "dark") chooses
/// the scheme; "" follows the platform.
class StudioPalette final
{
public:
    enum class Scheme { Light, Dark };
    /// The decision colours: the theme's, or presentation mode's high-contrast set.
    enum class Variant { Light, Dark, HighContrast };

    /// The scheme a theme setting means; the empty setting asks the platform.
    static Scheme schemeFor(const QString &theme);
    /// The platform's scheme: the colour scheme hint from Qt 6.5, before that the lightness of
    /// the platform's own palette.
    static Scheme systemScheme();
    /// The scheme of a palette in use (its base colour is dark or light).
    static Scheme schemeOf(const QPalette &palette);
    /// The scheme the application shows now.
    static Scheme currentScheme();

    /// The application palette of a scheme; the dark one is the studio's own.
    static QPalette applicationPalette(Scheme scheme);
    /// Sets the application palette from the theme setting, and again whenever it changes.
    static void install();
    /// Sets the application palette for a theme setting now.
    static void apply(const QString &theme);

    static DecisionStyle decision(Decision decision, Variant variant);
    /// A cell the engine could not decide ("?"): never the colour of an answer.
    static DecisionStyle undetermined(Variant variant);
    /// An answer to a security question, which is good or bad news whether it is yes or no.
    enum class Verdict { Good, Bad, Undetermined };
    /// Good news in the colours of Allow with a check mark, bad news in the colours of an
    /// explicit Deny with a warning sign, undetermined as undetermined().
    static DecisionStyle verdict(Verdict verdict, Variant variant);
    /// The decision colours on screen: the current scheme's, or high contrast.
    static DecisionStyle screenDecision(Decision decision, bool highContrast);
    static Variant variantOf(const QPalette &palette, bool highContrast);

    static JsonColors json(Scheme scheme);
    /// The colour of a diff's hunk headers ("@@ ... @@").
    static QColor diffHunk(Variant variant);

    /// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
    static double contrastRatio(const QColor &a, const QColor &b);
    /// WCAG 2 relative luminance of an opaque colour, from 0 (black) to 1 (white).
    static double relativeLuminance(const QColor &color);
};

} // namespace mfapolicy
