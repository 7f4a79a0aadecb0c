#include "householdsnapshot.h"

#include "models/register/registerstore.h"

#include <QStringList>

namespace {

bool anyoneLiving(const QList<Resident> &members)
{
    for (const Resident &m : members)
        if (m.status == QLatin1String("living"))
            return true;
    return false;
}

} // namespace

std::optional<HouseholdSnapshot::Record> HouseholdSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    const RegisterStore store(std::move(db), scope);
    const std::optional<Household> household = store.household(id);
    if (!household)
        return std::nullopt;
    return Record{*household, store.members(id), store.householdAddress(id)};
}

SaveResult HouseholdSnapshot::write(QSqlDatabase db, const AccessScope &scope, Record &target, const Record &current)
{
    RegisterStore store(std::move(db), scope);
    if (!anyoneLiving(target.members)) {
        // Nobody left: the household form needs a living head, so each member moves out on their own.
        for (const Resident &m : current.members) {
            if (m.status != QLatin1String("living"))
                continue;
            const SaveResult r = store.changeStatus(m.id, QStringLiteral("moved_out"), QDate::currentDate(),
                                                    tr("Entered in error (undone)"));
            if (!r.ok)
                return r;
        }
        SaveResult ok;
        ok.ok = true;
        ok.id = current.household.id;
        return ok;
    }
    QList<Resident> members;
    for (Resident m : target.members) {
        for (const Resident &c : current.members)
            if (c.id == m.id)
                m.rowVersion = c.rowVersion;
        members.append(m);
    }
    // A member the change added is not in `target`: retired, not dropped.
    for (const Resident &c : current.members) {
        bool known = false;
        for (const Resident &m : target.members)
            known = known || m.id == c.id;
        if (!known && c.status == QLatin1String("living")) {
            Resident gone = c;
            gone.status = QStringLiteral("moved_out");
            gone.statusDate = QDate::currentDate();
            members.append(gone);
        }
    }
    Household household = target.household;
    household.rowVersion = current.household.rowVersion;
    return store.saveHousehold(household, members);
}

HouseholdSnapshot::Record HouseholdSnapshot::retired(Record added)
{
    for (Resident &m : added.members) {
        m.status = QStringLiteral("moved_out");
        m.statusDate = QDate::currentDate();
    }
    return added;
}

QString HouseholdSnapshot::version(const Record &r)
{
    // The household's and every member's row version: a change to any of them is a change.
    QStringList parts{QString::number(r.household.rowVersion)};
    for (const Resident &m : r.members)
        parts.append(QStringLiteral("%1=%2").arg(m.id).arg(m.rowVersion));
    return parts.join(QLatin1Char(' '));
}

QString HouseholdSnapshot::text(bool added, const Record &r)
{
    return added ? tr("add household %1").arg(r.address) : tr("edit household %1").arg(r.address);
}
