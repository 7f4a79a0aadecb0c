#include "models/access/accessscope.h"
#include "models/birthdays/birthdaykeys.h"
#include "models/cnrules/age.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/dedupe/duplicatefinder.h"
#include "models/dedupe/duplicatepair.h"
#include "models/demo/demogenerator.h"
#include "models/register/residenttablemodel.h"
#include "models/workspace/databasecheck.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"

#include <QSet>
#include <QTest>
#include <QUuid>

namespace {

int scalar(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery q(db, sql);
    return q.scalar().toInt();
}

} // namespace

class DemoGeneratorTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void summaryMatchesTables();
    void idNumbersValidUniqueAndConsistent();
    void ageMix();
    void addressesAreComplete();
    void tagsStatusesAndHistory();
    void historyAndAuditNameTheDemo();
    void searchIndexIsFilled();
    void birthdayKeysAsTheTriggerComputesThem();
    void ledgersAliveAndDuplicatesToReview();
    void passesDatabaseCheck();
    void sameSeedSameCommunity();
    void refusesNonEmptyDatabase();
    void refusesBadCount();
    void cancelWritesNothing();
    void largeCommunityStaysConsistent();

private:
    // Residents whose status date is before their birth, before they moved in, or in the future.
    static int datesOutOfOrder(const QSqlDatabase &db);
    static std::unique_ptr<Database> openMemory();

    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
    DemoGenerator::Summary m_summary;
    static constexpr int kHouseholds = 300;
};

std::unique_ptr<Database> DemoGeneratorTest::openMemory()
{
    auto database = std::make_unique<Database>(QUuid::createUuid().toString());
    if (!Workspace::open(*database, QStringLiteral(":memory:")))
        qFatal("cannot open an in-memory database: %s", qPrintable(database->errorDetail()));
    return database;
}

int DemoGeneratorTest::datesOutOfOrder(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM resident r WHERE r.status_date < r.birth_date OR "
                                  "r.status_date > ? OR r.status_date < (SELECT max(c.change_date) FROM "
                                  "resident_change c WHERE c.resident_id = r.id AND c.kind = 'moved_in')"));
    return q.exec(QDate::currentDate().toString(Qt::ISODate)) ? q.scalar().toInt() : -1;
}

void DemoGeneratorTest::initTestCase()
{
    m_database = openMemory();
    m_db = m_database->connection();
    DemoGenerator generator(m_db);
    QVERIFY2(generator.generate(kHouseholds), qPrintable(generator.errorText()));
    QVERIFY(generator.errorText().isEmpty());
    m_summary = generator.summary();
}

void DemoGeneratorTest::summaryMatchesTables()
{
    QCOMPARE(m_summary.households, kHouseholds);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM household")), kHouseholds);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident")), m_summary.residents);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM grid")), m_summary.grids);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM compound")), m_summary.compounds);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM building")), m_summary.buildings);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM community")), 1);
    QVERIFY(m_summary.grids >= 7);
    // Believable households: between one and five people on average.
    QVERIFY(m_summary.residents > kHouseholds * 2);
    QVERIFY(m_summary.residents < kHouseholds * 4);
    // Grid workers have names and valid phones.
    SqlQuery grids(m_db, QStringLiteral("SELECT code, name, worker_name, worker_phone, color FROM grid"));
    QVERIFY(grids.exec());
    QSet<QString> codes;
    while (grids.next()) {
        codes.insert(grids.value(0).toString());
        QVERIFY(!grids.value(1).toString().isEmpty());
        QVERIFY(!grids.value(2).toString().isEmpty());
        QVERIFY2(PhoneNumber::isValid(grids.value(3).toString()), qPrintable(grids.value(3).toString()));
        QVERIFY(!grids.value(4).toString().isEmpty());
    }
    QCOMPARE(codes.size(), m_summary.grids);
}

