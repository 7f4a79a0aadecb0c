// ServiceRecordModel over more assignments than one page: in shift order, a page at a time as the
// view scrolls, only assigned volunteers of shifts not cancelled within the range, attendance and
// hours as recorded, with QAbstractItemModelTester watching throughout.
#include "models/core/itemroles.h"
#include "models/volunteers/servicerecordmodel.h"
#include "models/volunteers/servicerecords.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class ServiceRecordModelTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyUntilARangeIsSet();
    void shiftOrderAcrossPages();
    void attendanceAndHours();
    void rangeNarrowsTheList();

private:
    // One shift a day from 1 September 2026, 9:00 to 11:30, with three volunteers on it; day 10's
    // shift is cancelled and 甲 is taken off day 20's.
    static constexpr int kDays = 80;
    static QDate day(int d) { return QDate(2026, 9, 1).addDays(d); }
    static constexpr int kCancelledDay = 10;
    static constexpr int kUnassignedDay = 20;
    static constexpr int kListed = 3 * kDays - 3 - 1;
    // The assignment of volunteer v (0 丙, 1 乙, 2 甲: the list's order within a shift) on day d.
    qint64 assignment(int d, int v) const { return m_assignments.at(3 * d + v); }
    int rowOf(const ServiceRecordModel &model, qint64 assignmentId) const;

    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_d;
    QList<qint64> m_assignments;
};

int ServiceRecordModelTest::rowOf(const ServiceRecordModel &model, qint64 assignmentId) const
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.assignmentId(row) == assignmentId)
            return row;
    return -1;
}

void ServiceRecordModelTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_d = std::make_unique<VolunteerTestData>(*m_t);
    const QList<qint64> volunteers = {m_d->volunteer(QStringLiteral("丙")), m_d->volunteer(QStringLiteral("乙")),
                                      m_d->volunteer(QStringLiteral("甲"))};
    const qint64 post = m_d->post(QStringLiteral("门岗"), 3);
    RosterStore roster(m_t->db(), testScope());
    m_assignments.clear();
    for (int d = 0; d < kDays; ++d) {
        const qint64 shift = m_d->shift(post, day(d), QTime(9, 0), QTime(11, 30), 3);
        QVERIFY(shift > 0);
        for (qint64 v : volunteers) {
            const SaveResult r = roster.assign(shift, v);
            QVERIFY2(r.ok, qPrintable(r.firstMessage()));
            m_assignments << r.id;
        }
        if (d == kCancelledDay)
            QVERIFY(roster.cancelShift(shift).ok);
    }
    QVERIFY(roster.unassign(assignment(kUnassignedDay, 2)).ok);
}

void ServiceRecordModelTest::cleanup()
{
    m_d.reset();
    m_t.reset();
}

void ServiceRecordModelTest::emptyUntilARangeIsSet()
{
    ServiceRecordModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.assignmentId(0), 0);
    QCOMPARE(model.attendance(0), QString());
    QCOMPARE(model.headerData(ServiceRecordModel::Hours, Qt::Horizontal).toString(), QStringLiteral("Hours"));
}

void ServiceRecordModelTest::shiftOrderAcrossPages()
{
    ServiceRecordModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &ServiceRecordModel::countChanged);

    model.setRange(day(0), day(kDays - 1));
    QCOMPARE(model.rowCount(), ServiceRecordModel::kPageSize); // one page with the reset
    QCOMPARE(model.totalCount(), kListed);
    QVERIFY(kListed > ServiceRecordModel::kPageSize);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.at(0).at(0).toInt(), kListed);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), kListed);

    // By start, then volunteer: the cancelled shift and the removed volunteer left out.
    QList<qint64> expected;
    for (int d = 0; d < kDays; ++d)
        for (int v = 0; v < 3; ++v)
            if (d != kCancelledDay && !(d == kUnassignedDay && v == 2))
                expected << assignment(d, v);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.assignmentId(row), expected.at(row));

    const int row = ServiceRecordModel::kPageSize + 1; // day 68, 乙
    QCOMPARE(model.assignmentId(row), assignment(68, 1));
    QCOMPARE(model.index(row, ServiceRecordModel::Date).data().toString(), QStringLiteral("2026-11-08"));
    QCOMPARE(model.index(row, ServiceRecordModel::Time).data().toString(), QStringLiteral("09:00–11:30"));
    QCOMPARE(model.index(row, ServiceRecordModel::Post).data().toString(), QStringLiteral("门岗"));
    QCOMPARE(model.index(row, ServiceRecordModel::Volunteer).data().toString(), QStringLiteral("乙"));
    QCOMPARE(model.index(row, ServiceRecordModel::Attendance).data().toString(), QStringLiteral("Not recorded"));
    QCOMPARE(model.index(row, ServiceRecordModel::Hours).data().toString(), QString());
    QCOMPARE(model.index(row, 0).data(ItemRole::Id).toLongLong(), assignment(68, 1));
}

