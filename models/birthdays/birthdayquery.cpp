#include "birthdayquery.h"

#include "models/access/accessscope.h"
#include "models/cnrules/age.h"
#include "models/core/dialectsql.h"
#include "models/core/sqlquery.h"
#include "models/register/address.h"
#include "models/register/registerrows.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

// Buildings, compounds and grids are few (BirthdayQuery::loadPlaces); only the household is joined.
QString selectSql(const QSqlDatabase &db)
{
    return QStringLiteral("SELECT r.id, r.household_id, r.name, r.name_pinyin, r.gender, r.phone, r.birth_date, "
                          "r.birthday_calendar, h.building_id, h.unit, h.room, (SELECT ") +
           DialectSql::joined(db, QStringLiteral("rt.tag_id"), QStringLiteral("','")) +
           QStringLiteral(" FROM resident_tag rt WHERE rt.resident_id = r.id) "
                          "FROM resident r LEFT JOIN household h ON h.id = r.household_id ");
}

// What a summary needs: the covering index's columns and the household's building.
const QString kBriefSelect = QStringLiteral("SELECT r.birth_date, r.birthday_calendar, h.building_id FROM resident r "
                                            "LEFT JOIN household h ON h.id = r.household_id ");

// Just what decides whether a birthday is on the list, all in the covering index.
const QString kCountSelect = QStringLiteral("SELECT r.birth_date, r.birthday_calendar FROM resident r ");

// status = 'living' and a key range: the two leading columns of resident_birthday_solar / _lunar.
const QString kSolarWhere =
    QStringLiteral("WHERE r.status = 'living' AND r.birth_md BETWEEN ? AND ? AND r.birth_date <= ? "
                   "AND (coalesce(r.birthday_calendar, ?) = 'solar' OR r.birth_lunar_md IS NULL)");
const QString kLunarWhere =
    QStringLiteral("WHERE r.status = 'living' AND r.birth_lunar_md BETWEEN ? AND ? AND r.birth_date <= ? "
                   "AND coalesce(r.birthday_calendar, ?) = 'lunar'");

// A grid worker's birthday lists and counts hold only their grids' residents.
QString scoped(const QString &where, const AccessScope &scope)
{
    return where + RegisterRows::households(scope, QStringLiteral("r.household_id"));
}

// Columns of selectSql().
enum Col { CId, CHousehold, CName, CPinyin, CGender, CPhone, CBirth, CCalendar, CBuilding, CUnit, CRoom, CTags };

QString monthCode(int year, int month)
{
    return QDate(year, month, 1).toString(QStringLiteral("yyyy-MM"));
}

} // namespace

