#include "dedupetestdata.h"
#include "models/dedupe/duplicatefinder.h"

#include <QTest>

namespace {

using Reason = DuplicatePair::Reason;

const DuplicatePair *pairOf(const QList<DuplicatePair> &pairs, qint64 a, qint64 b)
{
    for (const DuplicatePair &p : pairs)
        if ((p.firstId == a && p.secondId == b) || (p.firstId == b && p.secondId == a))
            return &p;
    return nullptr;
}

} // namespace

class DuplicateFinderTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sameNameAndBirthDate();
    void similarIdAtOneAddress();
    void oneWithoutIdNumber();
    void nearMissesAreNotListed();
    void pairMarkedDistinctIsNotListedAgain();
    void gridWorkerSeesOnlyTheirGrids();
    void idDifferences();

private:
    std::unique_ptr<TestDatabase> m_tdb;
    qint64 m_flatA = 0;  // grid A, building A1, 1-101
    qint64 m_flatA2 = 0; // grid A, building A2
    qint64 m_flatB = 0;  // grid B
};

void DuplicateFinderTest::init()
{
    m_tdb = std::make_unique<TestDatabase>();
    const QDate b(1958, 4, 9);
    m_flatA = m_tdb->addHousehold(m_tdb->buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                  {{QStringLiteral("户主甲"), TestDatabase::idFor(b, true, 901)}});
    m_flatA2 = m_tdb->addHousehold(m_tdb->buildingA2, QStringLiteral("2"), QStringLiteral("202"),
                                   {{QStringLiteral("户主乙"), TestDatabase::idFor(b, true, 903)}});
    m_flatB = m_tdb->addHousehold(m_tdb->buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                                  {{QStringLiteral("户主丙"), TestDatabase::idFor(b, true, 905)}});
    QVERIFY(m_flatA > 0 && m_flatA2 > 0 && m_flatB > 0);
}

void DuplicateFinderTest::sameNameAndBirthDate()
{
    const QDate birth(1960, 1, 1);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), birth);
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), birth);
    // Traditional characters are the same name (the name key folds them).
    const qint64 c = addRawResident(*m_tdb, m_flatA2, QStringLiteral("張偉"), QString(), QDate(1971, 2, 3));
    const qint64 d = addRawResident(*m_tdb, m_flatB, QStringLiteral("张伟"), QString(), QDate(1971, 2, 3));
    const QList<DuplicatePair> pairs = DuplicateFinder(m_tdb->db(), testScope()).find();
    const DuplicatePair *p = pairOf(pairs, a, b);
    QVERIFY(p);
    QCOMPARE(p->reason, Reason::SameBirth);
    QVERIFY(p->score > 0);
    QVERIFY(!p->reasonText().isEmpty());
    QVERIFY(pairOf(pairs, c, d));
    QCOMPARE(pairs.size(), 2);
}

void DuplicateFinderTest::similarIdAtOneAddress()
{
    const QString id = TestDatabase::idFor(QDate(1975, 6, 12), false, 12);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("王芳"), id, QDate(1975, 6, 12));
    // Typed again with a typo in the sequence and no birth date.
    const qint64 b = addRawResident(*m_tdb, m_flatA, QStringLiteral("王芳"), typo(id, 15), QDate());
    const QString id2 = TestDatabase::idFor(QDate(1981, 3, 14), true, 37);
    const qint64 c = addRawResident(*m_tdb, m_flatA2, QStringLiteral("赵强"), id2, QDate(1981, 3, 14));
    const qint64 d = addRawResident(*m_tdb, m_flatA2, QStringLiteral("赵强"), swapped(id2, 10), QDate());
    const QList<DuplicatePair> pairs = DuplicateFinder(m_tdb->db(), testScope()).find();
    const DuplicatePair *typoPair = pairOf(pairs, a, b);
    QVERIFY(typoPair);
    QCOMPARE(typoPair->reason, Reason::SimilarId);
    QCOMPARE(typoPair->idDifferences, 1);
    const DuplicatePair *swapPair = pairOf(pairs, c, d);
    QVERIFY(swapPair);
    QCOMPARE(swapPair->reason, Reason::SimilarId);
    QVERIFY(swapPair->swapped);
    QCOMPARE(pairs.size(), 2);
}

void DuplicateFinderTest::oneWithoutIdNumber()
{
    const QString id = TestDatabase::idFor(QDate(1949, 10, 1), false, 22);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), id, QDate(1949, 10, 1));
    const qint64 b = addRawResident(*m_tdb, m_flatA, QStringLiteral("陈静"), QString(), QDate());
    const QList<DuplicatePair> pairs = DuplicateFinder(m_tdb->db(), testScope()).find();
    const DuplicatePair *p = pairOf(pairs, a, b);
    QVERIFY(p);
    QCOMPARE(p->reason, Reason::MissingId);
    QCOMPARE(pairs.size(), 1);
}

