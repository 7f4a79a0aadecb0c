#include "models/core/database.h"
#include "models/volunteers/pointsledger.h"
#include "models/volunteers/servicerecords.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QAtomicInt>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

class PointsLedgerTest final : public QObject
{
    Q_OBJECT

private slots:
    void ruleArithmetic();
    void earnedByTheRuleOfTheDay();
    void repeatedRedemptionsNeverGoNegative();
    void redemptionValidation();
    void concurrentRedemptionsNeverGoNegative();

private:
    // A volunteer with `hours` attended on `day`; returns the volunteer id.
    static qint64 served(TestDatabase &t, const QDate &day, int hours, qint64 volunteer = 0);
};

qint64 PointsLedgerTest::served(TestDatabase &t, const QDate &day, int hours, qint64 volunteer)
{
    VolunteerTestData d(t);
    if (volunteer == 0)
        volunteer = d.volunteer(QStringLiteral("积分"));
    const qint64 shift = d.shift(d.post(), day, QTime(8, 0), QTime(8 + hours, 0));
    const qint64 a = RosterStore(t.db(), testScope()).assign(shift, volunteer).id;
    ServiceRecords(t.db(), testScope()).setAttendance(a, QStringLiteral("attended"));
    return volunteer;
}

void PointsLedgerTest::ruleArithmetic()
{
    QCOMPARE(PointsLedger::pointsFor(2.5, 10), 25.0);
    QCOMPARE(PointsLedger::pointsFor(1.33, 3), 4.0);   // 3.99 to one decimal
    QCOMPARE(PointsLedger::pointsFor(0.25, 1.5), 0.4); // 0.375
    QCOMPARE(PointsLedger::pointsFor(0, 10), 0.0);
    const QList<PointsLedger::Rule> rules = {{1, QStringLiteral("a"), 10, QDate(2026, 1, 1), false},
                                             {2, QStringLiteral("b"), 20, QDate(2026, 6, 1), false},
                                             {3, QStringLiteral("old"), 99, QDate(2026, 7, 1), true}};
    QCOMPARE(PointsLedger::rateOn(rules, QDate(2025, 12, 31)), 0.0);
    QCOMPARE(PointsLedger::rateOn(rules, QDate(2026, 1, 1)), 10.0);
    QCOMPARE(PointsLedger::rateOn(rules, QDate(2026, 5, 31)), 10.0);
    QCOMPARE(PointsLedger::rateOn(rules, QDate(2026, 6, 1)), 20.0);
    QCOMPARE(PointsLedger::rateOn(rules, QDate(2026, 8, 1)), 20.0); // the archived rule does not apply
}

void PointsLedgerTest::earnedByTheRuleOfTheDay()
{
    TestDatabase t;
    // The seeded rule gives 10 points an hour from 2000 on.
    const qint64 v = served(t, QDate(2026, 5, 30), 2);
    served(t, QDate(2026, 6, 6), 2, v);
    PointsLedger ledger(t.db(), testScope(QStringLiteral("tester")));
    QCOMPARE(ledger.balance(v).earned, 40.0);
    PointsLedger::Rule rule{0, QStringLiteral("双倍"), 20, QDate(2026, 6, 1), false};
    QVERIFY(ledger.saveRule(rule).ok);
    QCOMPARE(ledger.balance(v).earned, 60.0); // 2 h × 10 + 2 h × 20
    // Event hours earn points too.
    VolunteerTestData d(t);
    d.eventHours(d.event(QStringLiteral("活动"), ShiftRecurrence::wallClock(QDate(2026, 6, 10), QTime(9, 0))), v, 1.5);
    QCOMPARE(ledger.balance(v).earned, 90.0);
    QCOMPARE(ledger.balance(v).balance(), 90.0);
}

void PointsLedgerTest::repeatedRedemptionsNeverGoNegative()
{
    TestDatabase t;
    const qint64 v = served(t, QDate(2026, 5, 30), 6); // 60 points
    PointsLedger ledger(t.db(), testScope(QStringLiteral("tester")));
    PointsLedger::Reward soap{0, QStringLiteral("肥皂"), 7, false};
    QVERIFY(ledger.saveReward(soap).ok);
    int accepted = 0;
    for (int i = 0; i < 20; ++i)
        if (ledger.redeem(v, soap.id).ok)
            ++accepted;
    QCOMPARE(accepted, 8);
    const PointsLedger::Balance b = ledger.balance(v);
    QCOMPARE(b.redeemed, 56.0);
    QCOMPARE(b.balance(), 4.0);
    QCOMPARE(ledger.entries(v).size(), 8);
    // A quantity that does not fit is refused whole.
    QVERIFY(!ledger.redeem(v, soap.id, 1).ok);
    QVERIFY(ledger.redeem(v, 0, 1, 4, QStringLiteral("小礼品")).ok); // exactly to zero is allowed
    QCOMPARE(ledger.balance(v).balance(), 0.0);
    QVERIFY(!ledger.redeem(v, 0, 1, 0.1, QStringLiteral("x")).ok);
    // Lowering earned hours afterwards is the one way a balance could drop: refused redemptions
    // still see the live balance.
    QCOMPARE(t.count(QStringLiteral("volunteer_point_entry")), 9);
}

