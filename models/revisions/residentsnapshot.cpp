#include "residentsnapshot.h"

#include "models/deaths/deatheffects.h"
#include "models/register/registerstore.h"

namespace {

// Everything the resident form edits, status aside.
bool sameDetails(const Resident &a, const Resident &b)
{
    return a.householdId == b.householdId && a.name == b.name && a.idNumber == b.idNumber &&
           a.birthDate == b.birthDate && a.gender == b.gender && a.phone == b.phone && a.relation == b.relation &&
           a.residencyType == b.residencyType && a.ethnicity == b.ethnicity && a.notes == b.notes &&
           a.tagIds == b.tagIds;
}

} // namespace

std::optional<Resident> ResidentSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return RegisterStore(std::move(db), scope).resident(id);
}

SaveResult ResidentSnapshot::write(QSqlDatabase db, const AccessScope &scope, Resident &target, const Resident &current)
{
    RegisterStore store(db, scope);
    target.rowVersion = current.rowVersion;
    const bool living = target.status == QLatin1String("living") && current.status == QLatin1String("living");
    if (living && target.householdId != current.householdId) {
        // A move to another household, undone or redone the register's way, with its history row.
        const SaveResult moved =
            store.moveToHousehold(current.id, target.householdId, QDate::currentDate(), tr("Undo or redo (Edit menu)"));
        if (!moved.ok)
            return moved;
        const std::optional<Resident> now = store.resident(current.id);
        if (!now || sameDetails(target, *now))
            return moved;
        target.rowVersion = now->rowVersion; // the relation the move changed ("head") is put back below
    }
    if (target.status != current.status) {
        // The register's own way, with its history row: moved out (an add undone) or moved back.
        const QDate date = target.statusDate.isValid() ? target.statusDate : QDate::currentDate();
        const SaveResult moved = store.changeStatus(current.id, target.status, date, tr("Undo or redo (Edit menu)"));
        // A death written back has what follows a death, as every other path that records one.
        if (moved.ok && target.status == QLatin1String("deceased"))
            if (const SaveResult effects = DeathEffects(db, scope).apply(current.id); !effects.ok)
                return effects;
        if (!moved.ok || sameDetails(target, current))
            return moved;
        const std::optional<Resident> now = store.resident(current.id);
        if (!now)
            return moved;
        target.rowVersion = now->rowVersion;
        target.statusDate = now->statusDate;
    }
    return store.saveResident(target);
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
