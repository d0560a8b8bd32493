#include "studiopalette.h"

#include "settings.h"
#include "texts.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleHints>
#include <QWidget>

#include <cmath>

namespace mfapolicy {

namespace {

QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}

// The studio's dark palette: light grey text on near-black, every text role at least 4.5:1.
QPalette darkPalette()
{
    QPalette p;
    const QColor text = rgb(0xe6e6e6);
    const QColor disabled = rgb(0x8c8c8c);
    p.setColor(QPalette::Window, rgb(0x2b2b2b));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, rgb(0x1e1e1e));
    p.setColor(QPalette::AlternateBase, rgb(0x262626));
    p.setColor(QPalette::ToolTipBase, rgb(0x3a3a3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, rgb(0x9a9a9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, rgb(0x353535));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, rgb(0xff8a80));
    p.setColor(QPalette::Light, rgb(0x4a4a4a));
    p.setColor(QPalette::Midlight, rgb(0x3e3e3e));
    p.setColor(QPalette::Mid, rgb(0x303030));
    p.setColor(QPalette::Dark, rgb(0x1a1a1a));
    p.setColor(QPalette::Shadow, rgb(0x0a0a0a));
    p.setColor(QPalette::Highlight, rgb(0x2f65ca));
    p.setColor(QPalette::HighlightedText, rgb(0xffffff));
    p.setColor(QPalette::Link, rgb(0x8ab4f8));
    p.setColor(QPalette::LinkVisited, rgb(0xc58af9));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, rgb(0x474747));
    return p;
}

// The platform's scheme as last seen with the platform's palette, for Qt versions without the
// colour scheme hint.
StudioPalette::Scheme s_platformScheme = StudioPalette::Scheme::Light;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

StudioPalette::Scheme StudioPalette::schemeFor(const QString &theme)
{
    if (theme == QLatin1String("dark"))
        return Scheme::Dark;
    if (theme == QLatin1String("light"))
        return Scheme::Light;
    return systemScheme();
}

StudioPalette::Scheme StudioPalette::systemScheme()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return Scheme::Dark;
    case Qt::ColorScheme::Light:
        return Scheme::Light;
    case Qt::ColorScheme::Unknown:
        break;
    }
#endif
    // Without the hint, the palette the platform gave when no theme of the studio's was set.
    return s_platformScheme;
}

StudioPalette::Scheme StudioPalette::schemeOf(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128 ? Scheme::Dark : Scheme::Light;
}

StudioPalette::Scheme StudioPalette::currentScheme()
{
    return schemeOf(QGuiApplication::palette());
}

QPalette StudioPalette::applicationPalette(Scheme scheme)
{
    if (scheme == Scheme::Dark)
        return darkPalette();
    return QApplication::style() ? QApplication::style()->standardPalette() : QPalette();
}

void StudioPalette::apply(const QString &theme)
{
    // The platform's own palette when it has the scheme asked for (an empty palette resolves to
    // it and keeps following it); the studio's otherwise. One palette change either way.
    if (theme.isEmpty() || schemeFor(theme) == systemScheme()) {
        QApplication::setPalette(QPalette());
        if (theme.isEmpty())
            s_platformScheme = currentScheme();
    } else {
        QApplication::setPalette(applicationPalette(schemeFor(theme)));
    }
    // QApplication tells the windows only while its event loop runs; a change made before it
    // starts (or in a test) reaches them too this way. Telling a window twice changes nothing.
    QEvent event(QEvent::ApplicationPaletteChange);
    for (QWidget *window : QApplication::topLevelWidgets())
        QCoreApplication::sendEvent(window, &event);
}

void StudioPalette::install()
{
    // Nothing has set a palette yet: the application's is the platform's.
    s_platformScheme = currentScheme();
    Settings &settings = Settings::instance();
    apply(settings.theme());
    QObject::connect(&settings, &Settings::themeChanged, qApp, [] { apply(Settings::instance().theme()); });
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp,
                     [] { apply(Settings::instance().theme()); });
#endif
}

