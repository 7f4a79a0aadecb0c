// Every row names who wrote it: a clerk's saves through the stores (register, case and its
// steps, event, meeting, visit) leave their login in each table that has a user_name column,
// and no table gains a row that names nobody.
#include "models/cases/casestore.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/events/eventstore.h"
#include "models/meetings/meetingstore.h"
#include "models/visits/visitstore.h"
#include "tests/support/testsupport.h"

#include <QTest>

class AuthorshipTest final : public QObject
{
    Q_OBJECT

private slots:
    void everyRowNamesItsAuthor();
    void nobodyWritesNothing();

private:
    static QStringList tablesWithAuthor(const QSqlDatabase &db);
    static QHash<QString, int> count(const QSqlDatabase &db, const QStringList &tables, const QString &where);
};

QStringList AuthorshipTest::tablesWithAuthor(const QSqlDatabase &db)
{
    QStringList tables;
    if (SqlDialect::isPostgres(db)) {
        SqlQuery q(db, QStringLiteral("SELECT table_name FROM information_schema.columns WHERE column_name = "
                                      "'user_name' AND table_schema = current_schema() ORDER BY table_name"));
        if (q.exec())
            while (q.next())
                tables << q.value(0).toString();
        return tables;
    }
    SqlQuery q(db, QStringLiteral("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
                                  "WHERE m.type = 'table' AND c.name = 'user_name' ORDER BY m.name"));
    if (q.exec())
        while (q.next())
            tables << q.value(0).toString();
    return tables;
}

QHash<QString, int> AuthorshipTest::count(const QSqlDatabase &db, const QStringList &tables, const QString &where)
{
    QHash<QString, int> counts;
    for (const QString &table : tables) {
        // Table names come from the schema itself, never from input.
        SqlQuery q(db, QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE ") + where);
        counts.insert(table, q.exec() && q.next() ? q.value(0).toInt() : -1);
    }
    return counts;
}

void AuthorshipTest::everyRowNamesItsAuthor()
{
    resetTestScope();
    TestDatabase t;
    const QStringList tables = tablesWithAuthor(t.db());
    QVERIFY2(tables.size() >= 10, qPrintable(tables.join(u' ')));
    const QString nobody = QStringLiteral("user_name IS NULL OR user_name = ''");
    const QHash<QString, int> unnamedBefore = count(t.db(), tables, nobody);

    const SignedIn clerk(AccessScope::Role::Clerk, QStringLiteral("zhang.li"), QStringLiteral("张丽"));
    const AccessScope scope = testScope();
    const qint64 household = t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                                            {{QStringLiteral("张伟"), TestDatabase::idFor(QDate(1950, 1, 1), true)}});
    QVERIFY(household > 0);

    CaseStore cases(t.db(), scope);
    CaseIntake in;
    in.source = QStringLiteral("phone");
    in.categoryId = cases.categories().constFirst().id;
    in.gridId = t.gridA;
    in.buildingId = t.buildingA1;
    in.receivedAt = QDateTime(QDate(2026, 5, 4), QTime(9, 0));
    in.description = QStringLiteral("楼道灯不亮");
    const SaveResult intake = cases.intake(in);
    QVERIFY2(intake.ok, qPrintable(intake.firstMessage()));
    CaseStepRequest step;
    step.caseId = intake.id;
    step.action = QStringLiteral("assess");
    step.at = QDateTime(QDate(2026, 5, 4), QTime(10, 0));
    step.byName = QStringLiteral("张丽");
    step.rowVersion = cases.record(intake.id)->rowVersion;
    const SaveResult stepped = cases.applyStep(step);
    QVERIFY2(stepped.ok, qPrintable(stepped.firstMessage()));

    EventStore events(t.db(), scope);
    Event e;
    e.title = QStringLiteral("社区义诊");
    e.typeId = events.types().constFirst().id;
    e.gridId = t.gridA;
    e.place = QStringLiteral("活动室");
    e.startsAt = QDateTime(QDate(2026, 5, 10), QTime(9, 0));
    e.endsAt = QDateTime(QDate(2026, 5, 10), QTime(11, 0));
    e.organiser = QStringLiteral("网格员");
    const SaveResult event = events.save(e);
    QVERIFY2(event.ok, qPrintable(event.firstMessage()));

    MeetingStore meetings(t.db(), scope);
    Meeting m;
    m.heldOn = QDate(2026, 5, 11);
    m.startsAt = QTime(19, 30);
    m.place = QStringLiteral("居委会会议室");
    m.gridId = t.gridA;
    m.kindId = meetings.kinds().constFirst().id;
    m.topic = QStringLiteral("加装电梯");
    m.headCount = 6;
    const SaveResult meeting = meetings.save(m);
    QVERIFY2(meeting.ok, qPrintable(meeting.firstMessage()));

    Visit v;
    v.householdId = household;
    v.visitedOn = QDate(2026, 5, 12);
    v.worker = QStringLiteral("王芳");
    v.met = QStringLiteral("户主");
    QList<VisitNeed> needs;
    const SaveResult visit = VisitStore(t.db(), scope).save(v, needs);
    QVERIFY2(visit.ok, qPrintable(visit.firstMessage()));

    const QHash<QString, int> unnamedAfter = count(t.db(), tables, nobody);
    for (const QString &table : tables)
        QVERIFY2(unnamedAfter.value(table) == unnamedBefore.value(table),
                 qPrintable(QStringLiteral("%1 gained rows that name nobody").arg(table)));
    const QHash<QString, int> named = count(t.db(), tables, QStringLiteral("user_name = 'zhang.li'"));
    for (const QString table : {QStringLiteral("cases"), QStringLiteral("case_step"), QStringLiteral("event"),
                                QStringLiteral("meeting"), QStringLiteral("visit"), QStringLiteral("audit_log")})
        QVERIFY2(named.value(table) > 0, qPrintable(QStringLiteral("%1 does not name zhang.li").arg(table)));
}

// Fail closed: with nobody signed in a store refuses to save and writes no audit row.
void AuthorshipTest::nobodyWritesNothing()
{
    resetTestScope();
    TestDatabase t;
    const int audits = t.count(QStringLiteral("audit_log"));
    EventStore events(t.db(), AccessScope());
    Event e;
    e.title = QStringLiteral("无人活动");
    e.typeId = EventStore(t.db(), testScope()).types().constFirst().id;
    e.gridId = t.gridA;
    e.place = QStringLiteral("活动室");
    e.startsAt = QDateTime(QDate(2026, 5, 10), QTime(9, 0));
    e.endsAt = QDateTime(QDate(2026, 5, 10), QTime(11, 0));
    e.organiser = QStringLiteral("网格员");
    const SaveResult r = events.save(e);
    QVERIFY(!r.ok);
    QVERIFY2(r.firstMessage().contains(QStringLiteral("sign in")) || r.firstMessage().contains(QStringLiteral("登录")),
             qPrintable(r.firstMessage()));
    QCOMPARE(t.count(QStringLiteral("event")), 0);
    QCOMPARE(t.count(QStringLiteral("audit_log")), audits);
}

QTEST_GUILESS_MAIN(AuthorshipTest)
#include "authorship_test.moc"
