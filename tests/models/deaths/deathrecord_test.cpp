// DeathRecord: a death mid-month takes the person off the month's birthday list, off the rota
// from that day on (an attended shift before it stays), closes their volunteer record, drops a
// household left with no one living from the visits due, and its errand (丧葬补助, 户口注销) is
// due from that day.
#include "models/birthdays/birthdayquery.h"
#include "models/core/sqlquery.h"
#include "models/deaths/deatheffects.h"
#include "models/deaths/deathrecord.h"
#include "models/lifeevents/dueerrands.h"
#include "models/visits/visitcoverage.h"
#include "models/volunteers/servicerecords.h"
#include "tests/support/deathtestdata.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QTest>

namespace {

bool onBirthdayList(TestDatabase &t, qint64 resident)
{
    for (const BirthdayEntry &e : BirthdayQuery(t.db(), testScope()).month(2026, 11))
        if (e.residentId == resident)
            return true;
    return false;
}

bool dueVisit(TestDatabase &t, qint64 household)
{
    for (const VisitCoverage::StaleHousehold &s : VisitCoverage(t.db(), testScope()).stale(QDate(2026, 11, 20), 30))
        if (s.householdId == household)
            return true;
    return false;
}

} // namespace

class DeathRecordTest final : public QObject
{
    Q_OBJECT

private slots:
    void deathMidMonth();
    void refusedDeathChangesNothing();
    void registerPageReachesEverything();
    void statusWrittenElsewhereIsSettled();
};

void DeathRecordTest::deathMidMonth()
{
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 li =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("501"), QStringLiteral("李大爷"), QDate(1940, 11, 25), 1);
    SqlQuery household(t.db(), QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
    QVERIFY(household.exec(li));
    const qint64 home = household.scalar().toLongLong();
    const qint64 volunteer = data.volunteer(QStringLiteral("李大爷"));
    SqlQuery link(t.db(), QStringLiteral("UPDATE volunteer SET resident_id = ? WHERE id = ?"));
    QVERIFY(link.exec(li, volunteer));
    const qint64 post = data.post();
    RosterStore roster(t.db(), testScope());
    const qint64 served = roster.assign(data.shift(post, QDate(2026, 11, 10), QTime(8, 0), QTime(10, 0)), volunteer).id;
    const qint64 before = roster.assign(data.shift(post, QDate(2026, 11, 14), QTime(8, 0), QTime(10, 0)), volunteer).id;
    const qint64 after = roster.assign(data.shift(post, QDate(2026, 11, 20), QTime(8, 0), QTime(10, 0)), volunteer).id;
    const qint64 later = roster.assign(data.shift(post, QDate(2026, 12, 20), QTime(8, 0), QTime(10, 0)), volunteer).id;
    QVERIFY(served && before && after && later);
    QVERIFY(ServiceRecords(t.db(), testScope()).setAttendance(served, QStringLiteral("attended")).ok);
    QVERIFY(onBirthdayList(t, li));
    QVERIFY(dueVisit(t, home));

    int removed = -1;
    const SaveResult r =
        DeathRecord(t.db(), testScope()).record(li, QDate(2026, 11, 15), QStringLiteral("病故"), &removed);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(removed, 2);

    QVERIFY(!onBirthdayList(t, li));
    QVERIFY(!dueVisit(t, home));
    SqlQuery status(t.db(), QStringLiteral("SELECT status FROM volunteer_assignment WHERE id = ?"));
    auto statusOf = [&status](qint64 id) { return status.exec(id) ? status.scalar().toString() : QString(); };
    QCOMPARE(statusOf(served), QStringLiteral("assigned"));
    QCOMPARE(statusOf(before), QStringLiteral("assigned")); // before the death: the clerk's to settle
    QCOMPARE(statusOf(after), QStringLiteral("removed"));
    QCOMPARE(statusOf(later), QStringLiteral("removed"));
    QCOMPARE(ServiceRecords(t.db(), testScope()).totalHours(volunteer), 2.0); // served hours stay
    SqlQuery v(t.db(), QStringLiteral("SELECT status FROM volunteer WHERE id = ?"));
    QVERIFY(v.exec(volunteer));
    QCOMPARE(v.scalar().toString(), QStringLiteral("left"));
    for (const RosterStore::Shift &s : roster.shifts(QDate(2026, 11, 15), QDate(2026, 12, 31)))
        for (const RosterStore::Assignment &a : s.assignments)
            QVERIFY(a.volunteerId != volunteer);

    // The errand is due from the day of death, and opens once.
    DueErrands due(t.db(), testScope());
    QStringList funeral;
    for (const DueErrand &d : due.list(QDate(2026, 11, 15)))
        if (d.residentId == li)
            funeral << d.ruleCode;
    QCOMPARE(funeral, QStringList{QStringLiteral("funeral_grant")});
    QVERIFY(due.list(QDate(2026, 11, 15)).constFirst().text.contains(QStringLiteral("户口注销")));
    QCOMPARE(due.open(due.list(QDate(2026, 11, 15))).id, 1);
    QVERIFY(due.list(QDate(2026, 11, 16)).isEmpty());
}

