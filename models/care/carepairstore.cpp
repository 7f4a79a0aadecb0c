#include "carepairstore.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

SaveResult failed(const QString &field, const QString &message)
{
    return SaveResult{false, 0, {{field, message, 0}}, {}};
}

QString json(const CarePair &p)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("householdId"), p.householdId},
                                                       {QStringLiteral("helperName"), p.helperName},
                                                       {QStringLiteral("helperKind"), p.helperKind},
                                                       {QStringLiteral("residentId"), p.residentId},
                                                       {QStringLiteral("volunteerId"), p.volunteerId},
                                                       {QStringLiteral("startedOn"), p.startedOn.toString(Qt::ISODate)},
                                                       {QStringLiteral("endedOn"), p.endedOn.toString(Qt::ISODate)},
                                                       {QStringLiteral("note"), p.note}})
                                 .toJson(QJsonDocument::Compact));
}

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.household_id, p.helper_name, p.helper_kind, p.helper_phone, p.resident_id, p.volunteer_id, "
    "p.started_on, p.ended_on, p.note, c.name, b.name, h.unit, h.room, b.grid_id, g.name, (SELECT r.name FROM resident "
    "r WHERE r.household_id = h.id AND r.status = 'living' ORDER BY CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, "
    "r.id LIMIT 1), (SELECT count(*) FROM care_pair_activity a WHERE a.pair_id = p.id AND a.archived = 0), (SELECT "
    "max(a.done_on) FROM care_pair_activity a WHERE a.pair_id = p.id AND a.archived = 0) FROM care_pair p JOIN "
    "household h ON h.id = p.household_id JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = "
    "b.compound_id LEFT JOIN grid g ON g.id = b.grid_id WHERE p.archived = 0");

CarePair read(const SqlQuery &q)
{
    CarePair p;
    p.id = q.value(0).toLongLong();
    p.householdId = q.value(1).toLongLong();
    p.helperName = q.value(2).toString();
    p.helperKind = q.value(3).toString();
    p.helperPhone = q.value(4).toString();
    p.residentId = q.value(5).toLongLong();
    p.volunteerId = q.value(6).toLongLong();
    p.startedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    p.endedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    p.note = q.value(9).toString();
    p.address =
        Address::format(q.value(10).toString(), q.value(11).toString(), q.value(12).toString(), q.value(13).toString());
    p.gridId = q.value(14).toLongLong();
    p.gridName = q.value(15).toString();
    p.head = q.value(16).toString();
    p.activities = q.value(17).toInt();
    p.lastActivity = QDate::fromString(q.value(18).toString(), Qt::ISODate);
    return p;
}

} // namespace

CarePairStore::CarePairStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QStringList CarePairStore::helperKinds()
{
    return {QStringLiteral("cadre"), QStringLiteral("party_member"), QStringLiteral("volunteer")};
}

QString CarePairStore::helperKindName(const QString &code)
{
    if (code == QLatin1String("cadre"))
        return tr("Cadre");
    if (code == QLatin1String("party_member"))
        return tr("Party member");
    if (code == QLatin1String("volunteer"))
        return tr("Volunteer");
    return code;
}

QList<CarePair> CarePairStore::list(const CarePairFilter &filter) const
{
    QList<CarePair> pairs;
    if (!m_scope.isSignedIn())
        return pairs;
    const QString like = u'%' + filter.text.trimmed() + u'%';
    SqlQuery q(
        m_db,
        kSelect + RegisterRows::households(m_scope, QStringLiteral("h.id")) +
            QStringLiteral(
                " AND (? = 0 OR b.grid_id = ?) AND (? = 0 OR p.household_id = ?) AND (? = 0 "
                "OR p.ended_on IS NULL) AND (? = '%%' OR lower(p.helper_name) LIKE lower(CAST(? AS TEXT)) OR EXISTS "
                "(SELECT 1 FROM resident r WHERE r.household_id = h.id AND lower(r.name) LIKE "
                "lower(CAST(? AS TEXT)))) "
                "ORDER BY g.name, p.started_on DESC, p.id DESC"));
    if (q.exec(filter.gridId, filter.gridId, filter.householdId, filter.householdId, filter.currentOnly ? 1 : 0, like,
               like, like))
        while (q.next())
            pairs << read(q);
    return pairs;
}

CarePair CarePairStore::pair(qint64 id) const
{
    SqlQuery q(m_db,
               kSelect + QStringLiteral(" AND p.id = ?") + RegisterRows::households(m_scope, QStringLiteral("h.id")));
    if (m_scope.isSignedIn() && q.exec(id) && q.next())
        return read(q);
    return {};
}

SaveResult CarePairStore::refused(qint64 householdId) const
{
    if (const QString why = m_scope.householdRefusal(m_db, householdId); !why.isEmpty())
        return failed(QString(), why);
    return {true, 0, {}, {}};
}

