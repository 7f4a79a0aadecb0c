#include "assistancestore.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

SaveResult failed(const QString &field, const QString &message)
{
    return SaveResult{false, 0, {{field, message, 0}}, {}};
}

QString json(const AssistanceRecord &r)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("householdId"), r.householdId},
                                                       {QStringLiteral("residentId"), r.residentId},
                                                       {QStringLiteral("kindId"), r.kindId},
                                                       {QStringLiteral("amountFen"), r.amountFen},
                                                       {QStringLiteral("items"), r.items},
                                                       {QStringLiteral("givenOn"), r.givenOn.toString(Qt::ISODate)},
                                                       {QStringLiteral("givenBy"), r.givenBy},
                                                       {QStringLiteral("note"), r.note},
                                                       {QStringLiteral("archived"), r.archived}})
                                 .toJson(QJsonDocument::Compact));
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.household_id, a.resident_id, a.kind_id, a.amount_fen, a.items, a.given_on, a.given_by, a.note, "
    "k.name, (SELECT r.name FROM resident r WHERE r.id = a.resident_id), c.name, b.name, h.unit, h.room, (SELECT "
    "r.name "
    "FROM resident r WHERE r.household_id = h.id AND r.status = 'living' ORDER BY CASE WHEN r.relation = 'head' THEN 0 "
    "ELSE 1 END, r.id LIMIT 1), a.grid_id, g.name, a.archived, a.row_version FROM assistance a JOIN assistance_kind k "
    "ON k.id = a.kind_id JOIN "
    "household h ON h.id = a.household_id LEFT JOIN building b ON b.id = h.building_id LEFT JOIN compound c ON c.id = "
    "b.compound_id LEFT JOIN grid g ON g.id = a.grid_id WHERE 1 = 1");

AssistanceRecord read(const SqlQuery &q)
{
    AssistanceRecord r;
    r.id = q.value(0).toLongLong();
    r.householdId = q.value(1).toLongLong();
    r.residentId = q.value(2).toLongLong();
    r.kindId = q.value(3).toLongLong();
    r.amountFen = q.value(4).toLongLong();
    r.items = q.value(5).toString();
    r.givenOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    r.givenBy = q.value(7).toString();
    r.note = q.value(8).toString();
    r.kindName = q.value(9).toString();
    r.residentName = q.value(10).toString();
    r.address =
        Address::format(q.value(11).toString(), q.value(12).toString(), q.value(13).toString(), q.value(14).toString());
    r.head = q.value(15).toString();
    r.gridId = q.value(16).toLongLong();
    r.gridName = q.value(17).toString();
    r.archived = q.value(18).toInt() != 0;
    r.rowVersion = q.value(19).toInt();
    return r;
}

} // namespace

AssistanceStore::AssistanceStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<AssistanceRecord> AssistanceStore::list(const AssistanceFilter &filter) const
{
    QList<AssistanceRecord> records;
    if (!m_scope.isSignedIn())
        return records;
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("9999-99-99");
    SqlQuery q(
        m_db, kSelect + RegisterRows::households(m_scope, QStringLiteral("a.household_id")) +
                  QStringLiteral(
                      " AND a.archived = 0 AND a.given_on >= ? AND a.given_on <= ? AND (? = 0 OR a.grid_id = ?) AND (? "
                      "= 0 OR a.kind_id = ?) AND (? = 0 OR a.household_id = ?) ORDER BY a.given_on "
                      "DESC, a.id DESC"));
    if (q.exec(from, to, filter.gridId, filter.gridId, filter.kindId, filter.kindId, filter.householdId,
               filter.householdId))
        while (q.next())
            records << read(q);
    return records;
}

QList<AssistanceRecord> AssistanceStore::history(qint64 householdId) const
{
    AssistanceFilter filter;
    filter.householdId = householdId;
    return householdId > 0 ? list(filter) : QList<AssistanceRecord>();
}

std::optional<AssistanceRecord> AssistanceStore::record(qint64 id) const
{
    SqlQuery q(m_db, kSelect + QStringLiteral(" AND a.id = ?") +
                         RegisterRows::households(m_scope, QStringLiteral("a.household_id")));
    if (!m_scope.isSignedIn() || !q.exec(id) || !q.next())
        return std::nullopt;
    return read(q);
}

