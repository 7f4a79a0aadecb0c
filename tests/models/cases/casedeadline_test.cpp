// Deadline colouring exactly at its boundaries: one second before, at and after the "near"
// threshold and the deadline itself.
#include "models/cases/casedeadline.h"

#include <QTest>

using State = CaseDeadline::State;
Q_DECLARE_METATYPE(CaseDeadline::State)

class CaseDeadlineTest : public QObject
{
    Q_OBJECT

private slots:
    void boundaries_data();
    void boundaries();
    void closedCasesHaveNoDeadlineState();
    void colours();
};

void CaseDeadlineTest::boundaries_data()
{
    QTest::addColumn<int>("allottedDays");
    QTest::addColumn<qint64>("secondsBeforeDeadline"); // now = deadline - this
    QTest::addColumn<State>("state");
    const qint64 day = 24 * 3600;
    // 3 days allotted: a fifth is 14.4 h, so the 24-hour floor decides.
    QTest::newRow("3d: well before") << 3 << 2 * day << State::Ok;
    QTest::newRow("3d: 1 s before near") << 3 << day + 1 << State::Ok;
    QTest::newRow("3d: at near") << 3 << day << State::Near;
    QTest::newRow("3d: 1 s after near") << 3 << day - 1 << State::Near;
    QTest::newRow("3d: 1 s before deadline") << 3 << qint64(1) << State::Near;
    QTest::newRow("3d: at deadline") << 3 << qint64(0) << State::Near;
    QTest::newRow("3d: 1 s after deadline") << 3 << qint64(-1) << State::Overdue;
    QTest::newRow("3d: a week late") << 3 << -7 * day << State::Overdue;
    // 15 days allotted: a fifth is 3 days.
    QTest::newRow("15d: 1 s before near") << 15 << 3 * day + 1 << State::Ok;
    QTest::newRow("15d: at near") << 15 << 3 * day << State::Near;
    QTest::newRow("15d: 1 s after near") << 15 << 3 * day - 1 << State::Near;
    QTest::newRow("15d: at deadline") << 15 << qint64(0) << State::Near;
    QTest::newRow("15d: 1 s after deadline") << 15 << qint64(-1) << State::Overdue;
    // 1 day allotted: yellow from the moment it is received.
    QTest::newRow("1d: at receipt") << 1 << day << State::Near;
}

void CaseDeadlineTest::boundaries()
{
    QFETCH(int, allottedDays);
    QFETCH(qint64, secondsBeforeDeadline);
    QFETCH(State, state);
    const QDateTime received(QDate(2026, 3, 1), QTime(8, 30));
    const QDateTime deadline = received.addDays(allottedDays);
    const QDateTime now = deadline.addSecs(-secondsBeforeDeadline);
    for (const QString &status : {QStringLiteral("received"), QStringLiteral("assessed"), QStringLiteral("assigned"),
                                  QStringLiteral("supervised")})
        QCOMPARE(CaseDeadline::state(status, received, deadline, now), state);
}

void CaseDeadlineTest::closedCasesHaveNoDeadlineState()
{
    const QDateTime received(QDate(2026, 3, 1), QTime(8, 30));
    const QDateTime deadline = received.addDays(3);
    const QDateTime late = deadline.addDays(30);
    QCOMPARE(CaseDeadline::state(QStringLiteral("closed"), received, deadline, late), State::None);
    QCOMPARE(CaseDeadline::state(QStringLiteral("followed_up"), received, deadline, late), State::None);
    QCOMPARE(CaseDeadline::nearThresholdSeconds(received, deadline), qint64(24 * 3600));
    QCOMPARE(CaseDeadline::nearThresholdSeconds(received, received.addDays(10)), qint64(2 * 24 * 3600));
}

void CaseDeadlineTest::colours()
{
    QVERIFY(!CaseDeadline::background(State::None).isValid());
    QVERIFY(!CaseDeadline::background(State::Ok).isValid());
    const QColor near = CaseDeadline::background(State::Near);
    const QColor overdue = CaseDeadline::background(State::Overdue);
    QVERIFY(near.isValid() && overdue.isValid());
    // Yellow and red: hue 40-60 and 0-10 (or wrapping near 360).
    QVERIFY2(near.hue() >= 40 && near.hue() <= 60, qPrintable(QString::number(near.hue())));
    QVERIFY2(overdue.hue() <= 10 || overdue.hue() >= 350, qPrintable(QString::number(overdue.hue())));
    QCOMPARE(CaseDeadline::label(State::Overdue), QStringLiteral("Overdue"));
}

QTEST_APPLESS_MAIN(CaseDeadlineTest)
#include "casedeadline_test.moc"
