#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/grids/grid.h"
#include "models/grids/gridplacement.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a grid's change: its fields and place among the areas through
// AreaStore::saveGrid, its boundary on the map through GridStore::setBoundary; an added grid is
// archived (grids are never deleted).
struct GridSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(GridSnapshot)

public:
    struct Record
    {
        Grid grid;
        GridPlacement placement; // its area (片区), exclusive grid and unit
    };

    static QString table() { return QStringLiteral("grid"); }
    static qint64 id(const Record &r) { return r.grid.id; }
    static std::optional<Record> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current);
    static Record retired(Record added);
    // Grids keep no row version: the fields, placement and boundary stand for it.
    static QString version(const Record &r);
    static QString name(const Record &r) { return r.grid.name; }
    static QString text(bool added, const Record &r);
};
