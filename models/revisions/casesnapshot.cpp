#include "casesnapshot.h"

#include "models/cases/casestore.h"
#include "models/cases/caseworkflow.h"

std::optional<CaseRecord> CaseSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return CaseStore(std::move(db), scope).record(id);
}

SaveResult CaseSnapshot::write(QSqlDatabase db, const AccessScope &scope, CaseRecord &target, const CaseRecord &current)
{
    target.rowVersion = current.rowVersion;
    CaseStore store(std::move(db), scope);
    const bool withdrawn = CaseWorkflow::isWithdrawn(current.status);
    if (CaseWorkflow::isWithdrawn(target.status) && !withdrawn)
        return store.withdraw(current.id, current.rowVersion);
    // Reinstated at the status it had; withdrawing touched no other workflow field.
    if (withdrawn && !CaseWorkflow::isWithdrawn(target.status))
        return store.reinstate(current.id, current.rowVersion);
    return store.restoreState(target);
}

QString CaseSnapshot::text(bool added, const CaseRecord &c)
{
    return added ? tr("add case %1").arg(c.caseNo) : tr("step on case %1").arg(c.caseNo);
}

CaseRecord CaseSnapshot::retired(CaseRecord added)
{
    added.status = QStringLiteral("withdrawn");
    return added;
}
