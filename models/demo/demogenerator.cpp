#include "demogenerator.h"

#include "demoactivitygenerator.h"
#include "democaregenerator.h"
#include "demoduplicategenerator.h"
#include "demoledgergenerator.h"
#include "demomeetinggenerator.h"
#include "demonames.h"
#include "demoreviewgenerator.h"
#include "demovisitgenerator.h"
#include "griddemomap.h"
#include "models/access/accessscope.h"
#include "models/cases/casesummary.h"
#include "models/cnrules/idnumber.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/residentwriter.h"
#include "volunteerdemogenerator.h"

#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

namespace {

struct Person
{
    QString name;
    bool male = true;
    QDate birth;
    QString relation;
    QStringList tags;
};

class Builder
{
public:
    Builder(QRandomGenerator &rng, const QDate &today)
        : m_rng(rng)
        , m_today(today)
    {}

    int range(int lo, int hi) { return lo + int(m_rng.bounded(hi - lo + 1)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template<typename T> const T &pick(const QList<T> &list) { return list.at(int(m_rng.bounded(int(list.size())))); }

    QDate birthForAge(int age)
    {
        const QDate latest = m_today.addYears(-age);
        return latest.addDays(-range(0, 364));
    }
    QString name(const QString &surname, bool male)
    {
        const QStringList &chars = male ? DemoNames::maleGivenChars() : DemoNames::femaleGivenChars();
        QString given = pick(chars);
        if (chance(0.72))
            given += pick(chars);
        return surname + given;
    }
    QString surname() { return DemoNames::weightedSurname(m_rng.generateDouble()); }
    Person person(const QString &surname, bool male, int age, const QString &relation)
    {
        return {name(surname, male), male, birthForAge(age), relation, {}};
    }

    // A household's make-up, weighted so about a quarter of people are 60 or over.
    QList<Person> household()
    {
        QList<Person> p;
        const QString s1 = surname();
        const double kind = m_rng.generateDouble();
        if (kind < 0.22) { // elderly couple
            const int age = range(60, 88);
            p << person(s1, true, age, QStringLiteral("head"))
              << person(surname(), false, qMax(58, age - range(0, 5)), QStringLiteral("spouse"));
            if (chance(0.55))
                for (Person &x : p)
                    x.tags << QStringLiteral("empty_nest");
        } else if (kind < 0.30) { // elderly living alone
            const bool male = chance(0.35);
            p << person(s1, male, range(65, 97), QStringLiteral("head"));
            p[0].tags << QStringLiteral("living_alone");
        } else if (kind < 0.64) { // young family
            const int age = range(27, 46);
            p << person(s1, true, age, QStringLiteral("head"))
              << person(surname(), false, age - range(-2, 4), QStringLiteral("spouse"));
            const int kids = chance(0.45) ? 2 : 1;
            for (int k = 0; k < kids; ++k) {
                const bool male = chance(0.5);
                p << person(s1, male, range(0, qMin(18, age - 22)),
                            male ? QStringLiteral("son") : QStringLiteral("daughter"));
            }
        } else if (kind < 0.80) { // three generations
            const int age = range(34, 55);
            p << person(s1, true, age, QStringLiteral("head"))
              << person(surname(), false, age - range(-2, 4), QStringLiteral("spouse"));
            const bool kidMale = chance(0.5);
            p << person(s1, kidMale, range(2, 20), kidMale ? QStringLiteral("son") : QStringLiteral("daughter"));
            p << person(s1, chance(0.4), age + range(24, 32), QStringLiteral("parent"));
        } else if (kind < 0.93) { // single adult, often a tenant
            p << person(s1, chance(0.55), range(20, 38), QStringLiteral("head"));
        } else { // middle-aged couple with an adult child
            const int age = range(46, 59);
            p << person(s1, true, age, QStringLiteral("head"))
              << person(surname(), false, age - range(0, 4), QStringLiteral("spouse"));
            const bool kidMale = chance(0.5);
            p << person(s1, kidMale, range(19, 30), kidMale ? QStringLiteral("son") : QStringLiteral("daughter"));
        }
        // Wives keep their own surname; the head may be either spouse.
        if (p.size() >= 2 && p[1].relation == QLatin1String("spouse") && chance(0.15)) {
            std::swap(p[0].relation, p[1].relation);
            std::swap(p[0], p[1]);
        }
        for (Person &x : p) {
            const int age = x.birth.daysTo(m_today) / 365;
            if (age >= 18 && chance(0.09))
                x.tags << QStringLiteral("party_member");
            if (chance(0.02))
                x.tags << QStringLiteral("disabled");
            if (x.male && age >= 40 && chance(0.04))
                x.tags << QStringLiteral("veteran");
        }
        if (chance(0.03))
            for (Person &x : p)
                x.tags << QStringLiteral("low_income");
        return p;
    }

    QString phone()
    {
        static const QStringList prefixes = {QStringLiteral("130"), QStringLiteral("133"), QStringLiteral("135"),
                                             QStringLiteral("136"), QStringLiteral("138"), QStringLiteral("139"),
                                             QStringLiteral("150"), QStringLiteral("152"), QStringLiteral("158"),
                                             QStringLiteral("177"), QStringLiteral("180"), QStringLiteral("186"),
                                             QStringLiteral("189"), QStringLiteral("199")};
        return pick(prefixes) + QStringLiteral("%1").arg(m_rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    }

private:
    QRandomGenerator &m_rng;
    QDate m_today;
};

} // namespace

DemoGenerator::DemoGenerator(QSqlDatabase db, quint32 seed)
    : m_db(std::move(db))
    , m_seed(seed)
{}

bool DemoGenerator::generate(int households)
{
    m_summary = {};
    if (households < 1 || households > 2000000) {
        m_error = tr("The number of households must be between 1 and 2,000,000.");
        return false;
    }
    SqlQuery existing(m_db, QStringLiteral("SELECT count(*) FROM resident"));
    if (existing.scalar().toInt() > 0) {
        m_error = tr("The database already holds residents; demo data is only added to an empty database.");
        return false;
    }

    QRandomGenerator rng(m_seed);
    Builder b(rng, m_today);
    const QString stamp = QDateTime::currentDateTime().toString(Qt::ISODate);
    Transaction tx(m_db);
    auto fail = [this](const QString &what) {
        m_error = tr("Demo data could not be written (%1).").arg(what);
        return false;
    };

    SqlQuery community(m_db, QStringLiteral("INSERT INTO community (name, street, district, city, code) VALUES "
                                            "(?, ?, ?, ?, ?)"));
    SqlQuery grid(m_db, QStringLiteral("INSERT INTO grid (community_id, code, name, worker_name, worker_phone, "
                                       "leader_name, leader_phone, color) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    SqlQuery compound(m_db, QStringLiteral("INSERT INTO compound (community_id, name, address) VALUES (?, ?, ?)"));
    SqlQuery building(m_db, QStringLiteral("INSERT INTO building (compound_id, grid_id, name, floors, map_x, map_y) "
                                           "VALUES (?, ?, ?, ?, ?, ?)"));
    SqlQuery household(m_db, QStringLiteral("INSERT INTO household (building_id, unit, room, housing_type, moved_in, "
                                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // People are written as the form and the importer write them, with their history and audit rows.
    ResidentWriter residents(m_db, AccessScope::system(QStringLiteral("demo")));
    // The bulk path the importer takes for the full-text rows: staged, then one statement.
    residents.deferSearchRows();
    // The writer stores each person's birthday keys with the row; the insert trigger would compute
    // them again with an UPDATE per person (SQLite: dropped for the load, made again after it).
    QString birthKeysTrigger;
    if (!SqlDialect::isPostgres(m_db)) {
        SqlQuery trigger(m_db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = "
                                              "'resident_birth_keys_insert'"));
        if (trigger.exec() && trigger.next())
            birthKeysTrigger = trigger.value(0).toString();
        trigger.query().finish();
        if (!birthKeysTrigger.isEmpty() &&
            !SqlQuery(m_db, QStringLiteral("DROP TRIGGER resident_birth_keys_insert")).exec())
            return fail(QStringLiteral("resident_birth_keys_insert"));
    }
    QHash<QString, qint64> tagIds; // code: id
    SqlQuery tags(m_db, QStringLiteral("SELECT code, id FROM tag"));
    if (!tags.exec())
        return fail(QStringLiteral("tag"));
    while (tags.next())
        tagIds.insert(tags.value(0).toString(), tags.value(1).toLongLong());

    // One community: about 350 households a grid, at least 8 grids. A street: 154 grids for
    // every 10 communities (more when the households need them), shared out evenly.
    const int streetGrids =
        m_communities > 1 ? qMax(m_communities * 154 / 10, households / 350) : qMax(8, households / 350);
    int made = 0;
    int compoundIndex = 0;
    QSet<QString> usedIds;
    QList<qint64> communityIds;
    for (int c = 0; c < m_communities; ++c) {
        const bool street = m_communities > 1;
        if (!community.exec(street ? DemoNames::communityName(c) : DemoNames::communityName(), DemoNames::streetName(),
                            DemoNames::districtName(), DemoNames::cityName(),
                            street ? QStringLiteral("C%1").arg(c + 1, 2, 10, QLatin1Char('0'))
                                   : QStringLiteral("DEMO")))
            return fail(QStringLiteral("community"));
        const qint64 communityId = community.lastInsertId();
        communityIds << communityId;
        ++m_summary.communities;
        const int gridCount = streetGrids / m_communities + (c < streetGrids % m_communities ? 1 : 0);
        const int target = int(qint64(households) * (c + 1) / m_communities);
        const int first = made;
        QList<qint64> gridIds;
        for (int g = 0; g < gridCount; ++g) {
            const QString code = QStringLiteral("G%1").arg(g + 1, 2, 10, QLatin1Char('0'));
            if (!grid.exec(communityId, code, DemoNames::gridName(g), b.name(b.surname(), b.chance(0.4)), b.phone(),
                           b.name(b.surname(), b.chance(0.6)), b.phone(), DemoNames::gridColor(g)))
                return fail(QStringLiteral("grid"));
            gridIds << grid.lastInsertId();
        }
        m_summary.grids += gridCount;
        // Spread the households over every grid, however few households are asked for.
        const int perGrid = qMax(1, (target - first + gridCount - 1) / gridCount);
        while (made < target) {
            const QString compoundName = DemoNames::compoundName(compoundIndex);
            if (!compound.exec(communityId, compoundName, DemoNames::roadAddress(compoundIndex)))
                return fail(QStringLiteral("compound"));
            const qint64 compoundId = compound.lastInsertId();
            ++m_summary.compounds;
            const int buildings = b.range(6, 14);
            for (int bi = 0; bi < buildings && made < target; ++bi) {
                const int floors = b.chance(0.6) ? 6 : b.range(11, 18);
                const int units = floors > 6 ? 2 : b.range(2, 4);
                // Buildings of a compound share a grid, a neighbouring block shares the next one.
                const qint64 gridId = gridIds.at((((made - first) / perGrid) + bi / 8) % gridCount);
                const QString buildingName = QStringLiteral("%1号楼").arg(bi + 1);
                const double x = 80 + (compoundIndex % 6) * 260 + (bi % 4) * 55;
                const double y = 80 + ((compoundIndex / 6) % 6) * 200 + (bi / 4) * 55;
                if (!building.exec(compoundId, gridId, buildingName, floors, x, y))
                    return fail(QStringLiteral("building"));
                const qint64 buildingId = building.lastInsertId();
                ++m_summary.buildings;
                for (int unit = 1; unit <= units && made < target; ++unit) {
                    for (int floor = 1; floor <= floors && made < target; ++floor) {
                        for (int door = 1; door <= 2 && made < target; ++door) {
                            if (b.chance(0.08))
                                continue; // vacant flat
                            const QString unitText = QString::number(unit);
                            const QString room = QStringLiteral("%1%2").arg(floor).arg(door, 2, 10, QLatin1Char('0'));
                            const QList<Person> people = b.household();
                            const bool tenant =
                                people.size() == 1 && people[0].birth.daysTo(m_today) < 40 * 365 && b.chance(0.6);
                            const QDate movedIn = m_today.addDays(-b.range(30, 365 * 30));
                            if (!household.exec(buildingId, unitText, room,
                                                tenant ? QStringLiteral("rented") : QStringLiteral("owned"),
                                                movedIn.toString(Qt::ISODate), stamp, stamp))
                                return fail(QStringLiteral("household"));
                            const qint64 householdId = household.lastInsertId();
                            for (const Person &p : people) {
                                const bool local = !tenant && b.chance(0.82);
                                const QString region =
                                    local ? DemoNames::localRegion() : DemoNames::otherRegion(b.range(0, 999));
                                // Random sequence numbers collide at scale (same region and birthday): step on.
                                int sequence = b.range(1, 998);
                                QString id = IdNumber::generate(region, p.birth, sequence, p.male);
                                while (usedIds.contains(id)) {
                                    sequence = sequence % 998 + 1;
                                    id = IdNumber::generate(region, p.birth, sequence, p.male);
                                }
                                usedIds.insert(id);
                                const int age = p.birth.daysTo(m_today) / 365;
                                const QString phone = age >= 14 && b.chance(0.9) ? b.phone() : QString();
                                const QString residency = tenant  ? QStringLiteral("floating")
                                                          : local ? QStringLiteral("registered")
                                                                  : QStringLiteral("resident");
                                QString status = QStringLiteral("living");
                                QDate statusDate;
                                // Never before the person was born or moved in (the form would refuse such a record).
                                const QDate in = qMax(movedIn, p.birth);
                                if (age >= 75 && b.chance(0.03)) {
                                    status = QStringLiteral("deceased");
                                    statusDate = qMax(in, m_today.addDays(-b.range(1, 700)));
                                } else if (b.chance(0.015)) {
                                    status = QStringLiteral("moved_out");
                                    statusDate = qMax(in, m_today.addDays(-b.range(1, 700)));
                                }
                                Resident r;
                                r.householdId = householdId;
                                r.name = p.name;
                                r.idNumber = id;
                                r.birthDate = p.birth;
                                r.gender = p.male ? QStringLiteral("M") : QStringLiteral("F");
                                r.phone = phone;
                                r.relation = p.relation;
                                r.residencyType = residency;
                                r.status = status;
                                r.statusDate = statusDate;
                                for (const QString &t : p.tags)
                                    if (const qint64 tagId = tagIds.value(t))
                                        r.tagIds << tagId;
                                if (!residents.insert(r, in))
                                    return fail(QStringLiteral("resident"));
                                if (statusDate.isValid() && !residents.recordChange(r.id, status, statusDate))
                                    return fail(QStringLiteral("history"));
                                ++m_summary.residents;
                            }
                            ++made;
                            if (m_progress && made % 2000 == 0 && !m_progress(made, households)) {
                                m_error = tr("Cancelled; nothing was written.");
                                return false;
                            }
                        }
                    }
                }
            }
            ++compoundIndex;
        }
    }
    m_summary.households = made;
    if (!birthKeysTrigger.isEmpty() && !SqlQuery(m_db, birthKeysTrigger).exec())
        return fail(QStringLiteral("resident_birth_keys_insert"));
    if (!residents.finishDeferred())
        return fail(QStringLiteral("search index"));
    // The map: a plan image and each grid's boundary around its buildings. No random draws here,
    // so the register data of a seed stays exactly as it was.
    for (const qint64 communityId : std::as_const(communityIds))
        if (!GridDemoMap::write(m_db, communityId))
            return fail(QStringLiteral("map"));
    // Volunteers, teams and this week's rota, then a year of cases and events (with volunteer
    // hours), so every page means something on first run. Each has its own random stream.
    VolunteerDemoGenerator volunteers(m_db, m_seed);
    volunteers.setToday(m_today);
    if (!volunteers.generate(qMax(40, made / 25)))
        return fail(QStringLiteral("volunteers"));
    DemoActivityGenerator activity(m_db, m_seed);
    activity.setToday(m_today);
    if (!activity.generate(DemoActivityGenerator::casesFor(made), DemoActivityGenerator::eventsFor(made)))
        return fail(QStringLiteral("cases and events"));
    DemoVisitGenerator visits(m_db, m_seed); // four months of grid workers' rounds, with errands
    visits.setToday(m_today);
    if (!visits.generate())
        return fail(QStringLiteral("visits"));
    if (!DemoMeetingGenerator(m_db, m_seed, m_today).generate()) // areas, party contacts, meetings
        return fail(QStringLiteral("meetings"));
    if (!DemoCareGenerator(m_db, m_seed, m_today).generate()) // follow-up rules, pairs, assistance
        return fail(QStringLiteral("care"));
    if (!DemoLedgerGenerator(m_db, m_seed, m_today).generate()) // mediations, rented rooms, building roles
        return fail(QStringLiteral("special ledgers"));
    DemoDuplicateGenerator duplicates(m_db, m_seed, m_today); // likely duplicates for 疑似重复
    if (!duplicates.generate())
        return fail(QStringLiteral("duplicates"));
    m_summary.residents += duplicates.made();
    if (!DemoReviewGenerator(m_db, m_seed, m_today).generate()) // 低保 复核日期, for the review errands
        return fail(QStringLiteral("low-income reviews"));
    // Keep this last before the commit: demo parts that add cases directly are summed here.
    if (!CaseSummary::rebuild(m_db))
        return fail(QStringLiteral("case summary"));
    if (!tx.commit())
        return fail(QStringLiteral("commit"));
    SqlQuery(m_db, QStringLiteral("ANALYZE")).exec();
    if (m_progress)
        m_progress(made, households);
    return true;
}
