#include "careoverdue.h"

#include "carelevels.h"
#include "carerules.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"

#include <algorithm>

namespace {

QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

// The ids of one batch as SQL text: integers read from the database, never user text.
QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

} // namespace

CareOverdue::CareOverdue(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<OverdueHousehold> CareOverdue::list(const QDate &day) const
{
    QList<OverdueHousehold> rows;
    list(day, &rows);
    return rows;
}

bool CareOverdue::list(const QDate &day, QList<OverdueHousehold> *out) const
{
    out->clear();
    if (!m_scope.isSignedIn() || !day.isValid())
        return true;
    QHash<qint64, QString> attention; // residents' own levels: few, read once
    SqlQuery a(m_db,
               QStringLiteral("SELECT resident_id, level FROM care_attention WHERE level IS NOT NULL AND level <> ''"));
    if (!a.exec())
        return false;
    while (a.next())
        attention.insert(a.value(0).toLongLong(), a.value(1).toString());

    // Tag outwards (CROSS JOIN keeps SQLite's order): the tag's residents, their household and
    // building by key; "no visit from the cutoff to the day" by visit_household.
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT h.id, b.grid_id, r.id, r.name, r.birth_date, h.moved_in, (SELECT max(v.visited_on) "
                         "FROM visit v WHERE v.household_id = h.id AND v.archived = 0 AND v.visited_on <= ?) FROM "
                         "resident_tag rt CROSS JOIN resident r CROSS JOIN household h CROSS JOIN building b WHERE "
                         "rt.tag_id = ? AND r.id = rt.resident_id AND r.status = 'living' AND h.id = "
                         "r.household_id AND h.status = 'active' AND b.id = h.building_id AND (? = 0 OR "
                         "r.birth_date <= ?) AND (? = 0 OR b.grid_id = ?) AND NOT EXISTS (SELECT 1 FROM visit w "
                         "WHERE w.household_id = h.id AND w.archived = 0 AND w.visited_on >= ? AND w.visited_on "
                         "<= ?)") +
                         RegisterRows::households(m_scope, QStringLiteral("h.id")));
    QHash<qint64, OverdueHousehold> byHousehold;
    const QString dayText = isoDate(day);
    for (const CareRule &rule : CareRules(m_db, m_scope).list(true)) {
        if (m_tagId > 0 && rule.tagId != m_tagId)
            continue;
        const QString bornBy = rule.minAge > 0 ? isoDate(day.addYears(-rule.minAge)) : QString();
        const QString cutoff = isoDate(day.addDays(-rule.rhythmDays));
        if (!q.exec(dayText, rule.tagId, rule.minAge, bornBy, m_gridId, m_gridId, cutoff, dayText))
            return false;
        while (q.next()) {
            const QDate birth = date(q.value(4));
            const QDate movedIn = date(q.value(5));
            const QDate last = date(q.value(6));
            // The day the rule began to apply to this household.
            QDate since = rule.appliesFrom;
            if (rule.minAge > 0 && birth.isValid())
                since = std::max(since, birth.addYears(rule.minAge));
            if (movedIn.isValid())
                since = std::max(since, movedIn);
            const QDate due = last.isValid() ? std::max(last.addDays(rule.rhythmDays), since) : since;
            const int days = int(due.daysTo(day));
            // Visited: overdue from the day after it was due. Never visited: from the day the
            // rule applies (and not before it does).
            if (last.isValid() ? days <= 0 : days < 0)
                continue;
            const qint64 residentId = q.value(2).toLongLong();
            const QString level = CareLevels::higher(rule.level, attention.value(residentId));
            const qint64 householdId = q.value(0).toLongLong();
            auto it = byHousehold.find(householdId);
            if (it == byHousehold.end()) {
                OverdueHousehold h;
                h.householdId = householdId;
                h.gridId = q.value(1).toLongLong();
                h.lastVisit = last;
                h.daysOverdue = -1;
                it = byHousehold.insert(householdId, h);
            }
            it->level = CareLevels::higher(it->level, level);
            // Why: the member and rule with the most days overdue; the shorter rhythm on a tie.
            if (days > it->daysOverdue || (days == it->daysOverdue && rule.rhythmDays < it->rhythmDays)) {
                it->daysOverdue = days;
                it->due = due;
                it->residentId = residentId;
                it->residentName = q.value(3).toString();
                it->ruleId = rule.id;
                it->tagName = rule.tagName;
                it->minAge = rule.minAge;
                it->rhythmDays = rule.rhythmDays;
            }
        }
    }
    QList<OverdueHousehold> rows;
    for (const OverdueHousehold &h : std::as_const(byHousehold))
        if (m_level.isEmpty() || h.level == m_level)
            rows << h;
    QHash<qint64, QString> gridCodes; // the grids in their code order, as every list of grids
    if (!fillPlaces(rows, &gridCodes))
        return false;
    std::sort(rows.begin(), rows.end(), [&gridCodes](const OverdueHousehold &x, const OverdueHousehold &y) {
        const QString a = gridCodes.value(x.householdId), b = gridCodes.value(y.householdId);
        if (a != b)
            return a < b;
        if (x.daysOverdue != y.daysOverdue)
            return x.daysOverdue > y.daysOverdue;
        return x.address < y.address;
    });
    *out = rows;
    return true;
}

bool CareOverdue::fillPlaces(QList<OverdueHousehold> &rows, QHash<qint64, QString> *gridCodes) const
{
    QHash<qint64, int> index;
    for (int i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).householdId, i);
    constexpr int kBatch = 500;
    for (int start = 0; start < rows.size(); start += kBatch) {
        QList<qint64> ids;
        for (int i = start; i < std::min<int>(start + kBatch, int(rows.size())); ++i)
            ids << rows.at(i).householdId;
        SqlQuery q(m_db, QStringLiteral("SELECT h.id, c.name, b.name, h.unit, h.room, g.name, (SELECT r.name FROM "
                                        "resident r WHERE r.household_id = h.id AND r.status = 'living' ORDER BY "
                                        "CASE WHEN r.relation = 'head' THEN 0 ELSE 1 END, r.id LIMIT 1), g.code FROM "
                                        "household h JOIN building b ON b.id = h.building_id JOIN compound c ON c.id = "
                                        "b.compound_id LEFT JOIN grid g ON g.id = b.grid_id WHERE h.id IN (") +
                             idList(ids) + u')');
        if (!q.exec())
            return false;
        while (q.next()) {
            OverdueHousehold &h = rows[index.value(q.value(0).toLongLong())];
            h.address = Address::format(q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                        q.value(4).toString());
            h.gridName = q.value(5).toString();
            h.head = q.value(6).toString();
            gridCodes->insert(h.householdId, q.value(7).toString());
        }
    }
    return true;
}

QHash<qint64, int> CareOverdue::countPerGrid(const QDate &day) const
{
    QHash<qint64, int> counts;
    for (const OverdueHousehold &h : list(day))
        ++counts[h.gridId];
    return counts;
}

QString CareOverdue::reason(const OverdueHousehold &h)
{
    const QString group = h.minAge > 0 ? tr("%1 %2+").arg(h.tagName).arg(h.minAge) : h.tagName;
    return tr("%1 · %2 · every %n day(s)", nullptr, h.rhythmDays).arg(h.residentName, group);
}