SaveResult AssistanceStore::add(const AssistanceRecord &record)
{
    AssistanceRecord copy = record;
    copy.id = 0;
    copy.archived = false;
    return save(copy);
}

SaveResult AssistanceStore::validate(const AssistanceRecord &record,
                                     const std::optional<AssistanceRecord> &before) const
{
    SqlQuery household(m_db, QStringLiteral("SELECT count(*) FROM household WHERE id = ?"));
    if (record.householdId <= 0 || !household.exec(record.householdId) || household.scalar().toInt() == 0)
        return failed(QStringLiteral("household"), tr("Household: choose the household that was helped."));
    if (const QString why = m_scope.householdRefusal(m_db, record.householdId); !why.isEmpty())
        return failed(QString(), why);
    // Moving a record to another household needs the right to the one it leaves as well.
    if (before && before->householdId != record.householdId)
        if (const QString why = m_scope.householdRefusal(m_db, before->householdId); !why.isEmpty())
            return failed(QString(), why);
    // A member who has moved out since keeps the records given to them: checked only when chosen.
    const bool memberChosen =
        !before || before->residentId != record.residentId || before->householdId != record.householdId;
    if (record.residentId > 0 && memberChosen) {
        SqlQuery member(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE id = ? AND household_id = ?"));
        if (!member.exec(record.residentId, record.householdId) || member.scalar().toInt() == 0)
            return failed(QStringLiteral("resident"), tr("Resident: choose a member of this household."));
    }
    // A kind the office has retired since stays on the records that have it.
    SqlQuery kind(m_db,
                  QStringLiteral("SELECT count(*) FROM assistance_kind WHERE id = ? AND (archived = 0 OR id = ?)"));
    if (record.kindId <= 0 || !kind.exec(record.kindId, before ? before->kindId : 0) || kind.scalar().toInt() == 0)
        return failed(QStringLiteral("kind"), tr("Kind: choose the kind of assistance."));
    if (record.amountFen < 0)
        return failed(QStringLiteral("amount"), tr("Amount: enter a sum of money of 0 or more."));
    if (record.amountFen == 0 && record.items.trimmed().isEmpty())
        return failed(QStringLiteral("amount"), tr("Amount or items: enter the money given or what was handed over."));
    if (!record.givenOn.isValid())
        return failed(QStringLiteral("givenOn"), tr("Date: enter the day it was given."));
    if (record.givenBy.trimmed().isEmpty())
        return failed(QStringLiteral("givenBy"), tr("Given by: enter who gave it."));
    return {true, 0, {}, {}};
}

SaveResult AssistanceStore::save(AssistanceRecord &record)
{
    const bool isNew = record.id == 0;
    const std::optional<AssistanceRecord> before = isNew ? std::nullopt : this->record(record.id);
    if (!isNew && !before)
        return failed(QString(), tr("This assistance record no longer exists."));
    if (const SaveResult valid = validate(record, before); !valid.ok)
        return valid;
    // The household's grid of the day it was given; an edit keeping the household keeps it.
    QVariant gridId(QMetaType(QMetaType::LongLong));
    if (before && before->householdId == record.householdId) {
        if (before->gridId > 0)
            gridId = before->gridId;
    } else {
        SqlQuery grid(m_db, QStringLiteral("SELECT b.grid_id FROM household h LEFT JOIN building b ON b.id = "
                                           "h.building_id WHERE h.id = ?"));
        if (grid.exec(record.householdId) && grid.next())
            gridId = grid.value(0);
    }
    const QVariant residentId =
        record.residentId > 0 ? QVariant(record.residentId) : QVariant(QMetaType(QMetaType::LongLong));
    const QVariant amount =
        record.amountFen > 0 ? QVariant(record.amountFen) : QVariant(QMetaType(QMetaType::LongLong));
    record.items = record.items.trimmed();
    record.givenBy = record.givenBy.trimmed();
    record.note = record.note.trimmed();

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(QString(), tr("The assistance record could not be saved; nothing was changed."));
    const QString stamp = SqlValues::now();
    if (isNew) {
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO assistance (household_id, resident_id, kind_id, amount_fen, items, "
                                  "given_on, given_by, grid_id, note, archived, user_name, created_at, "
                                  "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
        if (!q.exec(record.householdId, residentId, record.kindId, amount, record.items,
                    record.givenOn.toString(Qt::ISODate), record.givenBy, gridId, record.note, m_scope.userName(),
                    stamp, stamp))
            return failed(QString(), tr("The assistance record could not be saved; nothing was changed."));
        record.id = q.lastInsertId();
        record.archived = false;
        record.rowVersion = 1;
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE assistance SET household_id = ?, resident_id = ?, kind_id = ?, "
                                        "amount_fen = ?, items = ?, given_on = ?, given_by = ?, grid_id = ?, note = ?, "
                                        "archived = ?, user_name = ?, updated_at = ?, row_version = row_version + 1 "
                                        "WHERE id = ? AND row_version = ?"));
        if (!q.exec(record.householdId, residentId, record.kindId, amount, record.items,
                    record.givenOn.toString(Qt::ISODate), record.givenBy, gridId, record.note, record.archived ? 1 : 0,
                    m_scope.userName(), stamp, record.id, record.rowVersion))
            return failed(QString(), tr("The assistance record could not be saved; nothing was changed."));
        if (q.numRowsAffected() != 1)
            return failed(QString(), tr("This assistance record was changed by someone else since you opened it; "
                                        "please reopen it and make your change again."));
        ++record.rowVersion;
    }
    QString action = isNew ? QStringLiteral("insert") : QStringLiteral("update");
    if (before && before->archived != record.archived)
        action = record.archived ? QStringLiteral("archive") : QStringLiteral("restore");
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("assistance"), record.id, action, before ? json(*before) : QString(),
                     json(record)) ||
        !tx.commit()) {
        if (isNew)
            record.id = 0;
        return failed(QString(), tr("The assistance record could not be saved; nothing was changed."));
    }
    return {true, record.id, {}, {}};
}

