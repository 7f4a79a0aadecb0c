// 结对帮扶 pairs with their activities and assistance records: validation, a household's
// history, totals per grid and kind against hand counts, the grid of the day kept, archiving,
// and a grid worker's view.
#include "models/access/accessscope.h"
#include "models/care/assistancekinds.h"
#include "models/care/assistancestore.h"
#include "models/care/carelookups.h"
#include "models/care/carepairstore.h"
#include "models/core/sqlquery.h"
#include "tests/support/testsupport.h"

#include <QTest>

class CareRecordsTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { resetTestScope(); }
    void pairWithActivities();
    void pairIsValidated();
    void assistanceHistoryAndTotals();
    void assistanceIsValidated();
    void moneyText();
    void kindsTheOfficeAdds();
    void gridWorkerSeesTheirGridsOnly();
    void lookupsFindHouseholdsByName();

private:
    qint64 kind(const QString &code) const { return AssistanceKinds(m_t->db(), testScope()).find(code); }
    AssistanceRecord record(qint64 household, const QString &kindCode, qint64 fen, const QDate &day) const
    {
        AssistanceRecord r;
        r.householdId = household;
        r.kindId = kind(kindCode);
        r.amountFen = fen;
        r.items = fen == 0 ? QStringLiteral("米一袋，油一桶") : QString();
        r.givenOn = day;
        r.givenBy = QStringLiteral("李主任");
        return r;
    }

    std::unique_ptr<TestDatabase> m_t;
    qint64 hA = 0, hA2 = 0, hB = 0;
};

void CareRecordsTest::init()
{
    resetTestScope();
    m_t = std::make_unique<TestDatabase>();
    m_t->addResidentBornOn(m_t->buildingA1, QStringLiteral("101"), QStringLiteral("王秀英"), QDate(1945, 1, 1), 1);
    m_t->addResidentBornOn(m_t->buildingA2, QStringLiteral("102"), QStringLiteral("张建国"), QDate(1960, 1, 1), 2);
    m_t->addResidentBornOn(m_t->buildingB1, QStringLiteral("103"), QStringLiteral("刘芳"), QDate(1975, 1, 1), 3);
    SqlQuery q(m_t->db(), QStringLiteral("SELECT household_id FROM resident WHERE name = ?"));
    hA = q.exec(QStringLiteral("王秀英")) ? q.scalar().toLongLong() : 0;
    hA2 = q.exec(QStringLiteral("张建国")) ? q.scalar().toLongLong() : 0;
    hB = q.exec(QStringLiteral("刘芳")) ? q.scalar().toLongLong() : 0;
    QVERIFY(hA && hA2 && hB);
}

void CareRecordsTest::pairWithActivities()
{
    CarePairStore store(m_t->db(), testScope());
    CarePair p;
    p.householdId = hA;
    p.helperName = QStringLiteral("陈党员");
    p.helperKind = QStringLiteral("party_member");
    p.startedOn = QDate(2026, 3, 1);
    const SaveResult saved = store.save(p);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    QVERIFY(store.addActivity({0, saved.id, QDate(2026, 3, 5), QStringLiteral("陪同就医")}).ok);
    QVERIFY(store.addActivity({0, saved.id, QDate(2026, 4, 2), QStringLiteral("代购药品")}).ok);
    QVERIFY(!store.addActivity({0, saved.id, QDate(2026, 2, 1), QStringLiteral("早于结对")}).ok);
    QVERIFY(!store.addActivity({0, saved.id, QDate(2026, 4, 3), QStringLiteral("  ")}).ok);
    const QList<CarePair> pairs = store.list();
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().activities, 2);
    QCOMPARE(pairs.first().lastActivity, QDate(2026, 4, 2));
    QCOMPARE(pairs.first().head, QStringLiteral("王秀英"));
    QCOMPARE(pairs.first().gridId, m_t->gridA);
    QCOMPARE(store.activities(saved.id).first().what, QStringLiteral("代购药品"));
    // Ending the pair keeps it, out of the current list.
    CarePair ended = store.pair(saved.id);
    ended.endedOn = QDate(2026, 5, 31);
    QVERIFY(store.save(ended).ok);
    CarePairFilter current;
    current.currentOnly = true;
    QVERIFY(store.list(current).isEmpty());
    QCOMPARE(store.list().size(), 1);
    CarePairFilter byText;
    byText.text = QStringLiteral("王秀");
    QCOMPARE(store.list(byText).size(), 1);
    byText.text = QStringLiteral("nobody");
    QVERIFY(store.list(byText).isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("audit_log WHERE table_name LIKE 'care_pair%'")), 4);
}

