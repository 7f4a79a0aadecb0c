#include "models/volunteers/servicerecords.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QObject>
#include <QTest>

class ServiceRecordsTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void hoursFollowAttendance();
    void editWithReasonIsAudited();
    void editWithoutReasonRefused();
    void editNeedsAttendance();
    void eventHoursCount();
    void cancelledEventsAndShiftsExcluded();
    void rangeLimitsTheTotal();

private:
    int auditRows(const QString &action) const;
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_d;
    qint64 m_v = 0, m_shift = 0, m_assignment = 0;
};

void ServiceRecordsTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_d = std::make_unique<VolunteerTestData>(*m_t);
    m_v = m_d->volunteer(QStringLiteral("张三"));
    const qint64 post = m_d->post();
    m_shift = m_d->shift(post, QDate(2026, 11, 7), QTime(9, 0), QTime(11, 30)); // 2.5 h
    m_assignment = RosterStore(m_t->db(), testScope()).assign(m_shift, m_v).id;
    QVERIFY(m_v && m_shift && m_assignment);
}

void ServiceRecordsTest::cleanup()
{
    m_d.reset();
    m_t.reset();
}

int ServiceRecordsTest::auditRows(const QString &action) const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer_assignment' AND "
                                         "action = ?"));
    return q.exec(action) ? q.scalar().toInt() : -1;
}

void ServiceRecordsTest::hoursFollowAttendance()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QCOMPARE(records.hoursOf(m_assignment), 0.0); // not recorded yet
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    QCOMPARE(records.hoursOf(m_assignment), 2.5);
    QCOMPARE(records.totalHours(m_v), 2.5);
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("absent")).ok);
    QCOMPARE(records.hoursOf(m_assignment), 0.0);
    QCOMPARE(records.totalHours(m_v), 0.0);
    QVERIFY(!records.setAttendance(m_assignment, QStringLiteral("maybe")).ok);
    QCOMPARE(auditRows(QStringLiteral("attendance")), 2);
}

void ServiceRecordsTest::editWithReasonIsAudited()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    const SaveResult r = records.editHours(m_assignment, 1.75, QStringLiteral("提前离开"));
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(records.hoursOf(m_assignment), 1.75);
    QCOMPARE(records.totalHours(m_v), 1.75);
    QCOMPARE(auditRows(QStringLiteral("hours")), 1);
    SqlQuery a(m_t->db(), QStringLiteral("SELECT before_json, after_json, user_name FROM audit_log WHERE action = "
                                         "'hours'"));
    QVERIFY(a.exec() && a.next());
    QVERIFY(a.value(0).toString().contains(QStringLiteral("2.5")));
    QVERIFY(a.value(1).toString().contains(QStringLiteral("1.75")));
    QVERIFY(a.value(1).toString().contains(QStringLiteral("提前离开")));
    QCOMPARE(a.value(2).toString(), QStringLiteral("tester"));
    SqlQuery adj(m_t->db(), QStringLiteral("SELECT old_hours, new_hours, reason FROM volunteer_hour_adjustment"));
    QVERIFY(adj.exec() && adj.next());
    QCOMPARE(adj.value(0).toDouble(), 2.5);
    QCOMPARE(adj.value(1).toDouble(), 1.75);
    QCOMPARE(adj.value(2).toString(), QStringLiteral("提前离开"));
    // A second edit starts from the edited value.
    QVERIFY(records.editHours(m_assignment, 3, QStringLiteral("加班")).ok);
    SqlQuery second(m_t->db(), QStringLiteral("SELECT old_hours FROM volunteer_hour_adjustment ORDER BY id DESC"));
    QCOMPARE(second.scalar().toDouble(), 1.75);
    QCOMPARE(records.totalHours(m_v), 3.0);
}

void ServiceRecordsTest::editWithoutReasonRefused()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    const SaveResult r = records.editHours(m_assignment, 1, QStringLiteral("   "));
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.first().field, QStringLiteral("reason"));
    QVERIFY(!records.editHours(m_assignment, -1, QStringLiteral("x")).ok);
    QVERIFY(!records.editHours(m_assignment, 25, QStringLiteral("x")).ok);
    QCOMPARE(records.hoursOf(m_assignment), 2.5);
    QCOMPARE(auditRows(QStringLiteral("hours")), 0);
    QCOMPARE(m_t->count(QStringLiteral("volunteer_hour_adjustment")), 0);
}

void ServiceRecordsTest::editNeedsAttendance()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(!records.editHours(m_assignment, 1, QStringLiteral("reason")).ok);
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("absent")).ok);
    QVERIFY(!records.editHours(m_assignment, 1, QStringLiteral("reason")).ok);
}

void ServiceRecordsTest::eventHoursCount()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    const qint64 clinic =
        m_d->event(QStringLiteral("义诊活动"), ShiftRecurrence::wallClock(QDate(2026, 11, 14), QTime(14, 0)));
    m_d->eventHours(clinic, m_v, 3.5);
    QCOMPARE(records.totalHours(m_v), 6.0);
    const QList<ServiceRecords::Record> history = records.history(m_v);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).kind, QStringLiteral("shift"));
    QCOMPARE(history.at(0).hours, 2.5);
    QCOMPARE(history.at(1).kind, QStringLiteral("event"));
    QCOMPARE(history.at(1).title, QStringLiteral("义诊活动"));
    QCOMPARE(history.at(1).hours, 3.5);
    QCOMPARE(history.at(1).start.date(), QDate(2026, 11, 14));
}

void ServiceRecordsTest::cancelledEventsAndShiftsExcluded()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    const qint64 cancelled =
        m_d->event(QStringLiteral("取消的活动"), ShiftRecurrence::wallClock(QDate(2026, 11, 15), QTime(9, 0)), true);
    m_d->eventHours(cancelled, m_v, 4);
    QCOMPARE(records.totalHours(m_v), 2.5);
    QCOMPARE(records.history(m_v).size(), 1);
    QVERIFY(RosterStore(m_t->db(), testScope()).cancelShift(m_shift).ok);
    QCOMPARE(records.totalHours(m_v), 0.0);
    QCOMPARE(records.hoursOf(m_assignment), 0.0);
}

void ServiceRecordsTest::rangeLimitsTheTotal()
{
    ServiceRecords records(m_t->db(), testScope(QStringLiteral("tester")));
    QVERIFY(records.setAttendance(m_assignment, QStringLiteral("attended")).ok);
    const qint64 december =
        m_d->event(QStringLiteral("清洁"), ShiftRecurrence::wallClock(QDate(2026, 12, 1), QTime(9, 0)));
    m_d->eventHours(december, m_v, 2);
    QCOMPARE(records.totalHours(m_v, QDate(2026, 11, 1), QDate(2026, 11, 30)), 2.5);
    QCOMPARE(records.totalHours(m_v, QDate(2026, 12, 1), QDate(2026, 12, 31)), 2.0);
    QCOMPARE(records.totalHours(m_v, QDate(2026, 11, 7), QDate(2026, 11, 7)), 2.5); // the end day is included
}

QTEST_GUILESS_MAIN(ServiceRecordsTest)
#include "servicerecords_test.moc"
