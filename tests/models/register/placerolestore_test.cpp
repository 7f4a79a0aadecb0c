#include "models/access/accessscope.h"
#include "models/register/placerolestore.h"
#include "models/visits/visitsheet.h"

#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// The contacts of compounds, buildings and units (楼栋长, 单元长, 物业…), and the visit sheet of a
// building that prints them.
class PlaceRoleStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rolesAtEachLevel();
    void residentLink();
    void rolesOnTheSheet();
    void gridWorkerScope();

private:
    std::unique_ptr<TestDatabase> m_t;
    qint64 m_resident = 0;
};

void PlaceRoleStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    const QString id = TestDatabase::idFor(QDate(1958, 8, 8), true, 41);
    QVERIFY(m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                              {{QStringLiteral("楼长老马"), id}}));
    m_resident = m_t->residentId(id);
    SqlQuery q(m_t->db(), QStringLiteral("UPDATE resident SET phone = '13700001234' WHERE id = ?"));
    QVERIFY(q.exec(m_resident));
}

void PlaceRoleStoreTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

void PlaceRoleStoreTest::rolesAtEachLevel()
{
    PlaceRoleStore store(m_t->db(), testScope());
    PlaceRole property{0,
                       m_t->compoundA,
                       0,
                       QString(),
                       QStringLiteral("property"),
                       QStringLiteral("物业王经理"),
                       QStringLiteral("13500002222"),
                       0};
    PlaceRole head{0,
                   m_t->compoundA,
                   m_t->buildingA1,
                   QString(),
                   QStringLiteral("building_head"),
                   QStringLiteral("楼长甲"),
                   QString(),
                   0};
    PlaceRole unit{0,
                   m_t->compoundA,
                   m_t->buildingA1,
                   QStringLiteral("2"),
                   QStringLiteral("unit_head"),
                   QStringLiteral("单元长乙"),
                   QString(),
                   0};
    const SaveResult saved = store.save(property);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QVERIFY(store.save(head).ok);
    QVERIFY(store.save(unit).ok);
    QCOMPARE(store.rolesAt(m_t->compoundA).size(), 1);
    QCOMPARE(store.rolesAt(m_t->compoundA, m_t->buildingA1).size(), 1);
    QCOMPARE(store.rolesAt(m_t->compoundA, m_t->buildingA1, QStringLiteral("2")).constFirst().name,
             QStringLiteral("单元长乙"));
    QCOMPARE(store.rolesForBuilding(m_t->buildingA1).size(), 3);
    QCOMPARE(store.rolesForBuilding(m_t->buildingA2).size(), 1); // only the compound's
    QCOMPARE(store.rolesForBuilding(m_t->buildingB1).size(), 0);
    // A building of another compound, a unit without a building, an unknown role: refused.
    PlaceRole wrong{
        0, m_t->compoundA, m_t->buildingB1, QString(), QStringLiteral("building_head"), QStringLiteral("x"), QString(),
        0};
    QVERIFY(!store.save(wrong).ok);
    PlaceRole noBuilding{
        0, m_t->compoundA, 0, QStringLiteral("1"), QStringLiteral("unit_head"), QStringLiteral("x"), QString(), 0};
    QVERIFY(!store.save(noBuilding).ok);
    PlaceRole badRole{0, m_t->compoundA, 0, QString(), QStringLiteral("mayor"), QStringLiteral("x"), QString(), 0};
    QVERIFY(!store.save(badRole).ok);
    QVERIFY(store.archive(head.id).ok);
    QCOMPARE(store.rolesForBuilding(m_t->buildingA1).size(), 2);
}

void PlaceRoleStoreTest::residentLink()
{
    PlaceRoleStore store(m_t->db(), testScope());
    PlaceRole head{0,         m_t->compoundA, m_t->buildingA1, QString(), QStringLiteral("building_head"),
                   QString(), QString(),      m_resident};
    QVERIFY(store.save(head).ok);
    QCOMPARE(head.name, QStringLiteral("楼长老马"));
    QCOMPARE(head.phone, QStringLiteral("13700001234"));
}

void PlaceRoleStoreTest::rolesOnTheSheet()
{
    PlaceRoleStore store(m_t->db(), testScope());
    PlaceRole head{0,         m_t->compoundA, m_t->buildingA1, QString(), QStringLiteral("building_head"),
                   QString(), QString(),      m_resident};
    PlaceRole property{
        0, m_t->compoundA, 0, QString(), QStringLiteral("property"), QStringLiteral("物业王经理"), QString(), 0};
    PlaceRole unit{0,
                   m_t->compoundA,
                   m_t->buildingA1,
                   QStringLiteral("2"),
                   QStringLiteral("unit_head"),
                   QStringLiteral("单元长乙"),
                   QString(),
                   0};
    QVERIFY(store.save(head).ok && store.save(property).ok && store.save(unit).ok);
    const VisitSheet sheet(m_t->db(), testScope(), m_t->buildingA1, {});
    const QString text = sheet.document().document().text().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("楼长老马")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("137****1234"))); // masked as on every print
    QVERIFY(!text.contains(QStringLiteral("13700001234")));
    QVERIFY(text.contains(QStringLiteral("物业王经理")));
    QVERIFY(text.contains(QStringLiteral("单元长乙")));
    QVERIFY(text.contains(QStringLiteral("Building head")));
    const VisitSheet other(m_t->db(), testScope(), m_t->buildingB1, {});
    QVERIFY(!other.document().document().text().join(QLatin1Char('\n')).contains(QStringLiteral("楼长老马")));
}

void PlaceRoleStoreTest::gridWorkerScope()
{
    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridB}));
    PlaceRoleStore worker(m_t->db(), testScope());
    PlaceRole mine{0,
                   m_t->compoundB,
                   m_t->buildingB1,
                   QString(),
                   QStringLiteral("building_head"),
                   QStringLiteral("B楼长"),
                   QString(),
                   0};
    QVERIFY(worker.save(mine).ok);
    PlaceRole theirs{0,
                     m_t->compoundA,
                     m_t->buildingA1,
                     QString(),
                     QStringLiteral("building_head"),
                     QStringLiteral("A楼长"),
                     QString(),
                     0};
    QVERIFY(!worker.save(theirs).ok);
    PlaceRole compound{0, m_t->compoundB, 0, QString(), QStringLiteral("property"), QStringLiteral("物业"), QString(),
                       0};
    QVERIFY(!worker.save(compound).ok); // the compound's contacts are the office's
}

QTEST_GUILESS_MAIN(PlaceRoleStoreTest)
#include "placerolestore_test.moc"
