#include "models/birthdays/birthdayquery.h"

#include "models/birthdays/birthdaypreferences.h"
#include "models/cnrules/lunardate.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"
#include "models/register/address.h"
#include "models/register/registerstore.h"
#include "models/workspace/migrations.h"
#include "tests/support/birthdaytestdata.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QSet>
#include <QTest>
#include <QUuid>

using Calendar = BirthdayRules::Calendar;

namespace {

QSet<qint64> ids(const QList<BirthdayEntry> &entries)
{
    QSet<qint64> set;
    for (const BirthdayEntry &e : entries)
        set.insert(e.residentId);
    return set;
}

const BirthdayEntry *find(const QList<BirthdayEntry> &entries, qint64 id)
{
    for (const BirthdayEntry &e : entries)
        if (e.residentId == id)
            return &e;
    return nullptr;
}

} // namespace

class BirthdayQueryTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void triggersComputeKeysForEveryWriter();
    void keysFollowBirthDateEdits();
    void upgradeFromVersion2FillsKeys();
    void monthSelection();
    void threshold();
    void livingAloneFirstAndGrouping();
    void lunarByResidentAndOffice();
    void feb29();
    void lunarTurnOfYear();
    void upcoming();
    void indexesServeTheMonthQuery();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<BirthdayTestData> m_data;
};

void BirthdayQueryTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_data = std::make_unique<BirthdayTestData>(*m_t);
}

void BirthdayQueryTest::cleanup()
{
    m_data.reset();
    m_t.reset();
}

