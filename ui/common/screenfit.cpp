#include "screenfit.h"

#include <QScreen>
#include <QWidget>

void ScreenFit::resize(QWidget *window, int width, int height)
{
    const QScreen *screen = window->screen();
    if (screen) {
        // The frame's title bar is not in availableGeometry's sense of the client area.
        const QRect room = screen->availableGeometry();
        width = qMin(width, room.width());
        height = qMin(height, room.height() - 30);
    }
    window->resize(width, height);
}