void DeathRecordTest::refusedDeathChangesNothing()
{
    TestDatabase t;
    VolunteerTestData data(t);
    const qint64 li =
        t.addResidentBornOn(t.buildingA1, QStringLiteral("501"), QStringLiteral("李大爷"), QDate(1940, 11, 25), 1);
    const qint64 volunteer = data.volunteer(QStringLiteral("李大爷"));
    SqlQuery link(t.db(), QStringLiteral("UPDATE volunteer SET resident_id = ? WHERE id = ?"));
    QVERIFY(link.exec(li, volunteer));
    // A date in the future is refused: nothing about the volunteer changes either.
    const SaveResult r = DeathRecord(t.db(), testScope()).record(li, QDate::currentDate().addDays(3), QString());
    QVERIFY(!r.ok);
    QVERIFY2(r.firstMessage().contains(QStringLiteral("Date")), qPrintable(r.firstMessage()));
    SqlQuery v(t.db(), QStringLiteral("SELECT status FROM volunteer WHERE id = ?"));
    QVERIFY(v.exec(volunteer));
    QCOMPARE(v.scalar().toString(), QStringLiteral("active"));
}

void DeathRecordTest::registerPageReachesEverything()
{
    TestDatabase t;
    const QDate death = QDate::currentDate().addDays(-2);
    const qint64 wang = t.addResidentBornOn(t.buildingA1, QStringLiteral("502"), QStringLiteral("王大妈"),
                                            QDate(1941, death.month(), 1), 2);
    DeathTestData data(t, wang, death);
    QVERIFY(data.isReady());
    QVERIFY(data.onBirthdayList());
    QVERIFY(!data.missed().isEmpty());
    const SaveResult r = DeathRecord(t.db(), testScope()).record(wang, death, QString());
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
    QCOMPARE(DeathEffects(t.db(), testScope()).applyPending().id, qint64(0)); // nothing left to settle
}

void DeathRecordTest::statusWrittenElsewhereIsSettled()
{
    // A status written without DeathRecord (an import, a merge, a script): the pending effects are
    // found and settled once.
    TestDatabase t;
    const QDate death = QDate::currentDate().addDays(-3);
    const qint64 zhao = t.addResidentBornOn(t.buildingA1, QStringLiteral("503"), QStringLiteral("赵大爷"),
                                            QDate(1939, death.month(), 2), 3);
    DeathTestData data(t, zhao, death);
    QVERIFY(data.isReady());
    SqlQuery raw(t.db(), QStringLiteral("UPDATE resident SET status = 'deceased', status_date = ? WHERE id = ?"));
    QVERIFY(raw.exec(death.toString(Qt::ISODate), zhao));
    QVERIFY(data.missed().contains(QStringLiteral("rota")));
    const SaveResult settled = DeathEffects(t.db(), testScope()).applyPending();
    QVERIFY2(settled.ok, qPrintable(settled.firstMessage()));
    QCOMPARE(settled.id, qint64(1));
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
    QCOMPARE(DeathEffects(t.db(), testScope()).applyPending().id, qint64(0));
    QVERIFY(DeathEffects(t.db(), testScope()).apply(zhao).ok); // twice: nothing more changes
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
}

QTEST_MAIN(DeathRecordTest)
#include "deathrecord_test.moc"