BirthdayQuery::BirthdayQuery(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

void BirthdayQuery::loadLookups() const
{
    if (m_lookupsLoaded)
        return;
    m_lookupsLoaded = true;
    SqlQuery tags(m_db, QStringLiteral("SELECT id, code, name FROM tag ORDER BY sort_order, id"));
    if (tags.exec()) {
        while (tags.next()) {
            const qint64 id = tags.value(0).toLongLong();
            m_tags.insert(id, {tags.value(1).toString(), tags.value(2).toString()});
            m_tagOrder.append(id);
        }
    }
    SqlQuery places(m_db, QStringLiteral("SELECT b.id, c.name, b.name, g.id, g.code, g.name FROM building b LEFT JOIN "
                                         "compound c ON c.id = b.compound_id LEFT JOIN grid g ON g.id = b.grid_id"));
    if (places.exec()) {
        while (places.next())
            m_places.insert(places.value(0).toLongLong(),
                            {places.value(1).toString(), places.value(2).toString(), places.value(3).toLongLong(),
                             places.value(4).toString(), places.value(5).toString()});
    }
}

void BirthdayQuery::readRows(SqlQuery &q, QList<BirthdayEntry> &out) const
{
    while (q.next()) {
        BirthdayEntry e;
        e.residentId = q.value(CId).toLongLong();
        e.householdId = q.value(CHousehold).toLongLong();
        e.name = q.value(CName).toString();
        e.namePinyin = q.value(CPinyin).toString();
        e.gender = q.value(CGender).toString();
        e.phone = q.value(CPhone).toString();
        e.birthDate = QDate::fromString(q.value(CBirth).toString(), Qt::ISODate);
        const QString calendar = q.value(CCalendar).toString();
        e.personalCalendar = !calendar.isEmpty();
        e.calendar = BirthdayRules::fromCode(calendar, m_defaultCalendar);
        const Place place = m_places.value(q.value(CBuilding).toLongLong());
        e.address =
            Address::format(place.compound, place.building, q.value(CUnit).toString(), q.value(CRoom).toString());
        e.gridId = place.gridId;
        e.gridCode = place.gridCode;
        e.gridName = place.gridName;
        const QString tags = q.value(CTags).toString();
        if (!tags.isEmpty()) {
            QSet<qint64> ids;
            for (const QStringView id : QStringView(tags).split(QLatin1Char(',')))
                ids.insert(id.toLongLong());
            for (const qint64 id : std::as_const(m_tagOrder)) {
                if (!ids.contains(id))
                    continue;
                const Tag &tag = m_tags[id];
                e.tagIds.append(id);
                e.tagNames.append(tag.name);
                if (tag.code == QLatin1String("living_alone"))
                    e.livingAlone = true;
            }
        }
        out.append(e);
    }
}

// Works out the day kept between from and to and the ages; false if the resident does not
// belong on the list after all (not kept in the span, or younger than the minimum).
bool BirthdayQuery::complete(BirthdayEntry &e, const QDate &from, const QDate &to) const
{
    e.keptOn = BirthdayRules::keptBetween(e.birthDate, e.calendar, from, to);
    if (!e.keptOn.isValid())
        return false;
    e.ageTurning = BirthdayRules::ageTurning(e.birthDate, e.calendar, e.keptOn);
    e.nominalAge = Age::nominalAge(e.birthDate, e.keptOn);
    return e.ageTurning >= m_minimumAge;
}

QList<BirthdayEntry> BirthdayQuery::between(const QDate &from, const QDate &to) const
{
    QList<BirthdayEntry> rows;
    const QList<BirthdayRules::KeyRange> solar = BirthdayRules::solarKeysBetween(from, to);
    if (solar.isEmpty())
        return rows;
    loadLookups();
    // Loose on purpose: a lunar birthday kept in year Y may count for lunar year Y - 1, so
    // residents up to a year younger are read and complete() decides.
    const QString cutoff = QDate(to.year() - m_minimumAge + 1, 12, 31).toString(Qt::ISODate);
    const QString fallback = BirthdayRules::code(m_defaultCalendar);

    SqlQuery solarQuery(m_db, selectSql(m_db) + scoped(kSolarWhere, m_scope));
    for (const BirthdayRules::KeyRange &range : solar) {
        if (solarQuery.exec(range.first, range.last, cutoff, fallback))
            readRows(solarQuery, rows);
    }
    SqlQuery lunarQuery(m_db, selectSql(m_db) + scoped(kLunarWhere, m_scope));
    for (const BirthdayRules::KeyRange &range : BirthdayRules::lunarKeysBetween(from, to)) {
        if (lunarQuery.exec(range.first, range.last, cutoff, fallback))
            readRows(lunarQuery, rows);
    }

    for (BirthdayEntry &e : rows)
        if (!complete(e, from, to))
            e.residentId = 0; // not on the list after all
    rows.removeIf([](const BirthdayEntry &e) { return e.residentId == 0; });
    return rows;
}

QList<BirthdayEntry> BirthdayQuery::month(int year, int month) const
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    return between(first, first.addMonths(1).addDays(-1));
}

QList<BirthdayEntry> BirthdayQuery::monthBrief(int year, int month) const
{
    const QDate from(year, month, 1);
    if (!from.isValid())
        return {};
    const QDate to = from.addMonths(1).addDays(-1);
    loadLookups();
    const QString cutoff = QDate(to.year() - m_minimumAge + 1, 12, 31).toString(Qt::ISODate);
    const QString fallback = BirthdayRules::code(m_defaultCalendar);
    QList<BirthdayEntry> rows;
    auto read = [&](SqlQuery &q) {
        while (q.next()) {
            BirthdayEntry e;
            e.birthDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            e.calendar = BirthdayRules::fromCode(q.value(1).toString(), m_defaultCalendar);
            if (!complete(e, from, to))
                continue;
            const Place place = m_places.value(q.value(2).toLongLong());
            e.gridId = place.gridId;
            e.gridCode = place.gridCode;
            e.gridName = place.gridName;
            rows << e;
        }
    };
    // One key at a time (birth_md = k): the index's next column, the birth date, then bounds the
    // range too, so only the elderly's entries are read, not the whole month's residents (the
    // monthly report's birthdays from a cold cache). A long range keeps one BETWEEN.
    const auto each = [&](const QString &where, const QString &key, const QList<BirthdayRules::KeyRange> &ranges) {
        SqlQuery between(m_db, kBriefSelect + scoped(where, m_scope));
        QString dayWhere = where;
        dayWhere.replace(key + QStringLiteral(" BETWEEN ? AND ?"), key + QStringLiteral(" = ?"));
        SqlQuery day(m_db, kBriefSelect + scoped(dayWhere, m_scope));
        for (const BirthdayRules::KeyRange &range : ranges) {
            if (range.last - range.first > 100) {
                if (between.exec(range.first, range.last, cutoff, fallback))
                    read(between);
                continue;
            }
            for (int k = range.first; k <= range.last; ++k)
                if (day.exec(k, cutoff, fallback))
                    read(day);
        }
    };
    each(kSolarWhere, QStringLiteral("r.birth_md"), BirthdayRules::solarKeysBetween(from, to));
    each(kLunarWhere, QStringLiteral("r.birth_lunar_md"), BirthdayRules::lunarKeysBetween(from, to));
    return rows;
}