SaveResult AssistanceStore::archive(qint64 id)
{
    std::optional<AssistanceRecord> r = record(id);
    if (!r || r->archived)
        return failed(QString(), tr("This assistance record no longer exists."));
    r->archived = true;
    return save(*r);
}

QList<AssistanceTotal> AssistanceStore::totals(const QDate &from, const QDate &to, qint64 gridId) const
{
    QList<AssistanceTotal> rows;
    if (!m_scope.isSignedIn())
        return rows;
    // One date range of assistance_month; the grid is the one of the day it was given.
    SqlQuery q(m_db, QStringLiteral("SELECT a.grid_id, g.name, a.kind_id, k.name, count(*), count(DISTINCT "
                                    "a.household_id), coalesce(sum(a.amount_fen), 0) FROM assistance a JOIN "
                                    "assistance_kind k ON k.id = a.kind_id LEFT JOIN grid g ON g.id = a.grid_id WHERE "
                                    "a.given_on >= ? AND a.given_on <= ? AND a.archived = 0 AND (? = 0 OR a.grid_id = "
                                    "?)") +
                         RegisterRows::grids(m_scope, QStringLiteral("a.grid_id")) +
                         QStringLiteral(" GROUP BY a.grid_id, g.name, g.code, a.kind_id, k.name, k.sort_order ORDER BY "
                                        "g.code, k.sort_order, a.kind_id"));
    if (q.exec(from.toString(Qt::ISODate), to.toString(Qt::ISODate), gridId, gridId))
        while (q.next())
            rows << AssistanceTotal{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                                    q.value(3).toString(),   q.value(4).toInt(),    q.value(5).toInt(),
                                    q.value(6).toLongLong()};
    return rows;
}

QString AssistanceStore::money(qint64 fen)
{
    if (fen <= 0)
        return QString();
    return QStringLiteral("%1.%2").arg(fen / 100).arg(fen % 100, 2, 10, QLatin1Char('0'));
}

bool AssistanceStore::parseMoney(const QString &text, qint64 *fen)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})(?:\\.(\\d{1,2}))?$"));
    QString plain = text.trimmed();
    plain.remove(u',');
    plain.remove(u'¥');
    plain.remove(u'￥');
    plain.remove(u'元');
    if (plain.isEmpty()) {
        *fen = 0;
        return true;
    }
    const QRegularExpressionMatch m = pattern.match(plain);
    if (!m.hasMatch())
        return false;
    const QString cents = m.captured(2).leftJustified(2, u'0');
    *fen = m.captured(1).toLongLong() * 100 + cents.toLongLong();
    return true;
}
