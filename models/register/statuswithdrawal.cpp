#include "statuswithdrawal.h"

#include "models/core/transaction.h"
#include "registerstore.h"
#include "registertypes.h"
#include "residentwriter.h"

StatusWithdrawal::StatusWithdrawal(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult StatusWithdrawal::withdraw(qint64 residentId, int rowVersion, const QString &status, const QDate &statusDate,
                                      const QString &note)
{
    const auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message, 0}}, {}}; };
    std::optional<Resident> r = RegisterStore(m_db, m_scope).resident(residentId);
    if (!r)
        return failed(tr("This resident no longer exists."));
    if (const QString why = m_scope.householdRefusal(m_db, r->householdId); !why.isEmpty())
        return failed(why);
    if (!RegisterTypes::contains(RegisterTypes::statuses(), status))
        return failed(tr("Status: please choose one."));
    if (r->rowVersion != rowVersion)
        return failed(tr("%1 was changed by someone else meanwhile; please reopen the record.").arg(r->name));
    if (r->status == status)
        return failed(tr("%1 already has this status.").arg(r->name));

    // The withdrawn change's own kind and date: a move back withdrawn is "withdrawn_moved_back".
    const QString kind = QStringLiteral("withdrawn_") +
                         (r->status == QLatin1String("living") ? QStringLiteral("moved_back") : r->status);
    const QDate changed = r->statusDate.isValid() ? r->statusDate : QDate::currentDate();
    Transaction tx(m_db);
    ResidentWriter writer(m_db, m_scope);
    const Resident before = *r;
    r->status = status;
    r->statusDate = status == QLatin1String("living") ? QDate() : statusDate;
    if (!tx.isActive() || !writer.update(*r, before) ||
        !writer.recordChange(residentId, kind, changed, 0, 0, note.trimmed()) || !tx.commit())
        return failed(tr("The change could not be saved; nothing was changed."));
    return {true, residentId, {}, {}};
}
