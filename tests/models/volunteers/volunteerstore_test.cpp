#include "models/core/sqlquery.h"
#include "models/demo/demogenerator.h"
#include "models/volunteers/servicerecords.h"
#include "models/volunteers/volunteerhoursexport.h"
#include "models/volunteers/volunteerreports.h"
#include "models/volunteers/volunteerstore.h"
#include "models/volunteers/volunteertablemodel.h"
#include "models/workspace/workspace.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QTest>

class VolunteerStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void residentBecomesVolunteerInOneCall();
    void outsidePersonAndValidation();
    void severalTeamsAndLeaving();
    void statusInsteadOfDelete();
    void listIsPaged();
    void monthlyTotalsAndTop();
    void exportMasksUnlessShown();
    void demoVolunteers();

private:
    std::unique_ptr<TestDatabase> m_t;
    std::unique_ptr<VolunteerTestData> m_d;
    QString m_id;
    qint64 m_resident = 0;
};

void VolunteerStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    m_d = std::make_unique<VolunteerTestData>(*m_t);
    m_id = TestDatabase::idFor(QDate(1970, 3, 4), true);
    m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("赵大"), m_id}});
    m_resident = m_t->residentId(m_id);
    SqlQuery(m_t->db(), QStringLiteral("UPDATE resident SET phone = '13812345678'")).exec();
    QVERIFY(m_resident > 0);
}

void VolunteerStoreTest::cleanup()
{
    m_d.reset();
    m_t.reset();
}

void VolunteerStoreTest::residentBecomesVolunteerInOneCall()
{
    VolunteerStore store(m_t->db(), testScope(QStringLiteral("tester")));
    store.setToday(QDate(2026, 11, 23));
    const SaveResult r = store.addResident(m_resident);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    const std::optional<Volunteer> v = store.volunteer(r.id);
    QCOMPARE(v->name, QStringLiteral("赵大"));
    QCOMPARE(v->phone, QStringLiteral("13812345678"));
    QCOMPARE(v->residentId, m_resident);
    QCOMPARE(v->joinedOn, QDate(2026, 11, 23));
    QCOMPARE(v->status, QStringLiteral("active"));
    const SaveResult again = store.addResident(m_resident);
    QVERIFY(!again.ok);
    QCOMPARE(again.errors.first().existingId, r.id);
    QCOMPARE(m_t->count(QStringLiteral("volunteer")), 1);
    QVERIFY(!store.addResident(99999).ok);
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer'"));
    QCOMPARE(audit.scalar().toInt(), 1);
}

void VolunteerStoreTest::outsidePersonAndValidation()
{
    VolunteerStore store(m_t->db(), testScope());
    Volunteer v;
    QVERIFY(!store.save(v).ok); // no name
    v.name = QStringLiteral("外来");
    v.phone = QStringLiteral("12");
    QCOMPARE(store.save(v).errors.first().field, QStringLiteral("phone"));
    v.phone = QStringLiteral("139 1234 5678");
    v.availableFrom = QTime(12, 0);
    v.availableTo = QTime(9, 0);
    QCOMPARE(store.save(v).errors.first().field, QStringLiteral("availability"));
    v.availableTo = QTime(18, 0);
    v.availableDays = {6, 7};
    QVERIFY(store.save(v).ok);
    const std::optional<Volunteer> back = store.volunteer(v.id);
    QCOMPARE(back->phone, QStringLiteral("13912345678"));
    QCOMPARE(back->availableDays, QList<int>({6, 7}));
    QCOMPARE(back->availableFrom, QTime(12, 0));
    QCOMPARE(back->residentId, 0);
}

void VolunteerStoreTest::severalTeamsAndLeaving()
{
    VolunteerStore store(m_t->db(), testScope());
    VolunteerTeam a{0, QStringLiteral("巡逻队"), m_t->gridA, 0, {}, {}, false, 0};
    VolunteerTeam b{0, QStringLiteral("助老队"), m_t->gridB, 0, {}, {}, false, 0};
    QVERIFY(store.saveTeam(a).ok && store.saveTeam(b).ok);
    const qint64 v = m_d->volunteer(QStringLiteral("钱二"));
    std::optional<Volunteer> vol = store.volunteer(v);
    vol->teamIds = {a.id, b.id};
    QVERIFY(store.save(*vol).ok);
    QCOMPARE(store.volunteer(v)->teamIds.size(), 2);
    QCOMPARE(store.members(a.id).size(), 1);
    a.leaderId = v;
    QVERIFY(store.saveTeam(a).ok);
    QCOMPARE(store.team(a.id)->leaderName, QStringLiteral("钱二"));
    vol->teamIds = {b.id};
    QVERIFY(store.save(*vol).ok);
    QCOMPARE(store.members(a.id).size(), 0);
    // The membership row stays, with the day they left.
    SqlQuery left(m_t->db(), QStringLiteral("SELECT left_on FROM volunteer_team_member WHERE team_id = ?"));
    QVERIFY(left.exec(a.id) && left.next());
    QVERIFY(!left.value(0).isNull());
    vol->teamIds = {a.id, b.id};
    QVERIFY(store.save(*vol).ok); // rejoining
    QCOMPARE(store.members(a.id).size(), 1);
}

