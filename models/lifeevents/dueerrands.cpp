#include "dueerrands.h"

#include "lifeeventrules.h"
#include "models/cases/caseintake.h"
#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"
#include "models/tags/residenttags.h"

#include <algorithm>
#include <QDateTime>

namespace {

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The birthday of someone born on `birth` in `year` (29 February: the 28th in other years).
QDate birthdayIn(const QDate &birth, int year)
{
    const QDate day(year, birth.month(), birth.day());
    return day.isValid() ? day : QDate(year, 2, 28);
}

int ageOn(const QDate &birth, const QDate &day)
{
    int age = day.year() - birth.year();
    if (day < birthdayIn(birth, day.year()))
        --age;
    return age;
}

} // namespace

DueErrands::DueErrands(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<DueErrand> DueErrands::list(const QDate &day) const
{
    QList<DueErrand> due;
    for (const LifeEventRule &rule : LifeEventRules(m_db, m_scope).list(true))
        collect(rule, day, &due);
    // Grid order as the office numbers its grids (code), then the day of the event, then the name.
    QHash<qint64, QString> gridOrder;
    SqlQuery grids(m_db, QStringLiteral("SELECT id, code FROM grid"));
    if (grids.exec())
        while (grids.next())
            gridOrder.insert(grids.value(0).toLongLong(), grids.value(1).toString());
    std::stable_sort(due.begin(), due.end(), [&gridOrder](const DueErrand &a, const DueErrand &b) {
        const QString ga = gridOrder.value(a.gridId, QStringLiteral("\uffff"));
        const QString gb = gridOrder.value(b.gridId, QStringLiteral("\uffff"));
        if (ga != gb)
            return ga < gb;
        if (a.eventDate != b.eventDate)
            return a.eventDate < b.eventDate;
        return a.residentName < b.residentName;
    });
    return due;
}

void DueErrands::collect(const LifeEventRule &rule, const QDate &day, QList<DueErrand> *out) const
{
    const QDate from = day.addDays(-kGraceDays);
    const QDate until = day.addDays(rule.leadDays);
    QString where;
    QStringList args;
    if (rule.event == QLatin1String("age")) {
        // Turning `age` between `from` and `until`: born that many years earlier (a day either side
        // for 29 February; the exact day is checked below).
        where = QStringLiteral("r.status = 'living' AND r.birth_date BETWEEN ? AND ?");
        args << iso(from.addYears(-rule.age).addDays(-1)) << iso(until.addYears(-rule.age).addDays(1));
    } else if (rule.event == QLatin1String("yearly")) {
        where = QStringLiteral("r.status = 'living' AND r.birth_date <= ?");
        args << iso(until.addYears(-(rule.age + 1)));
    } else if (rule.event == QLatin1String("death")) {
        where = QStringLiteral("r.status = 'deceased' AND r.status_date BETWEEN ? AND ?");
        args << iso(from) << iso(day);
    } else if (rule.event == QLatin1String("birth")) {
        where = QStringLiteral("r.status = 'living' AND r.birth_date BETWEEN ? AND ?");
        args << iso(from) << iso(day);
    } else if (rule.event == QLatin1String("move_in")) {
        where = QStringLiteral("r.status = 'living' AND r.residency_type IN ('floating', 'resident') AND h.moved_in "
                               "BETWEEN ? AND ?");
        args << iso(from) << iso(day);
    } else if (rule.event == QLatin1String("tag_date")) {
        collectTagDate(rule, day, out);
        return;
    } else {
        return; // an event this version does not know
    }
    SqlQuery q(m_db,
               QStringLiteral("SELECT r.id, r.name, r.birth_date, r.status_date, h.moved_in, h.building_id, "
                              "coalesce(b.grid_id, 0), coalesce(g.name, ''), coalesce(e.name, '') FROM resident r "
                              "JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = "
                              "h.building_id LEFT JOIN grid g ON g.id = b.grid_id LEFT JOIN errand_type e ON "
                              "e.code = ? WHERE ") +
                   where + RegisterRows::households(m_scope, QStringLiteral("r.household_id")));
    bool ran = false;
    if (args.size() == 2)
        ran = q.exec(rule.errandType, args.at(0), args.at(1));
    else
        ran = q.exec(rule.errandType, args.at(0));
    if (!ran)
        return;
    while (q.next()) {
        const QDate birth = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        DueErrand d;
        d.ruleId = rule.id;
        d.ruleCode = rule.code;
        d.errandType = rule.errandType;
        d.errandTypeName = q.value(8).toString();
        d.residentId = q.value(0).toLongLong();
        d.residentName = q.value(1).toString();
        d.buildingId = q.value(5).toLongLong();
        d.gridId = q.value(6).toLongLong();
        d.gridName = q.value(7).toString();
        int age = birth.isValid() ? ageOn(birth, day) : 0;
        if (rule.event == QLatin1String("age")) {
            d.eventDate = birthdayIn(birth, birth.year() + rule.age);
            if (d.eventDate < from || d.eventDate > until)
                continue;
            d.occasion = QStringLiteral("age:%1").arg(rule.age);
            age = rule.age;
        } else if (rule.event == QLatin1String("yearly")) {
            // The birthday in the window (last year's, this year's or next year's), from age + 1 on.
            for (int year = day.year() - 1; year <= day.year() + 1 && !d.eventDate.isValid(); ++year) {
                const QDate b = birthdayIn(birth, year);
                if (b >= from && b <= until && year - birth.year() > rule.age)
                    d.eventDate = b;
            }
            if (!d.eventDate.isValid())
                continue;
            d.occasion = QString::number(d.eventDate.year());
            age = d.eventDate.year() - birth.year();
        } else if (rule.event == QLatin1String("death")) {
            d.eventDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            d.occasion = QStringLiteral("death");
        } else if (rule.event == QLatin1String("birth")) {
            d.eventDate = birth;
            d.occasion = QStringLiteral("birth");
        } else {
            d.eventDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            d.occasion = QStringLiteral("move_in:") + iso(d.eventDate);
        }
        if (isOpened(rule.id, d.residentId, d.occasion))
            continue;
        d.text = LifeEventRules::fill(rule.wording, d.residentName, age, d.eventDate);
        out->append(d);
    }
}

void DueErrands::collectTagDate(const LifeEventRule &rule, const QDate &day, QList<DueErrand> *out) const
{
    if (rule.tagCode.isEmpty() || rule.attributeCode.isEmpty())
        return;
    const QList<ResidentTags::DateHit> hits =
        ResidentTags(m_db, m_scope)
            .withDateBetween(rule.tagCode, rule.attributeCode, day.addDays(-kGraceDays), day.addDays(rule.leadDays));
    if (hits.isEmpty())
        return;
    SqlQuery place(m_db, QStringLiteral("SELECT h.building_id, coalesce(b.grid_id, 0), coalesce(g.name, ''), "
                                        "coalesce(e.name, '') FROM household h LEFT JOIN building b ON b.id = "
                                        "h.building_id LEFT JOIN grid g ON g.id = b.grid_id LEFT JOIN errand_type e "
                                        "ON e.code = ? WHERE h.id = ?"));
    for (const ResidentTags::DateHit &hit : hits) {
        if (isOpenedNear(rule, hit.residentId, hit.date))
            continue;
        DueErrand d;
        d.ruleId = rule.id;
        d.ruleCode = rule.code;
        d.errandType = rule.errandType;
        d.residentId = hit.residentId;
        d.residentName = hit.name;
        d.eventDate = hit.date;
        d.occasion = iso(hit.date);
        if (place.exec(rule.errandType, hit.householdId) && place.next()) {
            d.buildingId = place.value(0).toLongLong();
            d.gridId = place.value(1).toLongLong();
            d.gridName = place.value(2).toString();
            d.errandTypeName = place.value(3).toString();
        }
        d.text = LifeEventRules::fill(rule.wording, d.residentName, 0, d.eventDate);
        out->append(d);
    }
}

bool DueErrands::isOpenedNear(const LifeEventRule &rule, qint64 residentId, const QDate &date) const
{
    // Occasions of this rule are ISO dates, so a range of them is a range of text.
    const int span = rule.leadDays + kGraceDays;
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM life_event_errand WHERE rule_id = ? AND resident_id = ? AND "
                                    "occasion BETWEEN ? AND ?"));
    return q.exec(rule.id, residentId, iso(date.addDays(-span)), iso(date.addDays(span))) && q.scalar().toInt() > 0;
}

