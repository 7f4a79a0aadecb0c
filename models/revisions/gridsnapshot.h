#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/grids/grid.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes a grid's change: through GridStore::saveGrid; an added grid is
// archived (grids are never deleted).
struct GridSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(GridSnapshot)

public:
    using Record = Grid;

    static QString table() { return QStringLiteral("grid"); }
    static qint64 id(const Grid &g) { return g.id; }
    static std::optional<Grid> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Grid &target, const Grid &current);
    static Grid retired(Grid added);
    // Grids keep no row version: the fields the grid form saves stand for it.
    static QString version(const Grid &g);
    static QString name(const Grid &g) { return g.name; }
    static QString text(bool added, const Grid &g);
};