void VolunteerStoreTest::statusInsteadOfDelete()
{
    VolunteerStore store(m_t->db(), testScope());
    const qint64 v = m_d->volunteer(QStringLiteral("孙三"));
    QVERIFY(store.setStatus(v, QStringLiteral("left")).ok);
    QCOMPARE(store.volunteer(v)->status, QStringLiteral("left"));
    QVERIFY(!store.setStatus(v, QStringLiteral("deleted")).ok);
    QCOMPARE(m_t->count(QStringLiteral("volunteer")), 1);
}

void VolunteerStoreTest::listIsPaged()
{
    for (int i = 0; i < VolunteerTableModel::kPageSize + 30; ++i)
        m_d->volunteer(QStringLiteral("志愿者%1").arg(i, 3, 10, QLatin1Char('0')));
    VolunteerTableModel model(m_t->db(), testScope());
    QCOMPARE(model.totalCount(), VolunteerTableModel::kPageSize + 30);
    QCOMPARE(model.rowCount(), VolunteerTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), VolunteerTableModel::kPageSize + 30);
    model.setFilter(QStringLiteral("志愿者01"), QString(), 0);
    QCOMPARE(model.rowCount(), 10);
}

void VolunteerStoreTest::monthlyTotalsAndTop()
{
    VolunteerStore store(m_t->db(), testScope());
    store.setToday(QDate(2026, 11, 1)); // joined the team before serving
    VolunteerTeam team{0, QStringLiteral("巡逻队"), 0, 0, {}, {}, false, 0};
    QVERIFY(store.saveTeam(team).ok);
    const qint64 a = m_d->volunteer(QStringLiteral("甲"));
    const qint64 b = m_d->volunteer(QStringLiteral("乙"));
    std::optional<Volunteer> va = store.volunteer(a);
    va->teamIds = {team.id};
    QVERIFY(store.save(*va).ok);
    const qint64 post = m_d->post(QStringLiteral("门岗"), 2, m_t->gridA);
    const qint64 s = m_d->shift(post, QDate(2026, 11, 7), QTime(9, 0), QTime(12, 0), 2);
    RosterStore roster(m_t->db(), testScope());
    ServiceRecords records(m_t->db(), testScope());
    QVERIFY(records.setAttendance(roster.assign(s, a).id, QStringLiteral("attended")).ok);
    QVERIFY(records.setAttendance(roster.assign(s, b).id, QStringLiteral("attended")).ok);
    m_d->eventHours(m_d->event(QStringLiteral("活动"), ShiftRecurrence::wallClock(QDate(2026, 11, 8), QTime(9, 0))), b,
                    2);
    const VolunteerReports reports(m_t->db(), testScope());
    const QList<VolunteerReports::Total> grids = reports.gridTotals(2026, 11);
    QCOMPARE(grids.size(), 2);
    QCOMPARE(grids.at(0).name, QStringLiteral("第一网格"));
    QCOMPARE(grids.at(0).hours, 6.0);
    QCOMPARE(grids.at(0).volunteers, 2);
    QCOMPARE(grids.at(1).id, 0); // the community-wide event
    QCOMPARE(grids.at(1).hours, 2.0);
    const QList<VolunteerReports::Total> teams = reports.teamTotals(2026, 11);
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.first().hours, 3.0);
    const QList<VolunteerReports::Total> top = reports.topVolunteers(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.first().id, b);
    QCOMPARE(top.first().hours, 5.0);
    QVERIFY(reports.gridTotals(2026, 10).isEmpty());
}

