// What a grid worker sees of the volunteers: two grids with hand-counted service, the worker of A
// gets A's volunteers, posts, shifts, teams and hours only, the office gets both (VolunteerRows).
#include "models/volunteers/dualreporthours.h"
#include "models/volunteers/rosterconflicts.h"
#include "models/volunteers/servicerecordmodel.h"
#include "models/volunteers/servicerecords.h"
#include "models/volunteers/volunteerhoursexport.h"
#include "models/volunteers/volunteerreports.h"
#include "models/volunteers/volunteertablemodel.h"
#include "tests/support/testsupport.h"
#include "tests/support/volunteertestdata.h"

#include <QTest>

class VolunteerScopeTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void volunteerList();
    void monthlyTotals();
    void rotaAndService();
    void hoursExport();

private:
    AccessScope workerOfA() const
    {
        return AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("gw-a"), {m_t->gridA});
    }
    static QStringList names(const QAbstractItemModel &model, int column);

    std::unique_ptr<TestDatabase> m_t;
    qint64 m_teamA = 0, m_teamB = 0, m_postA = 0, m_postB = 0;
};

// 甲 lives in A and 乙 in B, both volunteers; 丙 is an outside member of A's team, 丁 an outside
// volunteer in no team. In the week of Monday 2026-11-23: 甲 serves 2 h at A's post, 乙 3 h at B's
// post and 2 h at B's event, 丙 1.5 h at A's event, 丁 4 h at a community-wide event.
void VolunteerScopeTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    VolunteerTestData data(*m_t);
    const QString idA = TestDatabase::idFor(QDate(1970, 5, 1), true, 31);
    const QString idB = TestDatabase::idFor(QDate(1972, 6, 1), false, 32);
    QVERIFY(
        m_t->addHousehold(m_t->buildingA1, QStringLiteral("1"), QStringLiteral("101"), {{QStringLiteral("甲"), idA}}));
    QVERIFY(
        m_t->addHousehold(m_t->buildingB1, QStringLiteral("1"), QStringLiteral("201"), {{QStringLiteral("乙"), idB}}));

    VolunteerStore store(m_t->db(), testScope());
    store.setToday(QDate(2026, 11, 1));
    VolunteerTeam teamA{0, QStringLiteral("A队"), m_t->gridA};
    VolunteerTeam teamB{0, QStringLiteral("B队"), m_t->gridB};
    QVERIFY(store.saveTeam(teamA).ok);
    QVERIFY(store.saveTeam(teamB).ok);
    m_teamA = teamA.id;
    m_teamB = teamB.id;
    const SaveResult jia = store.addResident(m_t->residentId(idA));
    const SaveResult yi = store.addResident(m_t->residentId(idB), {m_teamB});
    QVERIFY(jia.ok && yi.ok);
    Volunteer bing;
    bing.name = QStringLiteral("丙");
    bing.teamIds = {m_teamA};
    QVERIFY(store.save(bing).ok);
    const qint64 ding = data.volunteer(QStringLiteral("丁"));

    m_postA = data.post(QStringLiteral("A门岗"), 1, m_t->gridA);
    m_postB = data.post(QStringLiteral("B门岗"), 1, m_t->gridB);
    RosterStore roster(m_t->db(), testScope());
    ServiceRecords records(m_t->db(), testScope());
    auto serve = [&](qint64 post, const QTime &from, const QTime &to, qint64 volunteer) {
        const qint64 shift = data.shift(post, QDate(2026, 11, 24), from, to);
        const SaveResult a = roster.assign(shift, volunteer);
        QVERIFY2(a.ok, qPrintable(a.firstMessage()));
        QVERIFY(records.setAttendance(a.id, QStringLiteral("attended")).ok);
    };
    serve(m_postA, QTime(9, 0), QTime(11, 0), jia.id);
    serve(m_postB, QTime(9, 0), QTime(12, 0), yi.id);
    data.eventHours(data.event(QStringLiteral("A活动"), QDateTime(QDate(2026, 11, 25), QTime(9, 0)), false, m_t->gridA),
                    bing.id, 1.5);
    data.eventHours(data.event(QStringLiteral("B活动"), QDateTime(QDate(2026, 11, 26), QTime(9, 0)), false, m_t->gridB),
                    yi.id, 2);
    data.eventHours(data.event(QStringLiteral("社区活动"), QDateTime(QDate(2026, 11, 27), QTime(9, 0))), ding, 4);
}

void VolunteerScopeTest::cleanup()
{
    m_t.reset();
}

QStringList VolunteerScopeTest::names(const QAbstractItemModel &model, int column)
{
    QStringList list;
    for (int r = 0; r < model.rowCount(); ++r)
        list << model.index(r, column).data().toString();
    list.sort();
    return list;
}

