#include "models/volunteers/rosterstore.h"
#include "models/volunteers/shiftrecurrence.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

class ShiftRecurrenceTest final : public QObject
{
    Q_OBJECT

private slots:
    void eightSaturdaysAcrossMonthAndYear();
    void untilIsInclusive();
    void firstDayNotOnAPatternDay();
    void severalWeekdaysInDateOrder();
    void leapDay();
    void overnightShiftEndsNextDay();
    void invalidPatterns_data();
    void invalidPatterns();
    void textRoundTrip();
    void generatedInOneTransaction();
};

namespace {
ShiftRecurrence::Pattern saturdays()
{
    ShiftRecurrence::Pattern p;
    p.weekdays = {6};
    p.start = QTime(9, 0);
    p.end = QTime(11, 0);
    p.from = QDate(2026, 11, 28); // a Saturday
    p.weeks = 8;
    return p;
}
} // namespace

void ShiftRecurrenceTest::eightSaturdaysAcrossMonthAndYear()
{
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(saturdays());
    QCOMPARE(list.size(), 8);
    const QList<QDate> expected = {QDate(2026, 11, 28), QDate(2026, 12, 5), QDate(2026, 12, 12), QDate(2026, 12, 19),
                                   QDate(2026, 12, 26), QDate(2027, 1, 2),  QDate(2027, 1, 9),   QDate(2027, 1, 16)};
    for (int i = 0; i < list.size(); ++i) {
        QCOMPARE(list.at(i).start.date(), expected.at(i));
        QCOMPARE(list.at(i).start.date().dayOfWeek(), 6);
        QCOMPARE(list.at(i).start.time(), QTime(9, 0));
        QCOMPARE(list.at(i).end.date(), expected.at(i));
        QCOMPARE(list.at(i).end.time(), QTime(11, 0));
        QCOMPARE(list.at(i).hours(), 2.0);
    }
    QCOMPARE(ShiftRecurrence::toText(list.first().start), QStringLiteral("2026-11-28T09:00:00"));
    QCOMPARE(ShiftRecurrence::toText(list.last().end), QStringLiteral("2027-01-16T11:00:00"));
}

void ShiftRecurrenceTest::untilIsInclusive()
{
    ShiftRecurrence::Pattern p = saturdays();
    p.weeks = 0;
    p.until = QDate(2026, 12, 26); // itself a Saturday
    QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 5);
    QCOMPARE(list.last().start.date(), QDate(2026, 12, 26));
    p.until = QDate(2026, 12, 25); // the Friday before: one fewer
    list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.last().start.date(), QDate(2026, 12, 19));
    p.until = p.from; // a single day
    QCOMPARE(ShiftRecurrence::generate(p).size(), 1);
}

void ShiftRecurrenceTest::firstDayNotOnAPatternDay()
{
    ShiftRecurrence::Pattern p = saturdays();
    p.from = QDate(2026, 11, 23); // Monday: 2 weeks are 23 Nov .. 6 Dec
    p.weeks = 2;
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).start.date(), QDate(2026, 11, 28));
    QCOMPARE(list.at(1).start.date(), QDate(2026, 12, 5));
}

void ShiftRecurrenceTest::severalWeekdaysInDateOrder()
{
    ShiftRecurrence::Pattern p;
    p.weekdays = {7, 1, 3}; // given out of order
    p.start = QTime(18, 30);
    p.end = QTime(20, 0);
    p.from = QDate(2026, 12, 28); // Monday
    p.weeks = 1;
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).start.date(), QDate(2026, 12, 28));
    QCOMPARE(list.at(1).start.date(), QDate(2026, 12, 30));
    QCOMPARE(list.at(2).start.date(), QDate(2027, 1, 3));
    QCOMPARE(list.at(2).hours(), 1.5);
}

void ShiftRecurrenceTest::leapDay()
{
    ShiftRecurrence::Pattern p;
    p.weekdays = {2}; // Tuesday; 2028-02-29 is one
    p.start = QTime(9, 0);
    p.end = QTime(10, 0);
    p.from = QDate(2028, 2, 20);
    p.until = QDate(2028, 3, 7);
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).start.date(), QDate(2028, 2, 22));
    QCOMPARE(list.at(1).start.date(), QDate(2028, 2, 29));
    QCOMPARE(list.at(2).start.date(), QDate(2028, 3, 7));
}