QList<BirthdayEntry> BirthdayQuery::missed(int year, int month) const
{
    QList<BirthdayEntry> list;
    const QDate first(year, month, 1);
    if (!first.isValid())
        return list;
    loadLookups();
    const QString code = monthCode(year, month);
    SqlQuery ids(
        m_db, QStringLiteral("SELECT DISTINCT a.resident_id FROM birthday_attendance a JOIN birthday_party p ON p.id = "
                             "a.party_id WHERE p.month = ? AND a.outcome = 'absent' AND NOT EXISTS (SELECT 1 FROM "
                             "birthday_attendance a2 JOIN birthday_party p2 ON p2.id = a2.party_id WHERE p2.month = "
                             "p.month AND a2.resident_id = a.resident_id AND a2.outcome <> 'absent')"));
    if (!ids.exec(code))
        return list;
    QList<qint64> residents;
    while (ids.next())
        residents.append(ids.value(0).toLongLong());

    const QDate last = first.addMonths(1).addDays(-1);
    SqlQuery one(m_db, selectSql(m_db) + scoped(QStringLiteral("WHERE r.id = ? AND r.status = 'living'"), m_scope));
    for (const qint64 id : std::as_const(residents)) {
        QList<BirthdayEntry> rows;
        if (!one.exec(id))
            continue;
        readRows(one, rows);
        for (BirthdayEntry &e : rows) {
            // They were on the list, so they stay on it even if their calendar changed since.
            if (!complete(e, first, last) && !e.keptOn.isValid()) {
                e.keptOn = BirthdayRules::keptBetween(e.birthDate, BirthdayRules::Calendar::Solar, first, last);
                e.ageTurning = Age::ageTurning(e.birthDate, year);
                e.nominalAge = Age::nominalAge(e.birthDate, e.keptOn.isValid() ? e.keptOn : last);
            }
            e.missedMonth = code;
            list.append(std::move(e));
        }
    }
    return list;
}

QList<BirthdayEntry> BirthdayQuery::monthWithMissed(int year, int month) const
{
    QList<BirthdayEntry> list = this->month(year, month);
    const QDate previous = QDate(year, month, 1).addMonths(-1);
    if (!previous.isValid())
        return list;
    QHash<qint64, int> index;
    for (int i = 0; i < list.size(); ++i)
        index.insert(list.at(i).residentId, i);
    for (BirthdayEntry &e : missed(previous.year(), previous.month())) {
        const auto it = index.constFind(e.residentId);
        if (it != index.constEnd())
            list[*it].missedMonth = e.missedMonth;
        else
            list.append(std::move(e));
    }
    return list;
}

int BirthdayQuery::upcomingCount(const QDate &today, int days) const
{
    if (!today.isValid() || days < 1)
        return 0;
    const QDate last = today.addDays(days - 1);
    const QString cutoff = QDate(last.year() - m_minimumAge + 1, 12, 31).toString(Qt::ISODate);
    const QString fallback = BirthdayRules::code(m_defaultCalendar);
    int count = 0;
    auto countRows = [&](SqlQuery &q) {
        while (q.next()) {
            BirthdayEntry e;
            e.birthDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            e.calendar = BirthdayRules::fromCode(q.value(1).toString(), m_defaultCalendar);
            count += complete(e, today, last) ? 1 : 0;
        }
    };
    SqlQuery solar(m_db, kCountSelect + scoped(kSolarWhere, m_scope));
    for (const BirthdayRules::KeyRange &range : BirthdayRules::solarKeysBetween(today, last))
        if (solar.exec(range.first, range.last, cutoff, fallback))
            countRows(solar);
    SqlQuery lunar(m_db, kCountSelect + scoped(kLunarWhere, m_scope));
    for (const BirthdayRules::KeyRange &range : BirthdayRules::lunarKeysBetween(today, last))
        if (lunar.exec(range.first, range.last, cutoff, fallback))
            countRows(lunar);
    return count;
}

void BirthdayQuery::sort(QList<BirthdayEntry> &entries, bool byGrid)
{
    std::stable_sort(entries.begin(), entries.end(), [byGrid](const BirthdayEntry &a, const BirthdayEntry &b) {
        if (byGrid) {
            const auto ga = std::make_tuple(a.gridId == 0, a.gridCode, a.gridId);
            const auto gb = std::make_tuple(b.gridId == 0, b.gridCode, b.gridId);
            if (ga != gb)
                return ga < gb;
        }
        if (a.livingAlone != b.livingAlone)
            return a.livingAlone;
        return std::tie(a.keptOn, a.namePinyin, a.residentId) < std::tie(b.keptOn, b.namePinyin, b.residentId);
    });
}