void DuplicateFinderTest::nearMissesAreNotListed()
{
    // Same name, other birth date, other address.
    addRawResident(*m_tdb, m_flatA, QStringLiteral("刘洋"), QString(), QDate(1970, 5, 5));
    addRawResident(*m_tdb, m_flatB, QStringLiteral("刘洋"), QString(), QDate(1971, 5, 5));
    // Same name and address, two ID numbers far apart: two people.
    addRawResident(*m_tdb, m_flatA, QStringLiteral("孙丽"), TestDatabase::idFor(QDate(1980, 1, 2), false, 44),
                   QDate(1980, 1, 2));
    addRawResident(*m_tdb, m_flatA, QStringLiteral("孙丽"), TestDatabase::idFor(QDate(2004, 7, 8), false, 46),
                   QDate(2004, 7, 8));
    // Same name, address and birth date but ID numbers of two regions: namesakes born the same day.
    addRawResident(*m_tdb, m_flatA2, QStringLiteral("钱进"),
                   TestDatabase::idFor(QDate(1990, 9, 9), true, 51, QStringLiteral("320106")), QDate(1990, 9, 9));
    addRawResident(*m_tdb, m_flatA2, QStringLiteral("钱进"),
                   TestDatabase::idFor(QDate(1990, 9, 9), true, 53, QStringLiteral("110105")), QDate(1990, 9, 9));
    // One without an ID number at the same address, but born on another day (a father and son).
    addRawResident(*m_tdb, m_flatA, QStringLiteral("周杰"), TestDatabase::idFor(QDate(1950, 2, 2), true, 61),
                   QDate(1950, 2, 2));
    addRawResident(*m_tdb, m_flatA, QStringLiteral("周杰"), QString(), QDate(1978, 2, 2));
    // Similar names, same birth date.
    addRawResident(*m_tdb, m_flatA, QStringLiteral("吴刚"), QString(), QDate(1966, 6, 6));
    addRawResident(*m_tdb, m_flatB, QStringLiteral("吴钢"), QString(), QDate(1966, 6, 6));
    // Same name and birth date, but one has moved out: not a current resident.
    addRawResident(*m_tdb, m_flatA, QStringLiteral("郑华"), QString(), QDate(1955, 5, 5));
    addRawResident(*m_tdb, m_flatB, QStringLiteral("郑华"), QString(), QDate(1955, 5, 5), QStringLiteral("moved_out"));
    const QList<DuplicatePair> pairs = DuplicateFinder(m_tdb->db(), testScope()).find();
    QVERIFY2(pairs.isEmpty(), qPrintable(QString::number(pairs.size())));
}

void DuplicateFinderTest::pairMarkedDistinctIsNotListedAgain()
{
    const QDate birth(1960, 1, 1);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), birth);
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), birth);
    DuplicateFinder finder(m_tdb->db(), testScope());
    QCOMPARE(finder.find().size(), 1);
    const int audits = m_tdb->count(QStringLiteral("audit_log"));
    const SaveResult r = finder.markDistinct(b, a);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(finder.find().isEmpty());
    QCOMPARE(m_tdb->count(QStringLiteral("audit_log")), audits + 1);
    // A third record of the name is still compared with both.
    const qint64 c = addRawResident(*m_tdb, m_flatA2, QStringLiteral("李明"), QString(), birth);
    const QList<DuplicatePair> pairs = finder.find();
    QCOMPARE(pairs.size(), 2);
    QVERIFY(pairOf(pairs, a, c) && pairOf(pairs, b, c));
}

void DuplicateFinderTest::gridWorkerSeesOnlyTheirGrids()
{
    const QDate birth(1960, 1, 1);
    const qint64 a = addRawResident(*m_tdb, m_flatA, QStringLiteral("李明"), QString(), birth);
    const qint64 b = addRawResident(*m_tdb, m_flatB, QStringLiteral("李明"), QString(), birth);
    const qint64 c = addRawResident(*m_tdb, m_flatA, QStringLiteral("黄河"), QString(), QDate(1962, 2, 2));
    const qint64 d = addRawResident(*m_tdb, m_flatA2, QStringLiteral("黄河"), QString(), QDate(1962, 2, 2));
    const AccessScope worker(AccessScope::Role::GridWorker, 7, QStringLiteral("grid.a"), {m_tdb->gridA});
    DuplicateFinder finder(m_tdb->db(), worker);
    const QList<DuplicatePair> pairs = finder.find();
    QCOMPARE(pairs.size(), 1);
    QVERIFY(pairOf(pairs, c, d));
    // Nor may they mark a pair outside their grids.
    QVERIFY(!finder.markDistinct(a, b).ok);
    QCOMPARE(m_tdb->count(QStringLiteral("resident_distinct")), 0);
}

void DuplicateFinderTest::idDifferences()
{
    bool swap = false;
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("123456"), QStringLiteral("123456")), 0);
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("123456"), QStringLiteral("123457"), &swap), 1);
    QVERIFY(!swap);
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("123456"), QStringLiteral("124356"), &swap), 2);
    QVERIFY(swap);
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("123456"), QStringLiteral("923451"), &swap), 2);
    QVERIFY(!swap);
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("12345x"), QStringLiteral("12345X")), 0);
    QCOMPARE(DuplicateFinder::idDifferences(QStringLiteral("12345"), QStringLiteral("123456")), -1);
}

QTEST_GUILESS_MAIN(DuplicateFinderTest)
#include "duplicatefinder_test.moc"
