#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Imports grid boundaries from a GeoJSON FeatureCollection (as the city's GIS exports them).
// Each feature is a Polygon (or a MultiPolygon of one polygon) whose properties name the grid
// by "code" (or "grid_code"). Coordinates are taken as the base image's pixel space: there is
// no geo reference. Everything is checked first; then all boundaries are written in one
// transaction, or — on the first problem — nothing is, and the message names the feature and
// what is wrong with it.
class GridGeoJson final
{
    Q_DECLARE_TR_FUNCTIONS(GridGeoJson)

public:
    struct Result
    {
        bool ok = false;
        int imported = 0;
        QString error;
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    GridGeoJson(QSqlDatabase db, const AccessScope &scope);
    Result importData(const QByteArray &json);
    Result importFile(const QString &path);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
