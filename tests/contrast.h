#pragma once

// WCAG 2.x relative luminance and contrast ratio, written out from the specification so the
// tests do not check the studio's colour arithmetic against itself.

#include <QColor>

#include <algorithm>
#include <cmath>

namespace mfapolicy::testing {

inline double wcagChannel(int value)
{
    const double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

inline double wcagLuminance(const QColor &c)
{
    return 0.2126 * wcagChannel(c.red()) + 0.7152 * wcagChannel(c.green()) + 0.0722 * wcagChannel(c.blue());
}

inline double wcagContrast(const QColor &a, const QColor &b)
{
    const double la = wcagLuminance(a);
    const double lb = wcagLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace mfapolicy::testing
