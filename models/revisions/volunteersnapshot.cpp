#include "volunteersnapshot.h"

#include "models/volunteers/volunteerstore.h"

std::optional<Volunteer> VolunteerSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return VolunteerStore(std::move(db), scope).volunteer(id);
}

SaveResult VolunteerSnapshot::write(QSqlDatabase db, const AccessScope &scope, Volunteer &target,
                                    const Volunteer &current)
{
    target.rowVersion = current.rowVersion;
    return VolunteerStore(std::move(db), scope).save(target);
}

Volunteer VolunteerSnapshot::retired(Volunteer added)
{
    added.status = QStringLiteral("left");
    return added;
}

QString VolunteerSnapshot::text(bool added, const Volunteer &v)
{
    return added ? tr("add volunteer %1").arg(v.name) : tr("edit volunteer %1").arg(v.name);
}
