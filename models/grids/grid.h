#pragma once

#include <QPolygonF>
#include <QString>

// One grid (网格) of a community: its people in charge and its boundary on the map, in the
// base image's pixel space.
struct Grid
{
    qint64 id = 0;
    qint64 communityId = 0;
    QString code;
    QString name;
    QString workerName;
    QString workerPhone;
    QString leaderName;
    QString leaderPhone;
    QString color; // "#rrggbb"
    QString notes;
    QPolygonF boundary;
    bool archived = false;
};

// A building as the map shows it.
struct MapBuilding
{
    qint64 id = 0;
    qint64 gridId = 0; // 0: in no grid
    qint64 compoundId = 0;
    QString name;
    QString compoundName;
    QPointF position;
    bool placed = false; // has a position on the map
    int households = 0;
};
