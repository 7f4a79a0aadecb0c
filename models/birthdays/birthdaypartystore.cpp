#include "birthdaypartystore.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

using SqlValues::idOrNull;

using SqlValues::textOrNull;

QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

QString partyJson(const BirthdayParty &p)
{
    QJsonArray attendance;
    for (const BirthdayParty::Attendance &a : p.attendance)
        attendance.append(QJsonObject{{QStringLiteral("resident"), a.residentId},
                                      {QStringLiteral("outcome"), BirthdayParty::outcomeCode(a.outcome)}});
    const QJsonObject o{
        {QStringLiteral("month"), p.month},       {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
        {QStringLiteral("grid"), p.gridId},       {QStringLiteral("gift"), p.gift},
        {QStringLiteral("hostedBy"), p.hostedBy}, {QStringLiteral("attendance"), attendance}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

BirthdayPartyStore::BirthdayPartyStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult BirthdayPartyStore::failed(const QString &message) const
{
    SaveResult result;
    result.errors.append({QString(), message, 0});
    return result;
}

QList<FieldError> BirthdayPartyStore::validate(const BirthdayParty &p) const
{
    QList<FieldError> errors;
    static const QRegularExpression monthPattern(QStringLiteral("^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])$"));
    if (!monthPattern.match(p.month).hasMatch())
        errors.append(
            {QStringLiteral("month"), tr("Month: please choose the month whose birthdays were celebrated."), 0});
    if (!p.date.isValid())
        errors.append({QStringLiteral("date"), tr("Date: please enter the day the party was held."), 0});
    else if (p.date > m_today)
        errors.append({QStringLiteral("date"), tr("Date: a party can only be recorded once it has been held."), 0});
    if (p.attendance.isEmpty())
        errors.append({QStringLiteral("attendance"), tr("List: the party has nobody on its list."), 0});
    QSet<qint64> seen;
    for (const BirthdayParty::Attendance &a : p.attendance) {
        if (a.residentId <= 0 || seen.contains(a.residentId)) {
            errors.append({QStringLiteral("attendance"), tr("List: each resident can appear only once."), 0});
            break;
        }
        seen.insert(a.residentId);
    }
    if (p.gridId > 0) {
        SqlQuery grid(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE id = ?"));
        if (!grid.exec(p.gridId) || grid.scalar().toInt() != 1)
            errors.append({QStringLiteral("grid"), tr("Grid: the chosen grid no longer exists."), 0});
    }
    return errors;
}

SaveResult BirthdayPartyStore::save(BirthdayParty &p)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(why);
    SaveResult result;
    result.errors = validate(p);
    if (!result.errors.isEmpty())
        return result;

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    const bool isNew = p.id == 0;
    const QString stamp = now();
    const std::optional<BirthdayParty> before = isNew ? std::nullopt : party(p.id);
    if (!isNew && !before)
        return failed(tr("This party record no longer exists."));
    if (isNew) {
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO birthday_party (month, party_date, grid_id, place, gift, "
                                  "hosted_by, notes, user_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?)"));
        if (!q.exec(p.month, p.date.toString(Qt::ISODate), idOrNull(p.gridId), textOrNull(p.place), textOrNull(p.gift),
                    textOrNull(p.hostedBy), textOrNull(p.notes), textOrNull(m_scope.userName()), stamp, stamp))
            return failed(tr("The party could not be saved."));
        p.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db,
                   QStringLiteral("UPDATE birthday_party SET month = ?, party_date = ?, grid_id = ?, place = ?, "
                                  "gift = ?, hosted_by = ?, notes = ?, user_name = ?, updated_at = ? WHERE id = ?"));
        if (!q.exec(p.month, p.date.toString(Qt::ISODate), idOrNull(p.gridId), textOrNull(p.place), textOrNull(p.gift),
                    textOrNull(p.hostedBy), textOrNull(p.notes), textOrNull(m_scope.userName()), stamp, p.id))
            return failed(tr("The party could not be saved."));
    }
    if (!writeAttendance(p))
        return failed(tr("The party's list could not be saved."));
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("birthday_party"), p.id,
                     isNew ? QStringLiteral("insert") : QStringLiteral("update"),
                     before ? partyJson(*before) : QString(), partyJson(p)))
        return failed(tr("The party could not be saved."));
    if (!tx.commit())
        return failed(tr("The party could not be saved; nothing was changed."));
    result.ok = true;
    result.id = p.id;
    return result;
}

bool BirthdayPartyStore::writeAttendance(const BirthdayParty &p)
{
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM birthday_attendance WHERE party_id = ?"));
    if (!clear.exec(p.id))
        return false;
    SqlQuery insert(m_db, QStringLiteral("INSERT INTO birthday_attendance (party_id, resident_id, outcome, gift, "
                                         "given_by, note) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const BirthdayParty::Attendance &a : p.attendance)
        if (!insert.exec(p.id, a.residentId, BirthdayParty::outcomeCode(a.outcome), textOrNull(a.gift),
                         textOrNull(a.givenBy), textOrNull(a.note)))
            return false;
    return true;
}

std::optional<BirthdayParty> BirthdayPartyStore::party(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, month, party_date, grid_id, place, gift, hosted_by, notes FROM "
                                    "birthday_party WHERE id = ?"));
    if (!q.exec(id) || !q.next())
        return std::nullopt;
    BirthdayParty p;
    p.id = q.value(0).toLongLong();
    p.month = q.value(1).toString();
    p.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    p.gridId = q.value(3).toLongLong();
    p.place = q.value(4).toString();
    p.gift = q.value(5).toString();
    p.hostedBy = q.value(6).toString();
    p.notes = q.value(7).toString();
    SqlQuery a(m_db, QStringLiteral("SELECT resident_id, outcome, gift, given_by, note FROM birthday_attendance "
                                    "WHERE party_id = ? ORDER BY resident_id"));
    if (a.exec(id))
        while (a.next())
            p.attendance.append({a.value(0).toLongLong(), BirthdayParty::outcomeFromCode(a.value(1).toString()),
                                 a.value(2).toString(), a.value(3).toString(), a.value(4).toString()});
    return p;
}

QList<BirthdayParty> BirthdayPartyStore::parties(const QString &month) const
{
    QList<qint64> ids;
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM birthday_party WHERE month = ? ORDER BY party_date, id"));
    if (q.exec(month))
        while (q.next())
            ids.append(q.value(0).toLongLong());
    QList<BirthdayParty> list;
    for (const qint64 id : std::as_const(ids))
        if (auto p = party(id))
            list.append(*p);
    return list;
}
