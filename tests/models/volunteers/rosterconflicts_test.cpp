#include "models/volunteers/rosterconflicts.h"
#include "models/volunteers/rosterstore.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QObject>
#include <QTest>

using Kind = RosterConflicts::Kind;

class RosterConflictsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void overlapEdges_data();
    void overlapEdges();
    void backToBackIsNotAConflict();
    void doubleBookingRefused();
    void availability();
    void inactiveRefused();
    void gaps();
    void swapAndSubstitute();
    void swapIntoADoubleBookingChangesNothing();
    void unassignKeepsTheRow();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_d;
    qint64 m_post = 0;
    const QDate m_sat = QDate(2026, 11, 28);
};

void RosterConflictsTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_d = std::make_unique<VolunteerTestData>(*m_t);
    m_post = m_d->post();
    QVERIFY(m_post > 0);
}

void RosterConflictsTest::cleanup()
{
    m_d.reset();
    m_t.reset();
}

void RosterConflictsTest::overlapEdges_data()
{
    QTest::addColumn<QTime>("aStart");
    QTest::addColumn<QTime>("aEnd");
    QTest::addColumn<QTime>("bStart");
    QTest::addColumn<QTime>("bEnd");
    QTest::addColumn<bool>("overlap");
    QTest::newRow("back to back") << QTime(9, 0) << QTime(11, 0) << QTime(11, 0) << QTime(13, 0) << false;
    QTest::newRow("back to back, reversed") << QTime(11, 0) << QTime(13, 0) << QTime(9, 0) << QTime(11, 0) << false;
    QTest::newRow("one minute") << QTime(9, 0) << QTime(11, 0) << QTime(10, 59) << QTime(13, 0) << true;
    QTest::newRow("contained") << QTime(9, 0) << QTime(17, 0) << QTime(10, 0) << QTime(11, 0) << true;
    QTest::newRow("identical") << QTime(9, 0) << QTime(11, 0) << QTime(9, 0) << QTime(11, 0) << true;
    QTest::newRow("same start") << QTime(9, 0) << QTime(11, 0) << QTime(9, 0) << QTime(9, 30) << true;
    QTest::newRow("apart") << QTime(9, 0) << QTime(10, 0) << QTime(14, 0) << QTime(15, 0) << false;
}

void RosterConflictsTest::overlapEdges()
{
    QFETCH(QTime, aStart);
    QFETCH(QTime, aEnd);
    QFETCH(QTime, bStart);
    QFETCH(QTime, bEnd);
    QFETCH(bool, overlap);
    auto at = [this](const QTime &t) { return ShiftRecurrence::wallClock(m_sat, t); };
    QCOMPARE(RosterConflicts::overlaps(at(aStart), at(aEnd), at(bStart), at(bEnd)), overlap);
}

void RosterConflictsTest::backToBackIsNotAConflict()
{
    const qint64 v = m_d->volunteer(QStringLiteral("张三"));
    const qint64 morning = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    const qint64 noon = m_d->shift(m_post, m_sat, QTime(11, 0), QTime(13, 0));
    const qint64 before = m_d->shift(m_post, m_sat, QTime(7, 0), QTime(9, 0));
    RosterStore store(m_t->db(), testScope());
    QVERIFY(store.assign(morning, v).ok);
    const RosterConflicts conflicts(m_t->db(), testScope());
    QVERIFY(conflicts.check(v, noon).isEmpty());
    QVERIFY(conflicts.check(v, before).isEmpty());
    QVERIFY(store.assign(noon, v).ok);
    QVERIFY(store.assign(before, v).ok);
}

void RosterConflictsTest::doubleBookingRefused()
{
    const qint64 v = m_d->volunteer(QStringLiteral("张三"));
    const qint64 other = m_d->post(QStringLiteral("巡逻"));
    const qint64 a = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    const qint64 b = m_d->shift(other, m_sat, QTime(10, 0), QTime(12, 0));
    const qint64 night = m_d->shift(other, m_sat.addDays(-1), QTime(22, 0), QTime(9, 30)); // Friday night
    RosterStore store(m_t->db(), testScope());
    QVERIFY(store.assign(a, v).ok);
    const QList<RosterConflicts::Conflict> found = RosterConflicts(m_t->db(), testScope()).check(v, b);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, Kind::DoubleBooked);
    QCOMPARE(found.first().otherShiftId, a);
    const SaveResult r = store.assign(b, v);
    QVERIFY(!r.ok);
    QVERIFY(r.firstMessage().contains(QStringLiteral("张三")));
    // An overnight shift that runs into the morning overlaps too.
    QCOMPARE(RosterConflicts(m_t->db(), testScope()).check(v, night).size(), 1);
    QVERIFY(!store.assign(night, v).ok);
    // The same shift twice is refused as well.
    QVERIFY(!store.assign(a, v).ok);
    QCOMPARE(store.shift(a)->assignments.size(), 1);
    QCOMPARE(store.shift(b)->assignments.size(), 0);
}

void RosterConflictsTest::availability()
{
    // Weekends, 8:00-12:00 only.
    const qint64 v =
        m_d->volunteer(QStringLiteral("李四"), QStringLiteral("active"), {6, 7}, QTime(8, 0), QTime(12, 0));
    const qint64 fits = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(12, 0));
    const qint64 late = m_d->shift(m_post, m_sat.addDays(1), QTime(11, 0), QTime(13, 0));
    const qint64 monday = m_d->shift(m_post, m_sat.addDays(2), QTime(9, 0), QTime(11, 0));
    const RosterConflicts conflicts(m_t->db(), testScope());
    QVERIFY(conflicts.check(v, fits).isEmpty());
    QCOMPARE(conflicts.check(v, late).size(), 1);
    QCOMPARE(conflicts.check(v, late).first().kind, Kind::Unavailable);
    QCOMPARE(conflicts.check(v, monday).first().kind, Kind::Unavailable);
    // Saved, but with a warning: the clerk may have agreed it with the volunteer.
    const SaveResult r = RosterStore(m_t->db(), testScope()).assign(monday, v);
    QVERIFY(r.ok);
    QCOMPARE(r.warnings.size(), 1);
}