void VolunteerScopeTest::volunteerList()
{
    const VolunteerTableModel worker(m_t->db(), workerOfA());
    QCOMPARE(names(worker, VolunteerTableModel::Name), (QStringList{QStringLiteral("丙"), QStringLiteral("甲")}));
    const VolunteerTableModel office(m_t->db(), testScope());
    QCOMPARE(office.rowCount(), 4);

    const QList<VolunteerTeam> teams = VolunteerStore(m_t->db(), workerOfA()).teams();
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.at(0).id, m_teamA);
    QCOMPARE(VolunteerStore(m_t->db(), testScope()).teams().size(), 2);
}

void VolunteerScopeTest::monthlyTotals()
{
    const VolunteerReports worker(m_t->db(), workerOfA());
    const auto grids = worker.gridTotals(2026, 11);
    QCOMPARE(grids.size(), 1);
    QCOMPARE(grids.at(0).id, m_t->gridA);
    QCOMPARE(grids.at(0).hours, 3.5);
    QCOMPARE(grids.at(0).volunteers, 2);
    QCOMPARE(grids.at(0).records, 2);
    const auto teams = worker.teamTotals(2026, 11);
    QCOMPARE(teams.size(), 1);
    QCOMPARE(teams.at(0).id, m_teamA);
    QCOMPARE(teams.at(0).hours, 1.5);
    const auto top = worker.topVolunteers(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).name, QStringLiteral("甲"));
    QCOMPARE(top.at(0).hours, 2.0);
    QCOMPARE(top.at(1).name, QStringLiteral("丙"));

    const VolunteerReports office(m_t->db(), testScope());
    const auto all = office.gridTotals(2026, 11);
    QCOMPARE(all.size(), 3); // A 3.5, B 5, community-wide 4
    // In grid order (G01, G02), not by hours: B served more but comes second; community-wide last.
    QCOMPARE(all.at(0).id, m_t->gridA);
    QCOMPARE(all.at(1).id, m_t->gridB);
    QCOMPARE(all.at(2).id, 0);
    qreal hours = 0;
    for (const auto &t : all)
        hours += t.hours;
    QCOMPARE(hours, 12.5);
    QCOMPARE(office.teamTotals(2026, 11).size(), 2);
    QCOMPARE(office.topVolunteers(QDate(2026, 11, 1), QDate(2026, 11, 30)).size(), 4);
}

void VolunteerScopeTest::rotaAndService()
{
    const VolunteerReports worker(m_t->db(), workerOfA());
    const auto week = worker.week(QDate(2026, 11, 24));
    QCOMPARE(week.posts.size(), 1);
    QCOMPARE(week.posts.at(0).id, m_postA);
    QCOMPARE(week.shiftCount, 1);
    QCOMPARE(VolunteerReports(m_t->db(), testScope()).week(QDate(2026, 11, 24)).shiftCount, 2);

    // Under-staffed shifts the picker offers: an unstaffed second shift at each post, A's alone for the worker.
    VolunteerTestData data(*m_t);
    data.shift(m_postA, QDate(2026, 11, 25), QTime(9, 0), QTime(10, 0));
    data.shift(m_postB, QDate(2026, 11, 25), QTime(9, 0), QTime(10, 0));
    const auto gaps = RosterConflicts(m_t->db(), workerOfA()).gaps(QDate(2026, 11, 23), QDate(2026, 11, 29));
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).postName, QStringLiteral("A门岗"));
    QCOMPARE(RosterConflicts(m_t->db(), testScope()).gaps(QDate(2026, 11, 23), QDate(2026, 11, 29)).size(), 2);

    ServiceRecordModel service(m_t->db(), workerOfA());
    service.setRange(QDate(2026, 11, 23), QDate(2026, 11, 29));
    QCOMPARE(names(service, ServiceRecordModel::Volunteer), QStringList{QStringLiteral("甲")});
    ServiceRecordModel all(m_t->db(), testScope());
    all.setRange(QDate(2026, 11, 23), QDate(2026, 11, 29));
    QCOMPARE(all.rowCount(), 2);
}

void VolunteerScopeTest::hoursExport()
{
    const QList<QStringList> rows =
        VolunteerHoursExport(m_t->db(), workerOfA(), QDate(2026, 11, 1), QDate(2026, 11, 30)).rows();
    QStringList people;
    for (const QStringList &r : rows)
        people << r.at(0);
    people.sort();
    QCOMPARE(people, (QStringList{QStringLiteral("丙"), QStringLiteral("甲")}));
    QCOMPARE(VolunteerHoursExport(m_t->db(), testScope(), QDate(2026, 11, 1), QDate(2026, 11, 30)).rows().size(), 5);
}

QTEST_GUILESS_MAIN(VolunteerScopeTest)
#include "volunteerscope_test.moc"
