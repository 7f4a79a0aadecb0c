#include "residentsnapshot.h"

#include "models/register/registerstore.h"

std::optional<Resident> ResidentSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return RegisterStore(std::move(db), scope).resident(id);
}

SaveResult ResidentSnapshot::write(QSqlDatabase db, const AccessScope &scope, Resident &target, const Resident &current)
{
    target.rowVersion = current.rowVersion;
    return RegisterStore(std::move(db), scope).saveResident(target);
}

Resident ResidentSnapshot::retired(Resident added)
{
    added.status = QStringLiteral("moved_out");
    added.statusDate = QDate::currentDate();
    return added;
}

QString ResidentSnapshot::text(bool added, const Resident &r)
{
    return added ? tr("add resident %1").arg(r.name) : tr("edit resident %1").arg(r.name);
}
