#pragma once

class QWidget;

// Sizes a window as wished, but never past the free area of its screen (the common office
// screen is 1366×768, with a task bar and the window's own title bar to leave room for).
class ScreenFit final
{
public:
    static void resize(QWidget *window, int width, int height);
};
