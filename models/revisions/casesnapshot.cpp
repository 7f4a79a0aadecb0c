#include "casesnapshot.h"

#include "models/cases/casestore.h"

std::optional<CaseRecord> CaseSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return CaseStore(std::move(db), scope).record(id);
}

SaveResult CaseSnapshot::write(QSqlDatabase db, const AccessScope &scope, CaseRecord &target, const CaseRecord &current)
{
    target.rowVersion = current.rowVersion;
    return CaseStore(std::move(db), scope).restoreState(target);
}

QString CaseSnapshot::text(bool added, const CaseRecord &c)
{
    return added ? tr("add case %1").arg(c.caseNo) : tr("step on case %1").arg(c.caseNo);
}