SaveResult CarePairStore::save(const CarePair &pair)
{
    SqlQuery household(m_db, QStringLiteral("SELECT count(*) FROM household WHERE id = ?"));
    if (pair.householdId <= 0 || !household.exec(pair.householdId) || household.scalar().toInt() == 0)
        return failed(QStringLiteral("household"), tr("Household: choose the household the helper is paired with."));
    if (const SaveResult r = refused(pair.householdId); !r.ok)
        return r;
    if (pair.helperName.trimmed().isEmpty())
        return failed(QStringLiteral("helperName"), tr("Helper: enter the helper's name."));
    if (!helperKinds().contains(pair.helperKind))
        return failed(QStringLiteral("helperKind"), tr("Helper is: choose cadre, party member or volunteer."));
    if (!pair.startedOn.isValid())
        return failed(QStringLiteral("startedOn"), tr("Start: enter the day the pairing began."));
    if (pair.endedOn.isValid() && pair.endedOn < pair.startedOn)
        return failed(QStringLiteral("endedOn"), tr("End: the pairing cannot end before it began."));
    const CarePair before = pair.id ? this->pair(pair.id) : CarePair();
    if (pair.id && !before.id)
        return failed(QString(), tr("This pairing no longer exists."));
    if (pair.id && before.householdId != pair.householdId)
        if (const SaveResult r = refused(before.householdId); !r.ok)
            return r;

    Transaction tx(m_db);
    qint64 id = pair.id;
    bool ok = tx.isActive();
    if (ok && id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO care_pair (household_id, helper_name, helper_kind, helper_phone, "
                                        "resident_id, volunteer_id, started_on, ended_on, note, user_name, created_at, "
                                        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        ok = q.exec(pair.householdId, pair.helperName.trimmed(), pair.helperKind, pair.helperPhone.trimmed(),
                    SqlValues::idOrNull(pair.residentId), SqlValues::idOrNull(pair.volunteerId),
                    pair.startedOn.toString(Qt::ISODate), SqlValues::dateOrNull(pair.endedOn), pair.note.trimmed(),
                    m_scope.userName(), SqlValues::now(), SqlValues::now());
        id = q.lastInsertId();
    } else if (ok) {
        SqlQuery q(m_db, QStringLiteral("UPDATE care_pair SET household_id = ?, helper_name = ?, helper_kind = ?, "
                                        "helper_phone = ?, resident_id = ?, volunteer_id = ?, started_on = ?, ended_on "
                                        "= ?, note = ?, user_name = ?, updated_at = ? WHERE id = ?"));
        ok = q.exec(pair.householdId, pair.helperName.trimmed(), pair.helperKind, pair.helperPhone.trimmed(),
                    SqlValues::idOrNull(pair.residentId), SqlValues::idOrNull(pair.volunteerId),
                    pair.startedOn.toString(Qt::ISODate), SqlValues::dateOrNull(pair.endedOn), pair.note.trimmed(),
                    m_scope.userName(), SqlValues::now(), id);
    }
    if (!ok ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("care_pair"), id, pair.id ? QStringLiteral("update") : QStringLiteral("insert"),
                     pair.id ? json(before) : QString(), json(pair)) ||
        !tx.commit())
        return failed(QString(), tr("The pairing could not be saved; nothing was changed."));
    return {true, id, {}, {}};
}

QList<CarePairActivity> CarePairStore::activities(qint64 pairId) const
{
    QList<CarePairActivity> list;
    if (!pair(pairId).id)
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, pair_id, done_on, what FROM care_pair_activity WHERE pair_id = ? AND "
                                    "archived = 0 ORDER BY done_on DESC, id DESC"));
    if (q.exec(pairId))
        while (q.next())
            list << CarePairActivity{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                     QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()};
    return list;
}

SaveResult CarePairStore::addActivity(const CarePairActivity &activity)
{
    const CarePair p = pair(activity.pairId);
    if (!p.id)
        return failed(QString(), tr("This pairing no longer exists."));
    if (const SaveResult r = refused(p.householdId); !r.ok)
        return r;
    if (!activity.doneOn.isValid())
        return failed(QStringLiteral("doneOn"), tr("Date: enter the day it was done."));
    if (activity.doneOn < p.startedOn)
        return failed(QStringLiteral("doneOn"),
                      tr("Date: the pairing began on %1.").arg(p.startedOn.toString(Qt::ISODate)));
    if (activity.what.trimmed().isEmpty())
        return failed(QStringLiteral("what"), tr("What was done: describe what the helper did."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO care_pair_activity (pair_id, done_on, what, user_name, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"));
    const bool ok = tx.isActive() && q.exec(activity.pairId, activity.doneOn.toString(Qt::ISODate),
                                            activity.what.trimmed(), m_scope.userName(), SqlValues::now());
    const qint64 id = ok ? q.lastInsertId() : 0;
    if (!ok ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("care_pair_activity"), id, QStringLiteral("insert"), QString(),
                     QStringLiteral("%1 %2").arg(activity.doneOn.toString(Qt::ISODate), activity.what.trimmed())) ||
        !tx.commit())
        return failed(QString(), tr("The activity could not be saved; nothing was changed."));
    return {true, id, {}, {}};
}