void CareRecordsTest::pairIsValidated()
{
    CarePairStore store(m_t->db(), testScope());
    CarePair p;
    p.householdId = hA;
    p.startedOn = QDate(2026, 3, 1);
    QCOMPARE(store.save(p).errors.first().field, QStringLiteral("helperName"));
    p.helperName = QStringLiteral("陈");
    p.helperKind = QStringLiteral("friend");
    QCOMPARE(store.save(p).errors.first().field, QStringLiteral("helperKind"));
    p.helperKind = QStringLiteral("cadre");
    p.endedOn = QDate(2026, 2, 1);
    QCOMPARE(store.save(p).errors.first().field, QStringLiteral("endedOn"));
    p.householdId = 0;
    QCOMPARE(store.save(p).errors.first().field, QStringLiteral("household"));
    QCOMPARE(m_t->count(QStringLiteral("care_pair")), 0);
}

void CareRecordsTest::assistanceHistoryAndTotals()
{
    AssistanceStore store(m_t->db(), testScope());
    // Hand count for May 2026: grid A 临时救助 2 (hA 500.00 + hA2 300.50 = 800.50), grid A 物资 1
    // (no money), grid B 慰问 1 (200.00); outside May: hA in April and June; one archived in May.
    QVERIFY(store.add(record(hA, QStringLiteral("temporary_relief"), 50000, QDate(2026, 5, 3))).ok);
    QVERIFY(store.add(record(hA2, QStringLiteral("temporary_relief"), 30050, QDate(2026, 5, 31))).ok);
    QVERIFY(store.add(record(hA, QStringLiteral("goods"), 0, QDate(2026, 5, 20))).ok);
    QVERIFY(store.add(record(hB, QStringLiteral("condolence"), 20000, QDate(2026, 5, 1))).ok);
    QVERIFY(store.add(record(hA, QStringLiteral("condolence"), 10000, QDate(2026, 4, 30))).ok);
    QVERIFY(store.add(record(hA, QStringLiteral("condolence"), 10000, QDate(2026, 6, 1))).ok);
    const SaveResult mistaken = store.add(record(hB, QStringLiteral("condolence"), 99900, QDate(2026, 5, 9)));
    QVERIFY(mistaken.ok);
    QVERIFY(store.archive(mistaken.id).ok);
    QVERIFY(!store.archive(mistaken.id).ok);

    const QList<AssistanceTotal> may = store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31));
    QCOMPARE(may.size(), 3);
    QCOMPARE(may.at(0).gridId, m_t->gridA);
    QCOMPARE(may.at(0).kindName, QStringLiteral("临时救助"));
    QCOMPARE(may.at(0).count, 2);
    QCOMPARE(may.at(0).households, 2);
    QCOMPARE(may.at(0).amountFen, qint64(80050));
    QCOMPARE(may.at(1).kindName, QStringLiteral("物资"));
    QCOMPARE(may.at(1).count, 1);
    QCOMPARE(may.at(1).amountFen, qint64(0));
    QCOMPARE(may.at(2).gridId, m_t->gridB);
    QCOMPARE(may.at(2).kindName, QStringLiteral("慰问"));
    QCOMPARE(may.at(2).amountFen, qint64(20000));
    QCOMPARE(store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31), m_t->gridB).size(), 1);

    // The household's full history, newest first.
    const QList<AssistanceRecord> history = store.history(hA);
    QCOMPARE(history.size(), 4);
    QCOMPARE(history.first().givenOn, QDate(2026, 6, 1));
    QCOMPARE(history.last().givenOn, QDate(2026, 4, 30));
    QCOMPARE(history.first().head, QStringLiteral("王秀英"));

    // The grid of the day stays with the record when the building changes grid.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("UPDATE building SET grid_id = ? WHERE id = ?"))
                .exec(m_t->gridB, m_t->buildingA1));
    QCOMPARE(store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31)).at(0).count, 2);

    AssistanceFilter filter;
    filter.from = QDate(2026, 5, 1);
    filter.to = QDate(2026, 5, 31);
    filter.kindId = kind(QStringLiteral("temporary_relief"));
    QCOMPARE(store.list(filter).size(), 2);
}

