#include "assistancesnapshot.h"

#include "models/care/assistancestore.h"

std::optional<AssistanceRecord> AssistanceSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return AssistanceStore(std::move(db), scope).record(id);
}

SaveResult AssistanceSnapshot::write(QSqlDatabase db, const AccessScope &scope, AssistanceRecord &target,
                                     const AssistanceRecord &current)
{
    target.id = current.id;
    target.rowVersion = current.rowVersion;
    return AssistanceStore(std::move(db), scope).save(target);
}

QString AssistanceSnapshot::name(const AssistanceRecord &r)
{
    const QString who = r.residentName.isEmpty() ? r.head : r.residentName;
    return tr("%1 for %2 on %3").arg(r.kindName, who, r.givenOn.toString(Qt::ISODate));
}

QString AssistanceSnapshot::text(bool added, const AssistanceRecord &r)
{
    return added ? tr("record %1").arg(name(r)) : tr("edit %1").arg(name(r));
}