DecisionStyle StudioPalette::decision(Decision decision, Variant variant)
{
    // Blue and vermillion (orange in high contrast) from the Okabe-Ito palette stay apart for every
    // common colour-vision deficiency, where green and red do not; the symbol carries the decision
    // without colour. Text on every background has a contrast ratio of at least 7:1. High contrast
    // is for projectors: saturated mid-tones with black text, no dark blocks that swallow the grid.
    const QString symbol = Texts::decisionSymbol(decision);
    switch (decision) {
    case Decision::Allow:
        switch (variant) {
        case Variant::Light:
            return {symbol, rgb(0xd3e6f5), rgb(0x0a3a66)};
        case Variant::Dark:
            return {symbol, rgb(0x17406b), rgb(0xd6eaff)};
        case Variant::HighContrast:
            return {symbol, rgb(0x56b4e9), rgb(0x000000)};
        }
        break;
    case Decision::ExplicitDeny:
        switch (variant) {
        case Variant::Light:
            return {symbol, rgb(0xfbddc6), rgb(0x7a2d00)};
        case Variant::Dark:
            return {symbol, rgb(0x6b2a08), rgb(0xffdcc7)};
        case Variant::HighContrast:
            return {symbol, rgb(0xe69f00), rgb(0x000000)};
        }
        break;
    case Decision::ImplicitDeny:
        break;
    }
    switch (variant) {
    case Variant::Light:
        return {symbol, rgb(0xececec), rgb(0x444444)};
    case Variant::Dark:
        return {symbol, rgb(0x333333), rgb(0xd0d0d0)};
    case Variant::HighContrast:
        break;
    }
    return {symbol, rgb(0xe0e0e0), rgb(0x000000)};
}

DecisionStyle StudioPalette::undetermined(Variant variant)
{
    // Okabe-Ito's yellow family: apart from both answers' colours, text at least 7:1.
    const QString symbol = QStringLiteral("?");
    switch (variant) {
    case Variant::Light:
        return {symbol, rgb(0xfaf0c8), rgb(0x5c4a00)};
    case Variant::Dark:
        return {symbol, rgb(0x4d4100), rgb(0xfff2b3)};
    case Variant::HighContrast:
        break;
    }
    return {symbol, rgb(0xf0e442), rgb(0x000000)};
}

DecisionStyle StudioPalette::verdict(Verdict verdict, Variant variant)
{
    // The same two colours as the matrix, so that blue always reads as safe and vermillion as a
    // risk; the warning sign says "bad" where the matrix's cross would say "refused".
    switch (verdict) {
    case Verdict::Good:
        return decision(Decision::Allow, variant);
    case Verdict::Bad: {
        DecisionStyle style = decision(Decision::ExplicitDeny, variant);
        style.symbol = QStringLiteral("\u26a0"); // warning sign
        return style;
    }
    case Verdict::Undetermined:
        break;
    }
    return undetermined(variant);
}

StudioPalette::Variant StudioPalette::variantOf(const QPalette &palette, bool highContrast)
{
    if (highContrast)
        return Variant::HighContrast;
    return schemeOf(palette) == Scheme::Dark ? Variant::Dark : Variant::Light;
}

DecisionStyle StudioPalette::screenDecision(Decision decision, bool highContrast)
{
    return StudioPalette::decision(decision, variantOf(QGuiApplication::palette(), highContrast));
}

JsonColors StudioPalette::json(Scheme scheme)
{
    if (scheme == Scheme::Dark)
        return {rgb(0x8ab4f8), rgb(0xa8d88c), rgb(0xf6c177), rgb(0xd79bf0), rgb(0xb0b0b0), rgb(0x9a9a9a)};
    return {rgb(0x1f4e9c), rgb(0x2e7d32), rgb(0xa35400), rgb(0x8e24aa), rgb(0x616161), rgb(0x6b6b6b)};
}

QColor StudioPalette::diffHunk(Variant variant)
{
    switch (variant) {
    case Variant::Light:
        return rgb(0x1f5fa8);
    case Variant::Dark:
        return rgb(0x8ab4f8);
    case Variant::HighContrast:
        break;
    }
    return rgb(0x0000c0);
}

double StudioPalette::relativeLuminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

double StudioPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace mfapolicy