void DemoGeneratorTest::idNumbersValidUniqueAndConsistent()
{
    const QDate today = QDate::currentDate();
    SqlQuery q(m_db, QStringLiteral("SELECT id_number, birth_date, gender, phone, name FROM resident"));
    QVERIFY(q.exec());
    QSet<QString> seen;
    int rows = 0;
    while (q.next()) {
        ++rows;
        const QString number = q.value(0).toString();
        if (number.isEmpty())
            continue; // a likely duplicate entered without its number (DemoDuplicateGenerator)
        const IdNumber id = IdNumber::parse(number, today);
        QVERIFY2(id.isValid(), qPrintable(number + QLatin1Char(' ') + id.errorText()));
        QCOMPARE(id.normalized(), number);
        QVERIFY2(!seen.contains(number), qPrintable(number));
        seen.insert(number);
        // The stored birth date and gender are the ones the number encodes.
        QCOMPARE(q.value(1).toString(), id.birthDate().toString(Qt::ISODate));
        QCOMPARE(q.value(2).toString(), id.gender() == IdNumber::Male ? QStringLiteral("M") : QStringLiteral("F"));
        const QString phone = q.value(3).toString();
        if (!phone.isEmpty())
            QVERIFY2(PhoneNumber::isValid(phone) && PhoneNumber::isMobile(phone), qPrintable(phone));
        const QString name = q.value(4).toString();
        QVERIFY(name.size() >= 2 && name.size() <= 4);
    }
    QCOMPARE(rows, m_summary.residents);
}

void DemoGeneratorTest::ledgersAliveAndDuplicatesToReview()
{
    // Every ledger of the 重点人群 and 专项台账 pages has rows, and the 疑似重复 dialog has a handful
    // of pairs: the same name and birth date without a number, and a number one or two characters off.
    for (const char *table : {"care_pair", "care_pair_activity", "assistance", "mediation", "mediation_session",
                              "rental_room", "rental_tenant", "place_role"})
        QVERIFY2(scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) > 0, table);
    const QList<DuplicatePair> pairs = DuplicateFinder(m_db, AccessScope::system(QStringLiteral("test"))).find();
    QVERIFY2(pairs.size() >= 4, qPrintable(QString::number(pairs.size())));
    bool withoutNumber = false, similarNumber = false;
    for (const DuplicatePair &p : pairs) {
        withoutNumber = withoutNumber || p.reason == DuplicatePair::Reason::SameBirth;
        similarNumber = similarNumber || p.reason == DuplicatePair::Reason::SimilarId;
    }
    QVERIFY(withoutNumber);
    QVERIFY(similarNumber);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE id_number IS NULL OR id_number = ''")) <=
            3);
}

void DemoGeneratorTest::ageMix()
{
    const QDate today = QDate::currentDate();
    SqlQuery q(m_db, QStringLiteral("SELECT birth_date FROM resident WHERE status = 'living'"));
    QVERIFY(q.exec());
    int living = 0;
    int elderly = 0;
    int children = 0;
    while (q.next()) {
        const int age = Age::fullYears(QDate::fromString(q.value(0).toString(), Qt::ISODate), today);
        QVERIFY(age >= 0 && age <= 110);
        ++living;
        if (age >= 60)
            ++elderly;
        if (age < 18)
            ++children;
    }
    QVERIFY(living > 0);
    const double share = double(elderly) / living;
    qInfo("%d living residents, %.1f%% aged 60+, %d children", living, share * 100, children);
    // About a quarter aged 60+ (China's urban communities), and families with children.
    QVERIFY2(share >= 0.18 && share <= 0.35, qPrintable(QString::number(share)));
    QVERIFY(children > living / 20);
}

void DemoGeneratorTest::addressesAreComplete()
{
    // Every resident in an existing household, every household in an existing building with a grid.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r LEFT JOIN household h ON h.id = "
                                         "r.household_id WHERE h.id IS NULL")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM household h LEFT JOIN building b ON b.id = "
                                         "h.building_id LEFT JOIN grid g ON g.id = b.grid_id WHERE g.id IS NULL")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM building b LEFT JOIN compound c ON c.id = "
                                         "b.compound_id WHERE c.id IS NULL")),
             0);
    // No empty households, no flat registered twice, each with exactly one head.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM household h WHERE NOT EXISTS (SELECT 1 FROM "
                                         "resident r WHERE r.household_id = h.id)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT building_id, unit, room FROM household "
                                         "GROUP BY 1, 2, 3 HAVING count(*) > 1)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM household h WHERE (SELECT count(*) FROM resident r "
                                         "WHERE r.household_id = h.id AND r.relation = 'head') <> 1")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM household WHERE room = '' OR unit = '' OR moved_in "
                                         "IS NULL")),
             0);
    // Buildings carry a map position for the grid map.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM building WHERE map_x IS NULL OR map_y IS NULL")), 0);
}