void RosterConflictsTest::inactiveRefused()
{
    const qint64 v = m_d->volunteer(QStringLiteral("王五"), QStringLiteral("paused"));
    const qint64 s = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    QCOMPARE(RosterConflicts(m_t->db(), testScope()).check(v, s).first().kind, Kind::Inactive);
    QVERIFY(!RosterStore(m_t->db(), testScope()).assign(s, v).ok);
}

void RosterConflictsTest::gaps()
{
    const qint64 a = m_d->volunteer(QStringLiteral("甲"));
    const qint64 b = m_d->volunteer(QStringLiteral("乙"));
    const qint64 s = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0), 2);
    const qint64 full = m_d->shift(m_post, m_sat.addDays(1), QTime(9, 0), QTime(11, 0), 1);
    RosterStore store(m_t->db(), testScope());
    QVERIFY(store.assign(full, a).ok);
    QVERIFY(store.assign(s, a).ok);
    const RosterConflicts conflicts(m_t->db(), testScope());
    QList<RosterConflicts::Gap> gaps = conflicts.gaps(QDate(2026, 11, 23), QDate(2026, 11, 29));
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().shiftId, s);
    QCOMPARE(gaps.first().needed, 2);
    QCOMPARE(gaps.first().assigned, 1);
    QVERIFY(store.assign(s, b).ok);
    QVERIFY(conflicts.gaps(QDate(2026, 11, 23), QDate(2026, 11, 29)).isEmpty());
    // Outside the range nothing is reported.
    QVERIFY(conflicts.gaps(QDate(2026, 11, 30), QDate(2026, 12, 6)).isEmpty());
}

void RosterConflictsTest::swapAndSubstitute()
{
    const qint64 a = m_d->volunteer(QStringLiteral("甲"));
    const qint64 b = m_d->volunteer(QStringLiteral("乙"));
    const qint64 c = m_d->volunteer(QStringLiteral("丙"));
    const qint64 s1 = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    const qint64 s2 = m_d->shift(m_post, m_sat.addDays(1), QTime(9, 0), QTime(11, 0));
    RosterStore store(m_t->db(), testScope());
    const qint64 aOn1 = store.assign(s1, a).id;
    const qint64 bOn2 = store.assign(s2, b).id;
    const SaveResult swapped = store.swap(aOn1, bOn2);
    QVERIFY2(swapped.ok, qPrintable(swapped.firstMessage()));
    QCOMPARE(store.shift(s1)->assignments.size(), 1);
    QCOMPARE(store.shift(s1)->assignments.first().volunteerId, b);
    QCOMPARE(store.shift(s2)->assignments.first().volunteerId, a);
    QVERIFY(!store.assignment(aOn1)); // the old ones are removed, not deleted
    QCOMPARE(m_t->count(QStringLiteral("volunteer_assignment")), 4);

    const qint64 bOn1 = store.shift(s1)->assignments.first().id;
    const SaveResult sub = store.substitute(bOn1, c);
    QVERIFY2(sub.ok, qPrintable(sub.firstMessage()));
    const RosterStore::Assignment now = store.shift(s1)->assignments.first();
    QCOMPARE(now.volunteerId, c);
    QCOMPARE(now.substituteFor, b);
}

void RosterConflictsTest::swapIntoADoubleBookingChangesNothing()
{
    const qint64 a = m_d->volunteer(QStringLiteral("甲"));
    const qint64 b = m_d->volunteer(QStringLiteral("乙"));
    const qint64 other = m_d->post(QStringLiteral("巡逻"));
    const qint64 s1 = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    const qint64 s2 = m_d->shift(m_post, m_sat.addDays(1), QTime(9, 0), QTime(11, 0));
    const qint64 s3 = m_d->shift(other, m_sat.addDays(1), QTime(10, 0), QTime(12, 0));
    RosterStore store(m_t->db(), testScope());
    const qint64 aOn1 = store.assign(s1, a).id;
    const qint64 bOn2 = store.assign(s2, b).id;
    QVERIFY(store.assign(s3, a).ok); // a is busy on Sunday morning
    const int rows = m_t->count(QStringLiteral("volunteer_assignment"));
    QVERIFY(!store.swap(aOn1, bOn2).ok);
    QCOMPARE(m_t->count(QStringLiteral("volunteer_assignment")), rows);
    QVERIFY(store.assignment(aOn1));
    QVERIFY(store.assignment(bOn2));
}

void RosterConflictsTest::unassignKeepsTheRow()
{
    const qint64 a = m_d->volunteer(QStringLiteral("甲"));
    const qint64 s = m_d->shift(m_post, m_sat, QTime(9, 0), QTime(11, 0));
    RosterStore store(m_t->db(), testScope());
    const qint64 id = store.assign(s, a).id;
    QVERIFY(store.unassign(id).ok);
    QVERIFY(store.shift(s)->assignments.isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("volunteer_assignment")), 1);
    QVERIFY(!store.unassign(id).ok);
    // Assigning again is allowed after removal.
    QVERIFY(store.assign(s, a).ok);
}

QTEST_GUILESS_MAIN(RosterConflictsTest)
#include "rosterconflicts_test.moc"
