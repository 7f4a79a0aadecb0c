#include "dualreportstore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "volunteerstore.h"

DualReportStore::DualReportStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult DualReportStore::failed(const QString &field, const QString &message) const
{
    SaveResult r;
    r.errors.append({field, message, 0});
    return r;
}

bool DualReportStore::isDualReport(qint64 volunteerId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT dual_report FROM volunteer WHERE id = ?"));
    return q.exec(volunteerId) && q.next() && q.value(0).toInt() != 0;
}

bool DualReportStore::write(qint64 volunteerId, bool dualReport)
{
    const bool before = isDualReport(volunteerId);
    SqlQuery q(m_db, QStringLiteral("UPDATE volunteer SET dual_report = ? WHERE id = ?"));
    if (!q.exec(dualReport ? 1 : 0, volunteerId) || q.numRowsAffected() != 1)
        return false;
    return before == dualReport || AuditLog(m_db, m_scope)
                                       .record(QStringLiteral("volunteer"), volunteerId, QStringLiteral("dual_report"),
                                               before ? QStringLiteral("1") : QStringLiteral("0"),
                                               dualReport ? QStringLiteral("1") : QStringLiteral("0"));
}

SaveResult DualReportStore::saveVolunteer(Volunteer &v, bool dualReport)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    if (dualReport && v.workUnit.trimmed().isEmpty())
        return failed(QStringLiteral("workUnit"),
                      tr("Work unit: enter the unit of an in-service party member who reports here."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The database is busy; please try again."));
    const qint64 oldId = v.id;
    SaveResult r = VolunteerStore(m_db, m_scope).save(v); // a savepoint inside this transaction
    if (!r.ok) {
        v.id = oldId;
        return r;
    }
    if (!write(v.id, dualReport) || !tx.commit()) {
        v.id = oldId;
        return failed(QString(), tr("The volunteer could not be saved; nothing was changed."));
    }
    return r;
}

SaveResult DualReportStore::setDualReport(qint64 volunteerId, bool dualReport)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    if (!write(volunteerId, dualReport) || !tx.commit())
        return failed(QString(), tr("The volunteer could not be saved; nothing was changed."));
    return {true, volunteerId, {}, {}};
}
