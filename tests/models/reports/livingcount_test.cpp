// resident_count, the living residents per community, grid and birth year that the monthly
// report reads (ResidentCountSchema, issue 23): after every way the register changes (a form,
// a status change and its withdrawal, a move, a household or building moved, a compound given to
// another community, an import) it equals a count from the register's own tables, and the
// report's residents and elderly equal the counts the report used to make from them.
#include "models/core/sqlquery.h"
#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"
#include "models/register/registerstore.h"
#include "models/register/residentcountschema.h"
#include "models/register/statuswithdrawal.h"
#include "models/reports/monthlyreportquery.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class LivingCountTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { m_t.reset(); }
    void keptByEveryChange();
    void rebuildRepairs();
    void reportFiguresMatchTheRegister();

private:
    // (community, grid, birth year, living) rows with residents, as kept and as counted.
    QStringList kept() const;
    QStringList counted() const;
    QStringList rows(const QString &sql) const;
    int scalar(const QString &sql) const { return SqlQuery(m_t->db(), sql).scalar().toInt(); }
    qint64 anotherCommunity() const;
    std::unique_ptr<TestDatabase> m_t;
    QTemporaryDir m_dir;
};

QStringList LivingCountTest::rows(const QString &sql) const
{
    QStringList list;
    SqlQuery q(m_t->db(), sql);
    if (q.exec())
        while (q.next())
            list << QStringLiteral("%1|%2|%3|%4")
                        .arg(q.value(0).toLongLong())
                        .arg(q.value(1).toLongLong())
                        .arg(q.value(2).toString())
                        .arg(q.value(3).toLongLong());
    return list;
}

QStringList LivingCountTest::kept() const
{
    return rows(QStringLiteral("SELECT community_id, grid_id, birth_year, living FROM resident_count WHERE living "
                               "<> 0 ORDER BY 1, 2, 3"));
}

QStringList LivingCountTest::counted() const
{
    return rows(QStringLiteral(
        "SELECT coalesce(cs.community_id, 0), coalesce(bs.grid_id, 0), coalesce(substr(r.birth_date, 1, 4), ''), "
        "count(*) FROM resident r LEFT JOIN household hs ON hs.id = r.household_id LEFT JOIN building bs ON bs.id = "
        "hs.building_id LEFT JOIN compound cs ON cs.id = bs.compound_id WHERE r.status = 'living' GROUP BY 1, 2, 3 "
        "ORDER BY 1, 2, 3"));
}

qint64 LivingCountTest::anotherCommunity() const
{
    SqlQuery(m_t->db(), QStringLiteral("INSERT INTO community (name, code) VALUES ('东风社区', 'C02')")).exec();
    return SqlQuery(m_t->db(), QStringLiteral("SELECT id FROM community WHERE code = 'C02'")).scalar().toLongLong();
}

void LivingCountTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_t->addResidentBornOn(m_t->buildingA1, QStringLiteral("101"), QStringLiteral("王秀英"), QDate(1950, 3, 4), 1);
    m_t->addResidentBornOn(m_t->buildingA2, QStringLiteral("201"), QStringLiteral("李强"), QDate(1980, 7, 9), 2);
    m_t->addResidentBornOn(m_t->buildingB1, QStringLiteral("301"), QStringLiteral("钱桂兰"), QDate(1950, 11, 30), 3);
    m_t->addHousehold(m_t->buildingB1, QStringLiteral("2"), QStringLiteral("402"),
                      {{QStringLiteral("孙明"), TestDatabase::idFor(QDate(1990, 1, 2), true, 4)},
                       {QStringLiteral("孙小红"), TestDatabase::idFor(QDate(2015, 5, 6), false, 5)}});
}

