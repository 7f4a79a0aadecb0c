#pragma once

#include <QIcon>

// The application icon, drawn in code so it needs no image plugin.
class AppIcon final
{
public:
    static QIcon icon();
};
