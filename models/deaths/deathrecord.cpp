#include "deathrecord.h"

#include "deatheffects.h"
#include "models/core/transaction.h"
#include "models/register/registerstore.h"

DeathRecord::DeathRecord(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult DeathRecord::record(qint64 residentId, const QDate &date, const QString &note, int *removed)
{
    auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message}}, {}}; };
    if (removed)
        *removed = 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const SaveResult changed =
        RegisterStore(m_db, m_scope).changeStatus(residentId, QStringLiteral("deceased"), date, note);
    if (!changed.ok)
        return changed;
    const SaveResult effects = DeathEffects(m_db, m_scope).apply(residentId, removed);
    if (!effects.ok)
        return effects;
    if (!tx.commit())
        return failed(tr("The death could not be recorded; nothing was changed."));
    return {true, residentId, {}, changed.warnings};
}