// Rows written straight into the table, as the demo generator and importers do, get their
// keys from the triggers: checked against BirthdayRules across the whole lunar calendar.
void BirthdayQueryTest::triggersComputeKeysForEveryWriter()
{
    const QSqlDatabase db = m_t->db();
    const qint64 household =
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                          {{QStringLiteral("户主"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    QVERIFY(household > 0);
    QList<QDate> dates = {QDate(1899, 12, 31), QDate(1900, 1, 30), QDate(1900, 1, 31), QDate(2020, 5, 23),
                          QDate(2024, 2, 9),   QDate(2101, 1, 28), QDate(2101, 1, 29), QDate(2101, 6, 1)};
    for (QDate d(1900, 1, 1); d < QDate(2101, 2, 1); d = d.addDays(3))
        dates.append(d);
    {
        Transaction tx(db);
        SqlQuery insert(db, QStringLiteral("INSERT INTO resident (household_id, name, birth_date, created_at, "
                                           "updated_at) VALUES (?, 'x', ?, '', '')"));
        for (const QDate &d : std::as_const(dates))
            QVERIFY(insert.exec(household, d.toString(Qt::ISODate)));
        QVERIFY(tx.commit());
    }
    SqlQuery q(db, QStringLiteral("SELECT birth_date, birth_md, birth_lunar_md FROM resident WHERE name = 'x'"));
    QVERIFY(q.exec());
    int rows = 0;
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        QCOMPARE(q.value(1).toInt(), BirthdayRules::solarKey(d));
        const int lunar = BirthdayRules::lunarKey(d);
        if (lunar == 0)
            QVERIFY2(q.value(2).isNull(), qPrintable(d.toString(Qt::ISODate)));
        else
            QVERIFY2(q.value(2).toInt() == lunar, qPrintable(d.toString(Qt::ISODate)));
        ++rows;
    }
    QCOMPARE(rows, dates.size());
    QCOMPARE(BirthdayRules::lunarKey(QDate(1900, 1, 30)), 0);
    QCOMPARE(BirthdayRules::lunarKey(QDate(2101, 1, 29)), 0);
}

void BirthdayQueryTest::keysFollowBirthDateEdits()
{
    const qint64 id = m_data->add(QStringLiteral("王秀英"), QDate(1950, 5, 12));
    QVERIFY(id);
    auto keys = [&] {
        SqlQuery q(m_t->db(), QStringLiteral("SELECT birth_md, birth_lunar_md FROM resident WHERE id = ?"));
        q.exec(id);
        q.next();
        return std::make_pair(q.value(0), q.value(1));
    };
    QCOMPARE(keys().first.toInt(), 512);
    QCOMPARE(keys().second.toInt(), BirthdayRules::lunarKey(QDate(1950, 5, 12)));

    RegisterStore store(m_t->db(), testScope());
    Resident r = *store.resident(id);
    r.idNumber.clear(); // the ID number would disagree with the new date
    r.birthDate = QDate(1950, 11, 3);
    QVERIFY(store.saveResident(r).ok);
    QCOMPARE(keys().first.toInt(), 1103);
    QCOMPARE(keys().second.toInt(), BirthdayRules::lunarKey(QDate(1950, 11, 3)));

    // A birth date cleared by another writer clears the keys too.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET birth_date = NULL WHERE id = ?")).exec(id));
    QVERIFY(keys().first.isNull());
    QVERIFY(keys().second.isNull());
}

void BirthdayQueryTest::upgradeFromVersion2FillsKeys()
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QVERIFY(Migrations::upgrade(db, nullptr, 2));
        QCOMPARE(Migrations::currentVersion(db), 2);
        SqlQuery insert(db, QStringLiteral("INSERT INTO resident (name, birth_date, created_at, updated_at) VALUES "
                                           "(?, ?, '', '')"));
        QVERIFY(insert.exec(QStringLiteral("甲"), QStringLiteral("1957-10-03"))); // 闰八月初十
        QVERIFY(insert.exec(QStringLiteral("乙"), QVariant(QMetaType(QMetaType::QString))));
        QString detail;
        QVERIFY2(Migrations::upgrade(db, &detail), qPrintable(detail));
        QVERIFY(Migrations::currentVersion(db) >= 3);

        SqlQuery months(db, QStringLiteral("SELECT count(*), sum(leap) FROM lunar_month"));
        QVERIFY(months.exec() && months.next());
        int leapYears = 0;
        for (int y = LunarDate::MinYear; y <= LunarDate::MaxYear; ++y)
            leapYears += LunarDate::leapMonth(y) ? 1 : 0;
        QCOMPARE(months.value(0).toInt(), 201 * 12 + leapYears);
        QCOMPARE(months.value(1).toInt(), leapYears);

        SqlQuery q(db, QStringLiteral("SELECT birth_md, birth_lunar_md, birthday_calendar FROM resident ORDER BY id"));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toInt(), 1003);
        QCOMPARE(q.value(1).toInt(), 810);
        QVERIFY(q.value(2).isNull());
        QVERIFY(q.next());
        QVERIFY(q.value(0).isNull());
        QVERIFY(q.value(1).isNull());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void BirthdayQueryTest::monthSelection()
{
    const qint64 sixty = m_data->add(QStringLiteral("刚六十"), QDate(1965, 5, 20));
    const qint64 fiftyNine = m_data->add(QStringLiteral("五十九"), QDate(1966, 5, 20));
    const qint64 old = m_data->add(QStringLiteral("八十五"), QDate(1940, 5, 3), m_t->buildingB1);
    const qint64 movedOut = m_data->add(QStringLiteral("已迁出"), QDate(1945, 5, 10));
    const qint64 deceased = m_data->add(QStringLiteral("已去世"), QDate(1935, 5, 15));
    const qint64 june = m_data->add(QStringLiteral("六月生"), QDate(1950, 6, 1));
    const qint64 hundred = m_data->add(QStringLiteral("百岁"), QDate(1925, 5, 31));
    const qint64 april = m_data->add(QStringLiteral("四月末"), QDate(1950, 4, 30));
    QVERIFY(m_data->setStatus(movedOut, QStringLiteral("moved_out")));
    QVERIFY(m_data->setStatus(deceased, QStringLiteral("deceased")));

    BirthdayQuery query(m_t->db(), testScope());
    const QList<BirthdayEntry> may = query.month(2025, 5);
    QCOMPARE(ids(may), (QSet<qint64>{sixty, old, hundred}));
    QVERIFY(!ids(may).contains(fiftyNine));
    QVERIFY(!ids(may).contains(june));
    QVERIFY(!ids(may).contains(april));

    const BirthdayEntry *e = find(may, sixty);
    QVERIFY(e);
    QCOMPARE(e->keptOn, QDate(2025, 5, 20));
    QCOMPARE(e->ageTurning, 60);
    QVERIFY(e->isMilestone());
    QCOMPARE(e->calendar, Calendar::Solar);
    QVERIFY(!e->personalCalendar);
    QCOMPARE(e->gridName, QStringLiteral("第一网格"));
    QCOMPARE(e->address, Address::format(QStringLiteral("幸福里"), QStringLiteral("1号楼"), QStringLiteral("1"),
                                         QStringLiteral("101")));
    e = find(may, old);
    QCOMPARE(e->ageTurning, 85);
    QVERIFY(!e->isMilestone());
    QCOMPARE(e->gridName, QStringLiteral("第二网格"));
    e = find(may, hundred);
    QCOMPARE(e->ageTurning, 100);
    QCOMPARE(e->keptOn, QDate(2025, 5, 31));

    // The brief list holds the same residents with their ages and grids, for summaries.
    const QList<BirthdayEntry> brief = query.monthBrief(2025, 5);
    QCOMPARE(brief.size(), may.size());
    QMultiMap<int, QString> full, shortList;
    for (const BirthdayEntry &x : may)
        full.insert(x.ageTurning, x.gridName + x.keptOn.toString(Qt::ISODate));
    for (const BirthdayEntry &x : brief)
        shortList.insert(x.ageTurning, x.gridName + x.keptOn.toString(Qt::ISODate));
    QCOMPARE(shortList, full);
    QVERIFY(query.monthBrief(2025, 13).isEmpty());
    QCOMPARE(e->nominalAge, 101);

    QCOMPARE(ids(query.month(2025, 6)), (QSet<qint64>{june}));
    QCOMPARE(ids(query.month(2025, 4)), (QSet<qint64>{april}));
    QVERIFY(query.month(2025, 13).isEmpty());
}

void BirthdayQueryTest::threshold()
{
    const qint64 a = m_data->add(QStringLiteral("七十九"), QDate(1946, 3, 1));
    const qint64 b = m_data->add(QStringLiteral("八十"), QDate(1945, 3, 31));
    const qint64 c = m_data->add(QStringLiteral("六十五"), QDate(1960, 3, 15));
    BirthdayQuery query(m_t->db(), testScope());
    QCOMPARE(ids(query.month(2025, 3)), (QSet<qint64>{a, b, c}));
    query.setMinimumAge(80);
    QCOMPARE(ids(query.month(2025, 3)), (QSet<qint64>{b}));
    query.setMinimumAge(66);
    QCOMPARE(ids(query.month(2025, 3)), (QSet<qint64>{a, b}));
}

void BirthdayQueryTest::livingAloneFirstAndGrouping()
{
    const qint64 early = m_data->add(QStringLiteral("甲"), QDate(1950, 7, 2), m_t->buildingB1);
    const qint64 alone = m_data->add(QStringLiteral("乙"), QDate(1950, 7, 28), m_t->buildingB1,
                                     {QStringLiteral("living_alone"), QStringLiteral("low_income")});
    const qint64 middle = m_data->add(QStringLiteral("丙"), QDate(1950, 7, 15), m_t->buildingA1);
    const qint64 alone2 =
        m_data->add(QStringLiteral("丁"), QDate(1950, 7, 20), m_t->buildingA2, {QStringLiteral("living_alone")});
    BirthdayQuery query(m_t->db(), testScope());
    QList<BirthdayEntry> list = query.month(2025, 7);
    BirthdayQuery::sort(list, false);
    QList<qint64> order;
    for (const BirthdayEntry &e : list)
        order << e.residentId;
    QCOMPARE(order, (QList<qint64>{alone2, alone, early, middle}));
    const BirthdayEntry *e = find(list, alone);
    QVERIFY(e->livingAlone);
    QCOMPARE(e->tagNames, (QStringList{QStringLiteral("独居"), QStringLiteral("低保")}));
    QCOMPARE(e->tagIds.size(), 2);

    BirthdayQuery::sort(list, true);
    order.clear();
    for (const BirthdayEntry &x : list)
        order << x.residentId;
    // 第一网格 (G01) first: living alone first within each grid.
    QCOMPARE(order, (QList<qint64>{alone2, middle, alone, early}));
}

void BirthdayQueryTest::lunarByResidentAndOffice()
{
    // Born 四月十五 of lunar 1955: solar in late May or June, lunar birthday 12 May 2025.
    const QDate birth = LunarDate::fromLunar(1955, 4, 15).toSolar();
    QVERIFY(birth.month() != 5 || birth.day() != 12);
    const qint64 id = m_data->add(QStringLiteral("农历生日"), birth);
    const qint64 solarOnly = m_data->add(QStringLiteral("公历生日"), QDate(1955, 5, 20));
    BirthdayQuery query(m_t->db(), testScope());
    BirthdayPreferences prefs(m_t->db(), testScope(QStringLiteral("tester")));

    // Office default solar: listed in the birth month.
    QVERIFY(ids(query.month(2025, birth.month())).contains(id));

    // The resident keeps the lunar date.
    QVERIFY(prefs.setResidentCalendar(id, Calendar::Lunar));
    QCOMPARE(prefs.residentCalendar(id), std::optional<Calendar>(Calendar::Lunar));
    QList<BirthdayEntry> may = query.month(2025, 5);
    QVERIFY(ids(may).contains(id));
    QCOMPARE(find(may, id)->keptOn, QDate(2025, 5, 12));
    QCOMPARE(find(may, id)->calendar, Calendar::Lunar);
    QVERIFY(find(may, id)->personalCalendar);
    QCOMPARE(find(may, id)->ageTurning, 70);
    if (birth.month() != 5)
        QVERIFY(!ids(query.month(2025, birth.month())).contains(id));

    // The office switches to lunar: the other resident follows it, unless they chose solar.
    QVERIFY(prefs.setOfficeCalendar(Calendar::Lunar));
    QCOMPARE(prefs.officeCalendar(), Calendar::Lunar);
    query.setDefaultCalendar(prefs.officeCalendar());
    const QDate solarOnlyLunar =
        BirthdayRules::keptBetween(QDate(1955, 5, 20), Calendar::Lunar, QDate(2025, 1, 1), QDate(2025, 12, 31));
    QVERIFY(solarOnlyLunar.isValid());
    QVERIFY(solarOnlyLunar.month() != 5);
    QVERIFY(ids(query.month(solarOnlyLunar.year(), solarOnlyLunar.month())).contains(solarOnly));
    QVERIFY(prefs.setResidentCalendar(solarOnly, Calendar::Solar));
    QVERIFY(ids(query.month(2025, 5)).contains(solarOnly));
    QVERIFY(!ids(query.month(solarOnlyLunar.year(), solarOnlyLunar.month())).contains(solarOnly));

    // Back to the office default, with an audit row for each change.
    QVERIFY(prefs.setResidentCalendar(id, std::nullopt));
    QCOMPARE(prefs.residentCalendar(id), std::nullopt);
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'birthday_calendar'"));
    QCOMPARE(audit.scalar().toInt(), 3);
    QVERIFY(!prefs.setResidentCalendar(999999, Calendar::Lunar));
}

void BirthdayQueryTest::feb29()
{
    const qint64 leapling = m_data->add(QStringLiteral("闰日"), QDate(1944, 2, 29));
    BirthdayQuery query(m_t->db(), testScope());
    const QList<BirthdayEntry> feb2023 = query.month(2023, 2);
    QCOMPARE(ids(feb2023), (QSet<qint64>{leapling}));
    QCOMPARE(feb2023.constFirst().keptOn, QDate(2023, 2, 28));
    QCOMPARE(feb2023.constFirst().ageTurning, 79);
    QVERIFY(query.month(2023, 3).isEmpty());
    const QList<BirthdayEntry> feb2024 = query.month(2024, 2);
    QCOMPARE(feb2024.constFirst().keptOn, QDate(2024, 2, 29));
    QCOMPARE(feb2024.constFirst().ageTurning, 80);
    QVERIFY(feb2024.constFirst().isMilestone());
}

void BirthdayQueryTest::lunarTurnOfYear()
{
    // Born 腊月初十 of lunar 1945 (January 1946). Kept by the lunar calendar, the birthday of
    // lunar 2024 falls on 9 January 2025, turning 79.
    const QDate birth = LunarDate::fromLunar(1945, 12, 10).toSolar();
    const qint64 id = m_data->add(QStringLiteral("腊月"), birth);
    BirthdayPreferences(m_t->db(), testScope()).setResidentCalendar(id, Calendar::Lunar);
    BirthdayQuery query(m_t->db(), testScope());
    const QList<BirthdayEntry> january = query.month(2025, 1);
    QCOMPARE(ids(january), (QSet<qint64>{id}));
    QCOMPARE(january.constFirst().keptOn, LunarDate::fromLunar(2024, 12, 10).toSolar());
    QCOMPARE(january.constFirst().ageTurning, 79);
    QVERIFY(query.month(2024, 12).isEmpty());
    // Someone born in January 1966 before 春节 (lunar 1965) turns 60 at the lunar birthday in
    // early 2026 although the solar count says 59 until then, so the threshold admits them.
    const QDate late = LunarDate::fromLunar(1965, 12, 20).toSolar();
    QCOMPARE(late.year(), 1966);
    const qint64 young = m_data->add(QStringLiteral("六十"), late);
    BirthdayPreferences(m_t->db(), testScope()).setResidentCalendar(young, Calendar::Lunar);
    const QDate kept = LunarDate::fromLunar(2025, 12, 20).toSolar();
    const QList<BirthdayEntry> list = query.month(kept.year(), kept.month());
    QVERIFY(ids(list).contains(young));
    QCOMPARE(find(list, young)->ageTurning, 60);
}

void BirthdayQueryTest::upcoming()
{
    m_data->add(QStringLiteral("年末"), QDate(1950, 12, 30));
    m_data->add(QStringLiteral("元旦后"), QDate(1950, 1, 2));
    m_data->add(QStringLiteral("太晚"), QDate(1950, 1, 4));
    m_data->add(QStringLiteral("太早"), QDate(1950, 12, 27));
    m_data->add(QStringLiteral("年轻"), QDate(1990, 12, 29));
    BirthdayQuery query(m_t->db(), testScope());
    QCOMPARE(query.upcomingCount(QDate(2025, 12, 28), 7), 2);
    QCOMPARE(query.upcomingCount(QDate(2025, 12, 27), 1), 1);
    QCOMPARE(query.upcomingCount(QDate(2025, 12, 28), 0), 0);
    QCOMPARE(query.between(QDate(2025, 12, 28), QDate(2026, 1, 3)).size(), 2);
}

void BirthdayQueryTest::indexesServeTheMonthQuery()
{
    SKIP_ON_SERVER("reads SQLite's EXPLAIN QUERY PLAN");
    // The plan of the month query must search the birthday indexes on status and key, even without ANALYZE statistics.
    for (const QString &sql :
         {QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM resident r WHERE r.status = 'living' AND r.birth_md "
                         "BETWEEN 501 AND 531 AND r.birth_date <= '1966-12-31'"),
          QStringLiteral("EXPLAIN QUERY PLAN SELECT r.id FROM resident r WHERE r.status = 'living' AND "
                         "r.birth_lunar_md BETWEEN 404 AND 505 AND r.birth_date <= '1966-12-31'")}) {
        SqlQuery plan(m_t->db(), sql);
        QVERIFY(plan.exec());
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QStringLiteral("INDEX resident_birthday_")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("status=? AND")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(BirthdayQueryTest)
#include "birthdayquery_test.moc"
