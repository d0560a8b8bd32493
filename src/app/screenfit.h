#pragma once

#include <QSize>

class QWidget;

namespace mfapolicy {

/// Resizes a window to `wanted`, but never larger than the free area of the screen it opens on:
/// on a 1024×768 projector or a 1280×800 laptop the whole window, title bar included, is in sight.
void resizeWithinScreen(QWidget *window, QSize wanted);

} // namespace mfapolicy