void ShiftRecurrenceTest::overnightShiftEndsNextDay()
{
    ShiftRecurrence::Pattern p;
    p.weekdays = {5};
    p.start = QTime(22, 0);
    p.end = QTime(6, 0);
    p.from = QDate(2026, 12, 31); // Thursday; the Friday is New Year's Day
    p.weeks = 1;
    const QList<ShiftRecurrence::Slot> list = ShiftRecurrence::generate(p);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).start, ShiftRecurrence::wallClock(QDate(2027, 1, 1), QTime(22, 0)));
    QCOMPARE(list.at(0).end, ShiftRecurrence::wallClock(QDate(2027, 1, 2), QTime(6, 0)));
    QCOMPARE(list.at(0).hours(), 8.0);
}

void ShiftRecurrenceTest::invalidPatterns_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("no weekday") << 0;
    QTest::newRow("bad weekday") << 1;
    QTest::newRow("start equals end") << 2;
    QTest::newRow("no weeks and no until") << 3;
    QTest::newRow("until before from") << 4;
    QTest::newRow("too many") << 5;
    QTest::newRow("no time") << 6;
}

void ShiftRecurrenceTest::invalidPatterns()
{
    QFETCH(int, which);
    ShiftRecurrence::Pattern p = saturdays();
    switch (which) {
    case 0:
        p.weekdays.clear();
        break;
    case 1:
        p.weekdays = {8};
        break;
    case 2:
        p.end = p.start;
        break;
    case 3:
        p.weeks = 0;
        break;
    case 4:
        p.weeks = 0;
        p.until = p.from.addDays(-1);
        break;
    case 5:
        p.weekdays = {1, 2, 3, 4, 5, 6, 7};
        p.weeks = 200;
        break;
    case 6:
        p.start = QTime();
        break;
    }
    QVERIFY(!ShiftRecurrence::validate(p).isEmpty());
    QVERIFY(ShiftRecurrence::generate(p).isEmpty());
}

void ShiftRecurrenceTest::textRoundTrip()
{
    const QDateTime t = ShiftRecurrence::wallClock(QDate(2027, 1, 2), QTime(9, 5));
    QCOMPARE(ShiftRecurrence::fromText(ShiftRecurrence::toText(t)), t);
    QCOMPARE(ShiftRecurrence::fromText(QStringLiteral("2027-01-02T09:05")), t);
    QVERIFY(!ShiftRecurrence::fromText(QStringLiteral("garbage")).isValid());
}

void ShiftRecurrenceTest::generatedInOneTransaction()
{
    TestDatabase t;
    RosterStore store(t.db(), testScope(QStringLiteral("tester")));
    RosterStore::Post post;
    post.name = QStringLiteral("门岗");
    QVERIFY(store.savePost(post).ok);
    int created = -1;
    const SaveResult r = store.generateShifts(post.id, saturdays(), 2, &created);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QCOMPARE(created, 8);
    QCOMPARE(t.count(QStringLiteral("volunteer_shift")), 8);
    QCOMPARE(t.count(QStringLiteral("volunteer_shift_pattern")), 1);
    const QList<RosterStore::Shift> shifts = store.shifts(QDate(2026, 11, 1), QDate(2027, 1, 31));
    QCOMPARE(shifts.size(), 8);
    QCOMPARE(shifts.first().needed, 2);
    QCOMPARE(shifts.last().start.date(), QDate(2027, 1, 16));
    // A failing pattern (unknown post) leaves nothing behind.
    QVERIFY(!store.generateShifts(9999, saturdays(), 1, &created).ok);
    QCOMPARE(created, 0);
    QCOMPARE(t.count(QStringLiteral("volunteer_shift")), 8);
    QCOMPARE(t.count(QStringLiteral("volunteer_shift_pattern")), 1);
}

QTEST_GUILESS_MAIN(ShiftRecurrenceTest)
#include "shiftrecurrence_test.moc"