void LivingCountTest::keptByEveryChange()
{
    QCOMPARE(kept().size(), 5);
    QCOMPARE(kept(), counted());
    const qint64 wang = m_t->residentId(TestDatabase::idFor(QDate(1950, 3, 4), true, 1));
    const qint64 li = m_t->residentId(TestDatabase::idFor(QDate(1980, 7, 9), false, 2));
    const qint64 sun = m_t->residentId(TestDatabase::idFor(QDate(1990, 1, 2), true, 4));
    QVERIFY(wang > 0 && li > 0 && sun > 0);
    RegisterStore store(m_t->db(), testScope());
    const QDate today = QDate::currentDate();

    // A status change, then its withdrawal (Edit → Undo).
    SaveResult r = store.changeStatus(wang, QStringLiteral("moved_out"), today.addDays(-3), QString());
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(kept(), counted());
    QCOMPARE(scalar(QStringLiteral("SELECT sum(living) FROM resident_count")), 4);
    const int version = store.resident(wang)->rowVersion;
    r = StatusWithdrawal(m_t->db(), testScope())
            .withdraw(wang, version, QStringLiteral("living"), today.addDays(-3), QString());
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(store.resident(wang)->status, QStringLiteral("living"));
    QCOMPARE(kept(), counted());
    QCOMPARE(scalar(QStringLiteral("SELECT sum(living) FROM resident_count")), 5);

    // A move into a household of the other grid, and a death.
    const qint64 sunHousehold = store.resident(sun)->householdId;
    r = store.moveToHousehold(li, sunHousehold, today.addDays(-2), QString());
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(kept(), counted());
    r = store.changeStatus(li, QStringLiteral("deceased"), today.addDays(-1), QString());
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(kept(), counted());
    QCOMPARE(scalar(QStringLiteral("SELECT sum(living) FROM resident_count")), 4);

    // A corrected birth date; a household to another building; a building to another grid; a
    // compound to another community.
    QVERIFY(
        SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET birth_date = '1949-12-31' WHERE id = ?")).exec(wang));
    QCOMPARE(kept(), counted());
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE household SET building_id = ? WHERE id = ?"))
                .exec(m_t->buildingA2, sunHousehold));
    QCOMPARE(kept(), counted());
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE building SET grid_id = ? WHERE id = ?"))
                .exec(m_t->gridB, m_t->buildingA2));
    QCOMPARE(kept(), counted());
    QVERIFY(
        SqlQuery(m_t->db(), QStringLiteral("UPDATE building SET grid_id = NULL WHERE id = ?")).exec(m_t->buildingA1));
    QCOMPARE(kept(), counted());
    const qint64 other = anotherCommunity();
    QVERIFY(other > 1);
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE compound SET community_id = ? WHERE id = ?"))
                .exec(other, m_t->compoundB));
    QCOMPARE(kept(), counted());
    QVERIFY(kept().join(u' ').contains(QStringLiteral("%1|").arg(other)));
    // A household taken out of its building.
    QVERIFY(
        SqlQuery(m_t->db(), QStringLiteral("UPDATE household SET building_id = NULL WHERE id = ?")).exec(sunHousehold));
    QCOMPARE(kept(), counted());
    QVERIFY(kept().join(u' ').contains(QStringLiteral("0|0|1990|1")));

    // An import: new compounds and buildings with their households and people; then one of the
    // new buildings put in a grid.
    const QString path = m_dir.filePath(QStringLiteral("register.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("姓名,身份证号码,联系电话,小区,楼栋,单元,门牌号\n").toUtf8());
    for (int i = 0; i < 40; ++i)
        file.write(QStringLiteral("居民%1,%2,139%3,幸福里,%4栋,1,%5\n")
                       .arg(i)
                       .arg(TestDatabase::idFor(QDate(1940, 1, 1).addDays(i * 400), i % 2 == 0, 10 + i))
                       .arg(i, 8, 10, QLatin1Char('0'))
                       .arg(i / 10 + 1)
                       .arg(i / 2 + 101)
                       .toUtf8());
    file.close();
    QString error;
    auto source = ImportSource::open(path, &error);
    QVERIFY2(source, qPrintable(error));
    AccessScope office = testScope(); // a street of two communities now: the import names one
    QVERIFY(office.setViewCommunity(1));
    ResidentImporter importer(m_t->db(), office, today);
    QVERIFY2(importer.run(*source) == ResidentImporter::Outcome::Done, qPrintable(importer.errorText()));
    QCOMPARE(importer.summary().imported, 40);
    QCOMPARE(kept(), counted());
    QCOMPARE(scalar(QStringLiteral("SELECT sum(living) FROM resident_count")),
             scalar(QStringLiteral("SELECT count(*) FROM resident WHERE status = 'living'")));
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE building SET grid_id = ? WHERE name = '2栋'")).exec(m_t->gridA));
    QCOMPARE(kept(), counted());
}

void LivingCountTest::rebuildRepairs()
{
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE resident_count SET living = living + 7")).exec());
    QVERIFY(kept() != counted());
    QSqlDatabase db = m_t->db();
    QVERIFY(ResidentCountSchema::rebuild(db));
    QCOMPARE(kept(), counted());
}

void LivingCountTest::reportFiguresMatchTheRegister()
{
    // Born on the cutoff's year, either side of the month's end: 60 on 2026-10-31 or not yet.
    m_t->addResidentBornOn(m_t->buildingA1, QStringLiteral("102"), QStringLiteral("赵一"), QDate(1966, 10, 31), 6);
    m_t->addResidentBornOn(m_t->buildingA1, QStringLiteral("103"), QStringLiteral("赵二"), QDate(1966, 11, 1), 7);
    m_t->addResidentBornOn(m_t->buildingB1, QStringLiteral("303"), QStringLiteral("赵三"), QDate(1966, 1, 1), 8);
    const auto living = [this](const QString &extra) {
        return scalar(QStringLiteral("SELECT count(*) FROM resident r JOIN household h ON h.id = r.household_id JOIN "
                                     "building b ON b.id = h.building_id WHERE r.status = 'living'") +
                      extra);
    };
    MonthlyReportData d;
    QVERIFY(MonthlyReportQuery(m_t->db(), testScope()).run(2026, 10, 0, &d));
    QCOMPARE(d.residents, 8);
    QCOMPARE(d.elderly, living(QStringLiteral(" AND r.birth_date <= '1966-10-31'")));
    QCOMPARE(d.elderly, 4); // 王秀英, 钱桂兰, 赵一, 赵三
    QVERIFY(MonthlyReportQuery(m_t->db(), testScope()).run(2026, 10, m_t->gridA, &d));
    QCOMPARE(d.residents, living(QStringLiteral(" AND b.grid_id = %1").arg(m_t->gridA)));
    QCOMPARE(d.elderly, 2); // 王秀英, 赵一
    // A grid worker of grid B: their grid only, whatever grid the report is for.
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-b"), {m_t->gridB});
    QVERIFY(MonthlyReportQuery(m_t->db(), worker).run(2026, 10, 0, &d));
    QCOMPARE(d.residents, living(QStringLiteral(" AND b.grid_id = %1").arg(m_t->gridB)));
    QCOMPARE(d.elderly, 2); // 钱桂兰, 赵三
    // A clerk of another community sees none of these.
    const qint64 other = anotherCommunity();
    AccessScope clerk(AccessScope::Role::Clerk, 8, QStringLiteral("clerk-2"));
    clerk.setCommunityIds({other});
    QVERIFY(MonthlyReportQuery(m_t->db(), clerk).run(2026, 10, 0, &d));
    QCOMPARE(d.residents, 0);
    QCOMPARE(d.elderly, 0);
}

QTEST_GUILESS_MAIN(LivingCountTest)
#include "livingcount_test.moc"
