#include "deathrecord.h"

#include "models/core/transaction.h"
#include "models/register/registerstore.h"
#include "models/register/statuswithdrawal.h"

namespace {

SaveResult failed(const QString &message)
{
    return SaveResult{false, 0, {{QString(), message}}, {}};
}

} // namespace

DeathRecord::DeathRecord(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult DeathRecord::record(qint64 residentId, const QDate &date, const QString &note, int *removed,
                               Effects *effects)
{
    if (removed)
        *removed = 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const SaveResult changed =
        RegisterStore(m_db, m_scope).changeStatus(residentId, QStringLiteral("deceased"), date, note);
    if (!changed.ok)
        return changed;
    const SaveResult followed = DeathEffects(m_db, m_scope).apply(residentId, removed, effects);
    if (!followed.ok)
        return followed;
    if (!tx.commit())
        return failed(tr("The death could not be recorded; nothing was changed."));
    return {true, residentId, {}, changed.warnings};
}

SaveResult DeathRecord::withdraw(qint64 residentId, int rowVersion, const QString &status, const QDate &statusDate,
                                 const Effects &effects, const QString &note)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    SaveResult result = StatusWithdrawal(m_db, m_scope).withdraw(residentId, rowVersion, status, statusDate, note);
    if (!result.ok)
        return result;
    const SaveResult putBack = DeathEffects(m_db, m_scope).withdraw(effects);
    if (!putBack.ok)
        return putBack;
    result.warnings.append(putBack.warnings);
    if (!tx.commit())
        return failed(tr("The death could not be withdrawn; nothing was changed."));
    result.ok = true;
    result.id = residentId;
    return result;
}