void CareRecordsTest::assistanceIsValidated()
{
    AssistanceStore store(m_t->db(), testScope());
    AssistanceRecord r = record(hA, QStringLiteral("temporary_relief"), 0, QDate(2026, 5, 3));
    r.items.clear();
    QCOMPARE(store.add(r).errors.first().field, QStringLiteral("amount"));
    r.amountFen = 100;
    r.givenBy.clear();
    QCOMPARE(store.add(r).errors.first().field, QStringLiteral("givenBy"));
    r.givenBy = QStringLiteral("李");
    r.kindId = 0;
    QCOMPARE(store.add(r).errors.first().field, QStringLiteral("kind"));
    r.kindId = kind(QStringLiteral("goods"));
    SqlQuery other(m_t->db(), QStringLiteral("SELECT id FROM resident WHERE household_id = ?"));
    r.residentId = other.exec(hB) ? other.scalar().toLongLong() : 0;
    QCOMPARE(store.add(r).errors.first().field, QStringLiteral("resident"));
    QCOMPARE(m_t->count(QStringLiteral("assistance")), 0);
    QCOMPARE(m_t->count(QStringLiteral("audit_log WHERE table_name = 'assistance'")), 0);
}

void CareRecordsTest::moneyText()
{
    qint64 fen = -1;
    QVERIFY(AssistanceStore::parseMoney(QStringLiteral("1,200.5"), &fen));
    QCOMPARE(fen, qint64(120050));
    QVERIFY(AssistanceStore::parseMoney(QStringLiteral("300元"), &fen));
    QCOMPARE(fen, qint64(30000));
    QVERIFY(!AssistanceStore::parseMoney(QStringLiteral("3.005"), &fen));
    QVERIFY(!AssistanceStore::parseMoney(QStringLiteral("-3"), &fen));
    QCOMPARE(AssistanceStore::money(120050), QStringLiteral("1200.50"));
    QCOMPARE(AssistanceStore::money(0), QString());
}

void CareRecordsTest::kindsTheOfficeAdds()
{
    AssistanceKinds kinds(m_t->db(), testScope());
    QCOMPARE(kinds.entries().size(), 4);
    ListEntry e;
    e.name = QStringLiteral("助学金");
    QVERIFY(kinds.save(e).ok);
    QVERIFY(kinds.find(QStringLiteral("助学金")) > 0);
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    ListEntry f;
    f.name = QStringLiteral("其他补助");
    QVERIFY(!AssistanceKinds(m_t->db(), worker).save(f).ok);
}

void CareRecordsTest::gridWorkerSeesTheirGridsOnly()
{
    AssistanceStore office(m_t->db(), testScope());
    QVERIFY(office.add(record(hA, QStringLiteral("temporary_relief"), 50000, QDate(2026, 5, 3))).ok);
    QVERIFY(office.add(record(hB, QStringLiteral("condolence"), 20000, QDate(2026, 5, 1))).ok);
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    AssistanceStore store(m_t->db(), worker);
    QCOMPARE(store.list({}).size(), 1);
    QVERIFY(store.history(hA).isEmpty());
    QCOMPARE(store.totals(QDate(2026, 5, 1), QDate(2026, 5, 31)).size(), 1);
    QVERIFY(!store.add(record(hA, QStringLiteral("goods"), 0, QDate(2026, 5, 3))).ok);
    QVERIFY(store.add(record(hB, QStringLiteral("goods"), 0, QDate(2026, 5, 3))).ok);
    CarePair p;
    p.householdId = hA;
    p.helperName = QStringLiteral("陈");
    p.startedOn = QDate(2026, 3, 1);
    QVERIFY(!CarePairStore(m_t->db(), worker).save(p).ok);
    QVERIFY(CarePairStore(m_t->db(), testScope()).save(p).ok);
    QVERIFY(CarePairStore(m_t->db(), worker).list().isEmpty());
    const AccessScope viewer(AccessScope::Role::Viewer, 8, QStringLiteral("viewer"));
    QVERIFY(!AssistanceStore(m_t->db(), viewer).add(record(hB, QStringLiteral("goods"), 0, QDate(2026, 5, 3))).ok);
}

void CareRecordsTest::lookupsFindHouseholdsByName()
{
    CareLookups lookups(m_t->db(), testScope());
    const auto found = lookups.households(QStringLiteral("王"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().first, hA);
    QVERIFY(found.first().second.contains(QStringLiteral("王秀英")));
    QCOMPARE(lookups.households(QString::number(hB)).first().first, hB);
    QCOMPARE(lookups.members(hA).size(), 1);
    QVERIFY(lookups.householdLabel(hA).endsWith(QStringLiteral("王秀英")));
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("worker"), {m_t->gridB});
    QVERIFY(CareLookups(m_t->db(), worker).households(QStringLiteral("王")).isEmpty());
}

QTEST_GUILESS_MAIN(CareRecordsTest)
#include "carerecords_test.moc"
