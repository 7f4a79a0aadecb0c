#include "gridsnapshot.h"

#include "models/grids/gridstore.h"

#include <QStringList>

std::optional<Grid> GridSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return GridStore(std::move(db), scope).grid(id);
}

SaveResult GridSnapshot::write(QSqlDatabase db, const AccessScope &scope, Grid &target, const Grid &current)
{
    GridStore store(std::move(db), scope);
    if (target.archived)
        return current.archived ? SaveResult{true, current.id, {}, {}}
                                : store.archiveGrid(current.id, QDate::currentDate());
    if (current.archived) {
        if (const SaveResult r = store.unarchiveGrid(current.id); !r.ok)
            return r;
    }
    return store.saveGrid(target);
}

Grid GridSnapshot::retired(Grid added)
{
    added.archived = true;
    return added;
}

QString GridSnapshot::version(const Grid &g)
{
    return QStringList{g.code,        g.name,       g.workerName,
                       g.workerPhone, g.leaderName, g.leaderPhone,
                       g.color,       g.notes,      QString::number(g.archived)}
        .join(QChar(0x1f));
}

QString GridSnapshot::text(bool added, const Grid &g)
{
    return added ? tr("add grid %1").arg(g.name) : tr("edit grid %1").arg(g.name);
}