void VolunteerStoreTest::exportMasksUnlessShown()
{
    VolunteerStore store(m_t->db(), testScope());
    const qint64 v = store.addResident(m_resident).id;
    const qint64 s = m_d->shift(m_d->post(), QDate(2026, 11, 7), QTime(9, 0), QTime(11, 30));
    QVERIFY(ServiceRecords(m_t->db(), testScope())
                .setAttendance(RosterStore(m_t->db(), testScope()).assign(s, v).id, QStringLiteral("attended"))
                .ok);
    VolunteerHoursExport exporter(m_t->db(), testScope(), QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(VolunteerHoursExport::headers().size(), 9);
    QCOMPARE(VolunteerHoursExport::headers().at(2), QStringLiteral("证件号码"));
    QList<QStringList> rows = exporter.rows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0), QStringLiteral("赵大"));
    QCOMPARE(rows.first().at(1), QStringLiteral("居民身份证"));
    QVERIFY(rows.first().at(2).contains(QLatin1Char('*')));
    QVERIFY(rows.first().at(3).contains(QLatin1Char('*')));
    QCOMPARE(rows.first().at(5), QStringLiteral("2026-11-07 09:00"));
    QCOMPARE(rows.first().at(7), QStringLiteral("2.50"));
    QCOMPARE(rows.first().at(8), QStringLiteral("测试社区"));
    exporter.setRevealNumbers(true);
    rows = exporter.rows();
    QCOMPARE(rows.first().at(2), m_id);
    QCOMPARE(rows.first().at(3), QStringLiteral("13812345678"));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(exporter.save(dir.filePath(QStringLiteral("h.csv")), &error), qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("h.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(QStringLiteral("服务时长(小时)")));
    QVERIFY(text.contains(m_id));
    QVERIFY(exporter.save(dir.filePath(QStringLiteral("h.xlsx")), &error));
    QVERIFY(QFile(dir.filePath(QStringLiteral("h.xlsx"))).size() > 500);
    // Each file is audited with its one row, and its full numbers with a reveal row of the same count.
    SqlQuery exports(m_t->db(), QStringLiteral("SELECT after_json FROM audit_log WHERE table_name = 'volunteer' AND "
                                               "action = 'export' ORDER BY id"));
    QVERIFY(exports.exec() && exports.next());
    QVERIFY2(exports.value(0).toString().contains(QStringLiteral("\"rows\":1")),
             qPrintable(exports.value(0).toString()));
    QVERIFY(exports.value(0).toString().contains(QStringLiteral("\"file\":\"h.csv\"")));
    QVERIFY(exports.next());
    QVERIFY(exports.value(0).toString().contains(QStringLiteral("h.xlsx")));
    QCOMPARE(SqlQuery(m_t->db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'volunteer' AND "
                                                "action = 'reveal' AND after_json LIKE '%\"count\":1%'"))
                 .scalar()
                 .toInt(),
             2);
}

void VolunteerStoreTest::demoVolunteers()
{
    Database database(QStringLiteral("volunteer-demo"));
    QVERIFY(Workspace::open(database, QStringLiteral(":memory:")));
    const QSqlDatabase db = database.connection();
    DemoGenerator register_(db, 7);
    register_.setToday(QDate(2026, 11, 23));
    QVERIFY2(register_.generate(80), qPrintable(register_.errorText()));
    // The register's demo makes the volunteers too (VolunteerDemoGenerator, at least 40).
    QCOMPARE(SqlQuery(db, QStringLiteral("SELECT count(*) FROM volunteer")).scalar().toInt(), 40);
    QVERIFY(SqlQuery(db, QStringLiteral("SELECT count(*) FROM volunteer_shift")).scalar().toInt() > 100);
    SqlQuery teams(db, QStringLiteral("SELECT count(*) FROM volunteer_team WHERE leader_id IS NOT NULL"));
    QCOMPARE(teams.scalar().toInt(), 4);
    // No volunteer is on two overlapping shifts.
    SqlQuery overlaps(db,
                      QStringLiteral("SELECT count(*) FROM volunteer_assignment a JOIN volunteer_shift s ON s.id = "
                                     "a.shift_id JOIN volunteer_assignment b ON b.volunteer_id = a.volunteer_id AND "
                                     "b.id > a.id AND b.status = 'assigned' JOIN volunteer_shift t ON t.id = "
                                     "b.shift_id WHERE a.status = 'assigned' AND s.starts_at < t.ends_at AND "
                                     "t.starts_at < s.ends_at"));
    QCOMPARE(overlaps.scalar().toInt(), 0);
    const VolunteerReports::RotaWeek week = VolunteerReports(db, testScope()).week(QDate(2026, 11, 23));
    QCOMPARE(week.posts.size(), 5);
    QVERIFY(week.shiftCount > 10);
    QVERIFY(VolunteerReports(db, testScope()).topVolunteers(QDate(2026, 10, 1), QDate(2026, 11, 22)).size() > 5);
}

QTEST_GUILESS_MAIN(VolunteerStoreTest)
#include "volunteerstore_test.moc"