bool DueErrands::isOpened(qint64 ruleId, qint64 residentId, const QString &occasion) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM life_event_errand WHERE rule_id = ? AND resident_id = ? AND "
                                    "occasion = ?"));
    return q.exec(ruleId, residentId, occasion) && q.scalar().toInt() > 0;
}

SaveResult DueErrands::open(const QList<DueErrand> &due)
{
    auto failed = [](const QString &message) { return SaveResult{false, 0, {{QString(), message}}, {}}; };
    if (m_scope.userName().isEmpty())
        return failed(tr("Please sign in to open errands."));
    SqlQuery category(m_db, QStringLiteral("SELECT id FROM case_category WHERE archived = 0 ORDER BY code = "
                                           "'assistance' DESC, sort_order, id LIMIT 1"));
    const qint64 categoryId = category.exec() ? category.scalar().toLongLong() : 0;
    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The database is busy; please try again."));
    CaseStore cases(m_db, m_scope);
    SqlQuery link(m_db, QStringLiteral("INSERT INTO life_event_errand (rule_id, resident_id, occasion, case_id, "
                                       "opened_at, user_name) VALUES (?, ?, ?, ?, ?, ?)"));
    int opened = 0;
    for (const DueErrand &d : due) {
        if (isOpened(d.ruleId, d.residentId, d.occasion))
            continue;
        CaseIntake in;
        in.kind = QStringLiteral("errand");
        in.errandType = d.errandType;
        in.source = QStringLiteral("other");
        in.categoryId = categoryId;
        in.buildingId = d.buildingId;
        in.gridId = d.gridId;
        in.reporterResidentId = d.residentId;
        in.description = d.text;
        in.receivedAt = QDateTime::currentDateTime();
        in.byName = m_scope.displayName();
        const SaveResult made = cases.intake(in);
        if (!made.ok)
            return failed(tr("The errand for %1 could not be opened: %2").arg(d.residentName, made.firstMessage()));
        if (!link.exec(d.ruleId, d.residentId, d.occasion, made.id, SqlValues::now(), m_scope.userName()))
            return failed(tr("The errands could not be opened; nothing was changed."));
        ++opened;
    }
    if (!tx.commit())
        return failed(tr("The errands could not be opened; nothing was changed."));
    return {true, opened, {}, {}};
}