void ServiceRecordModelTest::attendanceAndHours()
{
    ServiceRecords records(m_t->db(), testScope());
    QVERIFY(records.setAttendance(assignment(0, 2), QStringLiteral("attended")).ok);
    QVERIFY(records.setAttendance(assignment(0, 1), QStringLiteral("absent")).ok);
    const qint64 edited = assignment(kDays - 1, 0); // on the last page
    QVERIFY(records.setAttendance(edited, QStringLiteral("attended")).ok);
    QVERIFY(records.editHours(edited, 1.75, QStringLiteral("提前离开")).ok);

    ServiceRecordModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRange(day(0), day(kDays - 1));
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());

    const int attended = rowOf(model, assignment(0, 2));
    QCOMPARE(attended, 2);
    QCOMPARE(model.attendance(attended), QStringLiteral("attended"));
    QCOMPARE(model.index(attended, ServiceRecordModel::Attendance).data().toString(), QStringLiteral("Attended"));
    QCOMPARE(model.index(attended, ServiceRecordModel::Attendance).data(ItemRole::Code).toString(),
             QStringLiteral("attended"));
    QCOMPARE(model.index(attended, ServiceRecordModel::Hours).data().toString(), QStringLiteral("2.50"));
    QVERIFY(model.index(attended, ServiceRecordModel::Hours).data(Qt::ForegroundRole).isNull());

    const int absent = rowOf(model, assignment(0, 1));
    QCOMPARE(model.index(absent, ServiceRecordModel::Attendance).data().toString(), QStringLiteral("Absent"));
    QVERIFY(model.index(absent, ServiceRecordModel::Attendance).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(absent, ServiceRecordModel::Hours).data().toString(), QString()); // hours only when attended

    const int changed = rowOf(model, edited);
    QVERIFY(changed >= ServiceRecordModel::kPageSize);
    QCOMPARE(model.index(changed, ServiceRecordModel::Hours).data().toString(), QStringLiteral("1.75"));
    QVERIFY(model.index(changed, ServiceRecordModel::Hours).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.index(changed, ServiceRecordModel::Reason).data().toString(), QStringLiteral("提前离开"));

    // Recorded meanwhile: shown after a reload.
    const qint64 later = assignment(1, 0);
    QVERIFY(records.setAttendance(later, QStringLiteral("absent")).ok);
    QCOMPARE(model.attendance(rowOf(model, later)), QString());
    model.reload();
    QCOMPARE(model.attendance(rowOf(model, later)), QStringLiteral("absent"));
}

void ServiceRecordModelTest::rangeNarrowsTheList()
{
    ServiceRecordModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counted(&model, &ServiceRecordModel::countChanged);
    model.setRange(day(0), day(29)); // September, with the cancelled day and the removed volunteer
    QCOMPARE(model.totalCount(), 3 * 30 - 3 - 1);
    model.setRange(day(kDays - 1), day(kDays - 1)); // both ends inclusive
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.index(2, ServiceRecordModel::Volunteer).data().toString(), QStringLiteral("甲"));
    model.setRange(day(kDays), day(kDays + 30));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(counted.size(), 3);
    QCOMPARE(counted.at(2).at(0).toInt(), 0);
    model.setRange(day(0), day(kDays - 1));
    QCOMPARE(model.totalCount(), kListed);
    QCOMPARE(model.rowCount(), ServiceRecordModel::kPageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), kListed);
}

QTEST_GUILESS_MAIN(ServiceRecordModelTest)
#include "servicerecordmodel_test.moc"
