#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace mfapolicy {

void resizeWithinScreen(QWidget *window, QSize wanted)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        // Before it is shown a window has no frame yet: leave room for a usual one.
        const QSize frame(16, 48);
        wanted = wanted.boundedTo(screen->availableGeometry().size() - frame);
    }
    window->resize(wanted);
}

} // namespace mfapolicy
