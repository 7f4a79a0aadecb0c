#include "models/cases/caseworkflow.h"
#include "models/core/database.h"
#include "models/core/sqlquery.h"
#include "models/demo/demoactivitygenerator.h"
#include "models/demo/demogenerator.h"
#include "models/workspace/workspace.h"

#include <QObject>
#include <QTest>
#include <QUuid>

// After DemoGenerator on a small community, a year of cases and events is there, and each
// case's steps follow the workflow and end in its status.
class DemoActivityTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void casesAndEventsSpanTwelveMonths();
    void stepsFollowTheWorkflow();
    void someOverdueReopenedAndFollowedUp();
    void eventsHaveParticipants();
    void stepsNameTheirHandlerAndNotTheFuture();

private:
    int scalar(const QString &sql) const
    {
        SqlQuery q(m_db.connection(), sql);
        return q.scalar().toInt();
    }
    Database m_db{QUuid::createUuid().toString()};
    const QDate m_today{2026, 11, 23};
};

void DemoActivityTest::initTestCase()
{
    QVERIFY(Workspace::open(m_db, QStringLiteral(":memory:")));
    DemoGenerator generator(m_db.connection(), 7);
    generator.setToday(m_today);
    QVERIFY2(generator.generate(600), qPrintable(generator.errorText()));
}

void DemoActivityTest::casesAndEventsSpanTwelveMonths()
{
    // Cases raised on visits and errands come from DemoVisitGenerator (see demovisit_test).
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE kind = 'case' AND visit_need_id IS NULL")),
             DemoActivityGenerator::casesFor(600));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event")), DemoActivityGenerator::eventsFor(600));
    SqlQuery range(m_db.connection(), QStringLiteral("SELECT min(received_at), max(received_at) FROM cases"));
    QVERIFY(range.exec() && range.next());
    const QDate first = QDateTime::fromString(range.value(0).toString(), Qt::ISODate).date();
    const QDate last = QDateTime::fromString(range.value(1).toString(), Qt::ISODate).date();
    QVERIFY2(first >= m_today.addMonths(-12) && first <= m_today.addMonths(-11), qPrintable(first.toString()));
    QVERIFY2(last <= m_today && last >= m_today.addDays(-14), qPrintable(last.toString()));
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT substr(received_at, 1, 7)) FROM cases")) >= 12);
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT substr(starts_at, 1, 7)) FROM event")) >= 12);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event WHERE starts_at > '2026-11-24'")), 0);
    // Every grid has cases; case numbers are unique per year.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM grid WHERE id NOT IN (SELECT grid_id FROM cases)")), 0);
}

void DemoActivityTest::stepsFollowTheWorkflow()
{
    SqlQuery cases(m_db.connection(),
                   QStringLiteral("SELECT id, status, closed_at, satisfaction, received_at FROM cases WHERE kind = "
                                  "'case' AND visit_need_id IS NULL"));
    SqlQuery steps(m_db.connection(), QStringLiteral("SELECT action, from_status, to_status, at FROM case_step WHERE "
                                                     "case_id = ? ORDER BY id"));
    QVERIFY(cases.exec());
    int checked = 0;
    while (cases.next()) {
        const qint64 id = cases.value(0).toLongLong();
        const QString status = cases.value(1).toString();
        QVERIFY(steps.exec(id));
        QString current;
        QString lastAt;
        int n = 0;
        while (steps.next()) {
            const QString action = steps.value(0).toString();
            const QString from = steps.value(1).toString();
            const QString to = steps.value(2).toString();
            const QString at = steps.value(3).toString();
            if (n == 0) {
                QCOMPARE(action, QStringLiteral("receive"));
                QVERIFY(steps.value(1).isNull());
                QCOMPARE(to, QStringLiteral("received"));
                QCOMPARE(at, cases.value(4).toString());
            } else {
                QCOMPARE(from, current);
                QVERIFY2(CaseWorkflow::target(from, action) == to,
                         qPrintable(QStringLiteral("case %1: %2 -%3-> %4").arg(id).arg(from, action, to)));
                QVERIFY2(at >= lastAt, qPrintable(QStringLiteral("case %1: step before the previous").arg(id)));
            }
            current = to;
            lastAt = at;
            ++n;
        }
        QVERIFY(n >= 1);
        QCOMPARE(current, status); // the sequence ends in the case's status
        const bool resolved = status == QLatin1String("closed") || status == QLatin1String("followed_up");
        QCOMPARE(!cases.value(2).isNull(), resolved);
        QCOMPARE(!cases.value(3).isNull(), status == QLatin1String("followed_up"));
        ++checked;
    }
    QCOMPARE(checked, DemoActivityGenerator::casesFor(600));
}

void DemoActivityTest::someOverdueReopenedAndFollowedUp()
{
    // Open past the deadline today, or closed after it.
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE closed_at IS NULL AND deadline < '2026-11-23'")) >
            0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE closed_at > deadline")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM case_step WHERE action = 'supervise'")) > 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE reopen_count > 0")) > 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE reopen_count > 0")),
             scalar(QStringLiteral("SELECT count(DISTINCT case_id) FROM case_step WHERE action = 'reopen'")));
    for (const char *s : {"satisfied", "basically", "dissatisfied"})
        QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM cases WHERE satisfaction = '%1'").arg(QLatin1String(s))) >
                     0,
                 s);
    // Most cases of a year are resolved, not all.
    const int resolved = scalar(QStringLiteral("SELECT count(*) FROM cases WHERE closed_at IS NOT NULL"));
    const int all = scalar(QStringLiteral("SELECT count(*) FROM cases"));
    QVERIFY2(resolved > all * 0.8 && resolved < all, qPrintable(QStringLiteral("%1 of %2").arg(resolved).arg(all)));
}

void DemoActivityTest::eventsHaveParticipants()
{
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM event_participant")) > 100);
    QVERIFY(scalar(QStringLiteral("SELECT sum(extra_participants) FROM event WHERE cancelled = 0")) > 100);
    QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM event WHERE grid_id IS NULL")) >= 12); // monthly parties
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT grid_id) FROM event")) >= 2);
    // Participants are living residents of the register.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM event_participant p LEFT JOIN resident r ON r.id = "
                                   "p.resident_id WHERE r.id IS NULL OR r.status <> 'living'")),
             0);
}

void DemoActivityTest::stepsNameTheirHandlerAndNotTheFuture()
{
    // Steps are signed by people, as a clerk types them, not by the demo's login.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM case_step WHERE by_name = 'demo' OR by_name IS NULL")), 0);
    QVERIFY(scalar(QStringLiteral("SELECT count(DISTINCT by_name) FROM case_step")) >= 2);
    // A demo made today stops at the clock (the demo's day otherwise runs to 18:00).
    Database today(QUuid::createUuid().toString());
    QVERIFY(Workspace::open(today, QStringLiteral(":memory:")));
    DemoGenerator generator(today.connection(), 3);
    QVERIFY2(generator.generate(300), qPrintable(generator.errorText()));
    const QString now = QDateTime::currentDateTime().addSecs(1).toString(Qt::ISODate);
    SqlQuery future(today.connection(), QStringLiteral("SELECT count(*) FROM case_step WHERE at > ?"));
    QVERIFY(future.exec(now) && future.next());
    QCOMPARE(future.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(DemoActivityTest)
#include "demoactivity_test.moc"
