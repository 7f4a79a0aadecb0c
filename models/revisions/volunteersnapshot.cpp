#include "volunteersnapshot.h"

#include "models/volunteers/dualreportstore.h"
#include "models/volunteers/volunteerstore.h"

std::optional<VolunteerSnapshot::Record> VolunteerSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    std::optional<Volunteer> v = VolunteerStore(db, scope).volunteer(id);
    if (!v)
        return std::nullopt;
    return Record{*v, DualReportStore(std::move(db), scope).isDualReport(id)};
}

SaveResult VolunteerSnapshot::write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current)
{
    target.volunteer.rowVersion = current.volunteer.rowVersion;
    return DualReportStore(std::move(db), scope).saveVolunteer(target.volunteer, target.dualReport);
}

VolunteerSnapshot::Record VolunteerSnapshot::retired(Record added)
{
    added.volunteer.status = QStringLiteral("left");
    return added;
}

QString VolunteerSnapshot::text(bool added, const Record &r)
{
    return added ? tr("add volunteer %1").arg(r.volunteer.name) : tr("edit volunteer %1").arg(r.volunteer.name);
}