void DemoGeneratorTest::tagsStatusesAndHistory()
{
    // Special groups: the common ones are there for a community of this size.
    SqlQuery tags(m_db, QStringLiteral("SELECT t.code, count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id "
                                       "GROUP BY t.code"));
    QVERIFY(tags.exec());
    QHash<QString, int> perTag;
    while (tags.next())
        perTag.insert(tags.value(0).toString(), tags.value(1).toInt());
    for (const char *code : {"living_alone", "empty_nest", "party_member"})
        QVERIFY2(perTag.value(QLatin1String(code)) > 0, code);
    // Living alone means a one-person household.
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM resident_tag rt JOIN tag t ON t.id = rt.tag_id AND "
                                    "t.code = 'living_alone' JOIN resident r ON r.id = rt.resident_id WHERE "
                                    "(SELECT count(*) FROM resident o WHERE o.household_id = r.household_id) <> 1")),
        0);

    const int movedOut = scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'moved_out'"));
    const int deceased = scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'deceased'"));
    qInfo("%d moved out, %d deceased", movedOut, deceased);
    // Deaths are rare (75+ only): a community this small may have none, largeCommunityStaysConsistent() insists.
    QVERIFY(movedOut > 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE status NOT IN ('living', 'moved_out', "
                                         "'deceased') OR residency_type NOT IN ('registered', 'resident', "
                                         "'floating')")),
             0);
    // A status date exactly when the status is not "living", never before birth nor in the future.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE (status = 'living') <> (status_date "
                                         "IS NULL)")),
             0);

    // History: everyone moved in (not before birth); every status change has its dated entry.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE NOT EXISTS (SELECT 1 FROM "
                                         "resident_change c WHERE c.resident_id = r.id AND c.kind = 'moved_in' AND "
                                         "c.to_household_id = r.household_id AND c.change_date >= r.birth_date)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE r.status <> 'living' AND NOT EXISTS "
                                         "(SELECT 1 FROM resident_change c WHERE c.resident_id = r.id AND c.kind = "
                                         "r.status AND c.change_date = r.status_date)")),
             0);
    QCOMPARE(datesOutOfOrder(m_db), 0);
}

void DemoGeneratorTest::historyAndAuditNameTheDemo()
{
    // Written as the form writes people: each has an audit row, and history and audit name who wrote them.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'resident' AND action = "
                                         "'insert' AND user_name = 'demo'")),
             m_summary.residents);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE NOT EXISTS (SELECT 1 FROM audit_log a "
                                         "WHERE a.table_name = 'resident' AND a.record_id = r.id)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident_change WHERE user_name IS NULL OR user_name "
                                         "<> 'demo'")),
             0);
}

void DemoGeneratorTest::largeCommunityStaysConsistent()
{
    // Rare cases only show at scale: ID numbers sharing region and birthday, babies with a status change.
    const std::unique_ptr<Database> big = openMemory();
    const QSqlDatabase db = big->connection();
    DemoGenerator generator(db, 4242);
    QVERIFY2(generator.generate(5000), qPrintable(generator.errorText()));
    QVERIFY(generator.summary().grids >= 14);
    // Every number once; the demo's likely duplicates entered without one are the only others.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT id_number) FROM resident WHERE id_number <> ''")) +
                 scalar(db, QStringLiteral("SELECT count(*) FROM resident WHERE id_number IS NULL OR id_number = ''")),
             generator.summary().residents);
    QCOMPARE(datesOutOfOrder(db), 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'deceased'")) > 10);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'moved_out'")) > 10);
    QVERIFY(DatabaseCheck::run(db).isEmpty());
}

void DemoGeneratorTest::birthdayKeysAsTheTriggerComputesThem()
{
    // The writer stores the keys with each row while the insert trigger is dropped for the load:
    // they must be what the trigger's SQL gives, and the trigger must be back afterwards.
    const QString date = QStringLiteral("r.birth_date");
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE birth_date IS NOT NULL")) > 0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM resident r WHERE birth_date IS NOT NULL AND (birth_md IS "
                                    "NOT ") +
                         BirthdayKeys::solarKeyExpression(false, date) + QStringLiteral(" OR birth_lunar_md IS NOT ") +
                         BirthdayKeys::lunarKeyExpression(false, date) + QStringLiteral(")")),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                                         "'resident_birth_keys_insert'")),
             1);
}

