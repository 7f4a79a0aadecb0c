#include "gridsnapshot.h"

#include "models/grids/areastore.h"
#include "models/grids/gridstore.h"

#include <QStringList>

namespace {

bool sameFields(const Grid &a, const Grid &b)
{
    return a.code == b.code && a.name == b.name && a.workerName == b.workerName && a.workerPhone == b.workerPhone &&
           a.leaderName == b.leaderName && a.leaderPhone == b.leaderPhone && a.color == b.color && a.notes == b.notes;
}

} // namespace

std::optional<GridSnapshot::Record> GridSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    std::optional<Grid> grid = GridStore(db, scope).grid(id);
    if (!grid)
        return std::nullopt;
    return Record{*grid, AreaStore(std::move(db), scope).placement(id)};
}

SaveResult GridSnapshot::write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current)
{
    GridStore store(db, scope);
    const qint64 id = current.grid.id;
    if (target.grid.archived)
        return current.grid.archived ? SaveResult{true, id, {}, {}} : store.archiveGrid(id, QDate::currentDate());
    if (current.grid.archived) {
        if (const SaveResult r = store.unarchiveGrid(id); !r.ok)
            return r;
    }
    SaveResult result{true, id, {}, {}};
    if (!sameFields(target.grid, current.grid) || !(target.placement == current.placement)) {
        result = AreaStore(db, scope).saveGrid(target.grid, target.placement);
        if (!result.ok)
            return result;
    }
    if (target.grid.boundary != current.grid.boundary)
        result = store.setBoundary(id, target.grid.boundary);
    return result;
}

GridSnapshot::Record GridSnapshot::retired(Record added)
{
    added.grid.archived = true;
    return added;
}

QString GridSnapshot::version(const Record &r)
{
    const Grid &g = r.grid;
    QStringList points;
    for (const QPointF &p : g.boundary)
        points << QString::number(p.x()) + QLatin1Char(',') + QString::number(p.y());
    return QStringList{g.code,
                       g.name,
                       g.workerName,
                       g.workerPhone,
                       g.leaderName,
                       g.leaderPhone,
                       g.color,
                       g.notes,
                       QString::number(g.archived),
                       QString::number(r.placement.areaId),
                       r.placement.kind,
                       r.placement.unitName,
                       points.join(QLatin1Char(' '))}
        .join(QChar(0x1f));
}

QString GridSnapshot::text(bool added, const Record &r)
{
    return added ? tr("add grid %1").arg(r.grid.name) : tr("edit grid %1").arg(r.grid.name);
}
