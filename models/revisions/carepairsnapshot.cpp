#include "carepairsnapshot.h"

#include "models/care/carepairstore.h"

#include <QStringList>

std::optional<CarePair> CarePairSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    const CarePair p = CarePairStore(std::move(db), scope).pair(id);
    if (p.id != id)
        return std::nullopt;
    return p;
}

SaveResult CarePairSnapshot::write(QSqlDatabase db, const AccessScope &scope, CarePair &target, const CarePair &current)
{
    target.id = current.id;
    return CarePairStore(std::move(db), scope).save(target);
}

CarePair CarePairSnapshot::retired(CarePair added)
{
    added.endedOn = qMax(added.startedOn, QDate::currentDate());
    return added;
}

QString CarePairSnapshot::version(const CarePair &p)
{
    return QStringList{QString::number(p.householdId),
                       p.helperName,
                       p.helperKind,
                       p.helperPhone,
                       QString::number(p.residentId),
                       QString::number(p.volunteerId),
                       p.startedOn.toString(Qt::ISODate),
                       p.endedOn.toString(Qt::ISODate),
                       p.note}
        .join(QChar(0x1f));
}

QString CarePairSnapshot::text(bool added, const CarePair &p)
{
    return added ? tr("add the pairing of %1").arg(p.helperName) : tr("edit the pairing of %1").arg(p.helperName);
}