void DemoGeneratorTest::searchIndexIsFilled()
{
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident_fts")), m_summary.residents);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE name_initials IS NULL OR name_initials "
                                         "= '' OR name_pinyin IS NULL OR name_key IS NULL")),
             0);
    // The register finds a demo resident by pinyin initials plus compound, as a clerk would search.
    SqlQuery one(m_db, QStringLiteral("SELECT r.id, r.name_initials, c.name FROM resident r JOIN household h ON h.id "
                                      "= r.household_id JOIN building b ON b.id = h.building_id JOIN compound c ON "
                                      "c.id = b.compound_id WHERE r.status = 'living' ORDER BY r.id DESC LIMIT 1"));
    QVERIFY(one.exec() && one.next());
    const qint64 id = one.value(0).toLongLong();
    ResidentTableModel model(m_db, testScope());
    QCOMPARE(model.rowCount(), scalar(m_db, QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living'")));
    ResidentFilter f;
    f.text = one.value(1).toString() + QLatin1Char(' ') + one.value(2).toString();
    model.setFilter(f);
    QVERIFY(model.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row)
        found = found || model.residentId(row) == id;
    QVERIFY2(found, qPrintable(f.text));
}

void DemoGeneratorTest::passesDatabaseCheck()
{
    const QStringList problems = DatabaseCheck::run(m_db);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void DemoGeneratorTest::sameSeedSameCommunity()
{
    // A fixed seed gives the same community (screenshots, bug reports); another seed another one.
    auto names = [](const QSqlDatabase &db) {
        QStringList list;
        SqlQuery q(db, QStringLiteral("SELECT name || id_number FROM resident ORDER BY id"));
        if (q.exec())
            while (q.next())
                list << q.value(0).toString();
        return list;
    };
    const std::unique_ptr<Database> again = openMemory();
    DemoGenerator same(again->connection());
    QVERIFY(same.generate(kHouseholds));
    QCOMPARE(names(again->connection()), names(m_db));

    const std::unique_ptr<Database> other = openMemory();
    DemoGenerator different(other->connection(), 7);
    QVERIFY(different.generate(kHouseholds));
    QVERIFY(names(other->connection()) != names(m_db));
}

void DemoGeneratorTest::refusesNonEmptyDatabase()
{
    const int residents = scalar(m_db, QStringLiteral("SELECT count(*) FROM resident"));
    const int communities = scalar(m_db, QStringLiteral("SELECT count(*) FROM community"));
    DemoGenerator generator(m_db);
    QVERIFY(!generator.generate(10));
    QVERIFY(!generator.errorText().isEmpty());
    QCOMPARE(generator.summary().households, 0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM resident")), residents);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM community")), communities);

    // A clerk's own register with a single household is just as safe.
    TestDatabase tdb;
    QVERIFY(tdb.addHousehold(tdb.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                             {{QStringLiteral("张三"), TestDatabase::idFor(QDate(1960, 1, 1), true)}}));
    DemoGenerator onRegister(tdb.db());
    QVERIFY(!onRegister.generate(10));
    QCOMPARE(tdb.count(QStringLiteral("resident")), 1);
    QCOMPARE(tdb.count(QStringLiteral("household")), 1);
    QCOMPARE(tdb.count(QStringLiteral("grid")), 2);
}

void DemoGeneratorTest::refusesBadCount()
{
    const std::unique_ptr<Database> empty = openMemory();
    DemoGenerator generator(empty->connection());
    QVERIFY(!generator.generate(0));
    QVERIFY(!generator.errorText().isEmpty());
    QVERIFY(!generator.generate(-5));
    QCOMPARE(scalar(empty->connection(), QStringLiteral("SELECT count(*) FROM community")), 0);
    // One household is a valid (tiny) demo.
    QVERIFY(generator.generate(1));
    QCOMPARE(generator.summary().households, 1);
    QCOMPARE(scalar(empty->connection(), QStringLiteral("SELECT count(*) FROM household")), 1);
}

void DemoGeneratorTest::cancelWritesNothing()
{
    const std::unique_ptr<Database> empty = openMemory();
    DemoGenerator generator(empty->connection());
    QList<int> reported;
    generator.setProgress([&](int done, int) {
        reported << done;
        return false; // cancel at the first report
    });
    QVERIFY(!generator.generate(2500));
    QVERIFY(!generator.errorText().isEmpty());
    QCOMPARE(reported, QList<int>{2000});
    for (const char *table : {"community", "grid", "compound", "building", "household", "resident", "resident_fts",
                              "resident_change", "resident_tag", "audit_log"})
        QCOMPARE(scalar(empty->connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)

#include "demogenerator_test.moc"
