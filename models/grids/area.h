#pragma once

#include <QString>

// An area (片区) of a community: a group of grids with a leader, above the grid in the hierarchy.
struct Area
{
    qint64 id = 0;
    QString code;
    QString name;
    QString leaderName;
    bool archived = false;
    int gridCount = 0; // active grids in the area (read only)
};