void PointsLedgerTest::redemptionValidation()
{
    TestDatabase t;
    const qint64 v = served(t, QDate(2026, 5, 30), 2);
    PointsLedger ledger(t.db(), testScope(QStringLiteral("tester")));
    QVERIFY(!ledger.redeem(v, 0, 1, 5, QString()).ok); // a note is required without a reward
    QVERIFY(!ledger.redeem(v, 0, 1, -5, QStringLiteral("x")).ok);
    QVERIFY(!ledger.redeem(v, 12345).ok);                           // unknown reward
    QVERIFY(!ledger.redeem(9999, 0, 1, 1, QStringLiteral("x")).ok); // unknown volunteer
    QVERIFY(ledger.grant(v, 5, QStringLiteral("表彰")).ok);
    QCOMPARE(ledger.balance(v).balance(), 25.0);
    QVERIFY(!ledger.grant(v, 5, QString()).ok);
    PointsLedger::Rule bad{0, QString(), 10, QDate(2026, 1, 1), false};
    QVERIFY(!ledger.saveRule(bad).ok);
}

void PointsLedgerTest::concurrentRedemptionsNeverGoNegative()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("points.sqlite"));
    qint64 v = 0;
    {
        Database setup(QStringLiteral("points-setup"));
        QVERIFY(Workspace::open(setup, path));
        const QSqlDatabase db = setup.connection();
        Volunteer vol;
        vol.name = QStringLiteral("并发");
        VolunteerStore store(db, testScope());
        QVERIFY(store.save(vol).ok);
        v = vol.id;
        RosterStore::Post post;
        post.name = QStringLiteral("岗");
        RosterStore roster(db, testScope());
        QVERIFY(roster.savePost(post).ok);
        const qint64 shift = roster
                                 .addShift(post.id, ShiftRecurrence::wallClock(QDate(2026, 5, 30), QTime(8, 0)),
                                           ShiftRecurrence::wallClock(QDate(2026, 5, 30), QTime(14, 0)), 1)
                                 .id;
        const qint64 a = roster.assign(shift, v).id;
        QVERIFY(ServiceRecords(db, testScope()).setAttendance(a, QStringLiteral("attended")).ok); // 6 h = 60 points
        QCOMPARE(PointsLedger(db, testScope()).balance(v).balance(), 60.0);
    }
    QAtomicInt accepted;
    auto worker = [&](int n) {
        Database own(QStringLiteral("points-%1").arg(n));
        if (!Workspace::open(own, path))
            return;
        PointsLedger ledger(own.connection(), testScope(QStringLiteral("desk%1").arg(n)));
        for (int i = 0; i < 10; ++i)
            if (ledger.redeem(v, 0, 1, 7, QStringLiteral("desk %1").arg(n)).ok)
                accepted.fetchAndAddOrdered(1);
    };
    std::unique_ptr<QThread> first(QThread::create(worker, 1));
    std::unique_ptr<QThread> second(QThread::create(worker, 2));
    std::unique_ptr<QThread> third(QThread::create(worker, 3));
    first->start();
    second->start();
    third->start();
    QVERIFY(first->wait(60000) && second->wait(60000) && third->wait(60000));
    Database check(QStringLiteral("points-check"));
    QVERIFY(Workspace::open(check, path));
    const PointsLedger::Balance b = PointsLedger(check.connection(), testScope()).balance(v);
    QVERIFY(accepted.loadRelaxed() >= 1);
    QVERIFY2(accepted.loadRelaxed() <= 8, qPrintable(QString::number(accepted.loadRelaxed())));
    QCOMPARE(b.redeemed, 7.0 * accepted.loadRelaxed());
    QVERIFY(b.balance() >= 0);
}

QTEST_GUILESS_MAIN(PointsLedgerTest)
#include "pointsledger_test.moc"
