#include "models/revisions/carepairsnapshot.h"
#include "models/revisions/gridsnapshot.h"
#include "models/revisions/residentsnapshot.h"
#include "models/revisions/snapshotrevision.h"
#include "models/revisions/statusrevision.h"
#include "models/revisions/volunteersnapshot.h"

#include "models/care/carepairstore.h"
#include "models/core/sqlquery.h"
#include "models/deaths/deathrecord.h"
#include "models/grids/areastore.h"
#include "models/grids/gridstore.h"
#include "models/register/registerstore.h"
#include "models/volunteers/dualreportstore.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/volunteerstore.h"
#include "tests/support/revisiontestfixture.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// The changes issue 24's first round left without undo: a status change (moved out, a death with
// its volunteer record and shifts, moved back), a move to another household, the dual-report
// flag, a grid's area and boundary. Each undo is a new audited change that keeps the history,
// each redo puts the change again, and one changed elsewhere since is refused.
class StatusRevisionTest final : public QObject, private RevisionTestFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void moveOutUndoneKeepsHistory();
    void moveBackUndone();
    void statusChangedElsewhereIsRefused();
    void deathUndoneRestoresVolunteerAndShifts();
    void moveToHouseholdUndone();
    void dualReportFlagUndone();
    void gridAreaAndBoundaryUndone();
    void carePairUndone();

private:
    int changes(qint64 resident, const QString &kind) const;
};

void StatusRevisionTest::init()
{
    setUpResident(QDate(1950, 3, 4));
}

void StatusRevisionTest::cleanup()
{
    tearDown();
}

int StatusRevisionTest::changes(qint64 resident, const QString &kind) const
{
    SqlQuery q(m_t->db(), QStringLiteral("SELECT count(*) FROM resident_change WHERE resident_id = ? AND kind = ?"));
    return q.exec(resident, kind) ? q.scalar().toInt() : -1;
}

void StatusRevisionTest::moveOutUndoneKeepsHistory()
{
    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    const QDate day = QDate::currentDate().addDays(-3);
    QVERIFY(store.changeStatus(m_resident, QStringLiteral("moved_out"), day, QStringLiteral("搬走")).ok);
    StatusRevision revision(m_t->db(), testScope(), before, *store.resident(m_resident), day, QStringLiteral("搬走"));
    QCOMPARE(revision.text(), QStringLiteral("move out 张三"));

    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    Resident now = *store.resident(m_resident);
    QCOMPARE(now.status, QStringLiteral("living"));
    QVERIFY(!now.statusDate.isValid());
    QCOMPARE(now.rowVersion, before.rowVersion + 2);               // a new change, not a rewind
    QCOMPARE(changes(m_resident, QStringLiteral("moved_out")), 1); // the history keeps the move
    QCOMPARE(changes(m_resident, QStringLiteral("withdrawn_moved_out")), 1);
    QCOMPARE(auditRows(QStringLiteral("resident"), m_resident, QStringLiteral("undo")), 1);

    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    now = *store.resident(m_resident);
    QCOMPARE(now.status, QStringLiteral("moved_out"));
    QCOMPARE(now.statusDate, day);
    QCOMPARE(changes(m_resident, QStringLiteral("moved_out")), 2);
    QCOMPARE(auditRows(QStringLiteral("resident"), m_resident, QStringLiteral("redo")), 1);
}

void StatusRevisionTest::moveBackUndone()
{
    RegisterStore store(m_t->db(), testScope());
    const QDate out = QDate::currentDate().addDays(-30);
    QVERIFY(store.changeStatus(m_resident, QStringLiteral("moved_out"), out, QString()).ok);
    const Resident before = *store.resident(m_resident);
    QVERIFY(store.changeStatus(m_resident, QStringLiteral("living"), QDate::currentDate(), QString()).ok);
    StatusRevision revision(m_t->db(), testScope(), before, *store.resident(m_resident), QDate::currentDate(),
                            QString());
    QCOMPARE(revision.text(), QStringLiteral("move back 张三"));
    QVERIFY(revision.undo().ok);
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("moved_out"));
    QCOMPARE(store.resident(m_resident)->statusDate, out); // the date of the move out, as it was
    QCOMPARE(changes(m_resident, QStringLiteral("withdrawn_moved_back")), 1);
    QVERIFY(revision.redo().ok);
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("living"));
}

void StatusRevisionTest::statusChangedElsewhereIsRefused()
{
    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    const QDate day = QDate::currentDate();
    QVERIFY(store.changeStatus(m_resident, QStringLiteral("moved_out"), day, QString()).ok);
    StatusRevision revision(m_t->db(), testScope(), before, *store.resident(m_resident), day, QString());
    Resident other = *store.resident(m_resident);
    other.notes = QStringLiteral("另一台电脑");
    QVERIFY(store.saveResident(other).ok);
    const SaveResult refused = revision.undo();
    QVERIFY(!refused.ok);
    QVERIFY2(refused.firstMessage().contains(QStringLiteral("张三")), qPrintable(refused.firstMessage()));
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("moved_out"));
    QCOMPARE(changes(m_resident, QStringLiteral("withdrawn_moved_out")), 0);
}

void StatusRevisionTest::deathUndoneRestoresVolunteerAndShifts()
{
    VolunteerStore volunteers(m_t->db(), testScope());
    const SaveResult made = volunteers.addResident(m_resident);
    QVERIFY2(made.ok, qPrintable(made.firstMessage()));
    const qint64 volunteer = made.id;
    RosterStore roster(m_t->db(), testScope());
    RosterStore::Post post;
    post.name = QStringLiteral("门岗");
    post.needed = 2;
    QVERIFY(roster.savePost(post).ok);
    const QDateTime start(QDate::currentDate().addDays(2), QTime(9, 0));
    const SaveResult shift = roster.addShift(post.id, start, start.addSecs(3 * 3600), 2);
    QVERIFY2(shift.ok, qPrintable(shift.firstMessage()));
    QVERIFY(roster.assign(shift.id, volunteer).ok);
    const auto onRota = [&] {
        int n = 0;
        for (const RosterStore::Shift &s : roster.shifts(start.date(), start.date()))
            for (const RosterStore::Assignment &a : s.assignments)
                n += a.volunteerId == volunteer ? 1 : 0;
        return n;
    };
    QCOMPARE(onRota(), 1);

    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    DeathRecord::Effects effects;
    const QDate day = QDate::currentDate();
    QVERIFY(DeathRecord(m_t->db(), testScope()).record(m_resident, day, QStringLiteral("病故"), nullptr, &effects).ok);
    QCOMPARE(volunteers.volunteer(volunteer)->status, QStringLiteral("left"));
    QCOMPARE(onRota(), 0);
    StatusRevision revision(m_t->db(), testScope(), before, *store.resident(m_resident), day, QStringLiteral("病故"),
                            effects);
    QCOMPARE(revision.text(), QStringLiteral("record the death of 张三"));

    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("living"));
    QCOMPARE(volunteers.volunteer(volunteer)->status, QStringLiteral("active"));
    QCOMPARE(onRota(), 1); // back on the rota
    QCOMPARE(changes(m_resident, QStringLiteral("deceased")), 1);
    QCOMPARE(changes(m_resident, QStringLiteral("withdrawn_deceased")), 1);

    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("deceased"));
    QCOMPARE(volunteers.volunteer(volunteer)->status, QStringLiteral("left"));
    QCOMPARE(onRota(), 0);
    QVERIFY(revision.undo().ok); // and back again, with what the redo took
    QCOMPARE(onRota(), 1);
}

void StatusRevisionTest::moveToHouseholdUndone()
{
    const QString id = TestDatabase::idFor(QDate(1980, 1, 1), false, 7);
    const qint64 other =
        m_t->addHousehold(m_t->buildingA2, QString(), QStringLiteral("202"), {{QStringLiteral("李四"), id}});
    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    QCOMPARE(before.relation, QStringLiteral("head"));
    QVERIFY(store.moveToHousehold(m_resident, other, QDate::currentDate(), QString()).ok);
    SnapshotRevision<ResidentSnapshot> revision(m_t->db(), testScope(), before, *store.resident(m_resident),
                                                QStringLiteral("move 张三 to another household"));
    QCOMPARE(revision.text(), QStringLiteral("move 张三 to another household"));
    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    Resident now = *store.resident(m_resident);
    QCOMPARE(now.householdId, m_household);
    QCOMPARE(now.relation, QStringLiteral("head")); // the move made them "other" there
    QCOMPARE(changes(m_resident, QStringLiteral("moved_household")), 2);
    QVERIFY(revision.redo().ok);
    QCOMPARE(store.resident(m_resident)->householdId, other);
}

void StatusRevisionTest::dualReportFlagUndone()
{
    VolunteerStore store(m_t->db(), testScope());
    DualReportStore dual(m_t->db(), testScope());
    Volunteer v;
    v.name = QStringLiteral("王党员");
    v.phone = QStringLiteral("13800002222");
    v.workUnit = QStringLiteral("区税务局");
    QVERIFY(dual.saveVolunteer(v, false).ok);
    const VolunteerSnapshot::Record before = *VolunteerSnapshot::load(m_t->db(), testScope(), v.id);
    Volunteer edited = before.volunteer;
    QVERIFY(dual.saveVolunteer(edited, true).ok);
    SnapshotRevision<VolunteerSnapshot> revision(m_t->db(), testScope(), before,
                                                 *VolunteerSnapshot::load(m_t->db(), testScope(), v.id));
    QVERIFY(revision.undo().ok);
    QVERIFY(!dual.isDualReport(v.id));
    QCOMPARE(auditRows(QStringLiteral("volunteer"), v.id, QStringLiteral("undo")), 1);
    QVERIFY(revision.redo().ok);
    QVERIFY(dual.isDualReport(v.id));
    // The flag changed elsewhere counts as a change of the volunteer.
    QVERIFY(dual.setDualReport(v.id, false).ok);
    QVERIFY(!revision.undo().ok);
}

void StatusRevisionTest::gridAreaAndBoundaryUndone()
{
    AreaStore areas(m_t->db(), testScope());
    Area area;
    area.code = QStringLiteral("P1");
    area.name = QStringLiteral("东片");
    QVERIFY(areas.saveArea(area).ok);
    GridStore grids(m_t->db(), testScope());
    const GridSnapshot::Record before = *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA);
    GridPlacement placed = before.placement;
    placed.areaId = area.id;
    Grid g = before.grid;
    QVERIFY(areas.saveGrid(g, placed).ok);
    SnapshotRevision<GridSnapshot> moved(m_t->db(), testScope(), before,
                                         *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA));
    QVERIFY(moved.undo().ok);
    QCOMPARE(areas.placement(m_t->gridA).areaId, before.placement.areaId);
    QVERIFY(moved.redo().ok);
    QCOMPARE(areas.placement(m_t->gridA).areaId, area.id);

    const GridSnapshot::Record drawn = *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA);
    const QPolygonF square({{0, 0}, {100, 0}, {100, 100}, {0, 100}});
    QVERIFY(grids.setBoundary(m_t->gridA, square).ok);
    SnapshotRevision<GridSnapshot> boundary(m_t->db(), testScope(), drawn,
                                            *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA));
    QVERIFY(boundary.undo().ok);
    QCOMPARE(grids.grid(m_t->gridA)->boundary, drawn.grid.boundary);
    QVERIFY(boundary.redo().ok);
    QCOMPARE(grids.grid(m_t->gridA)->boundary, square);
    // Redrawn elsewhere since: refused, the other drawing stays.
    const QPolygonF other({{0, 0}, {50, 0}, {50, 50}});
    QVERIFY(grids.setBoundary(m_t->gridA, other).ok);
    QVERIFY(!boundary.undo().ok);
    QCOMPARE(grids.grid(m_t->gridA)->boundary, other);
}

void StatusRevisionTest::carePairUndone()
{
    CarePairStore store(m_t->db(), testScope());
    CarePair p;
    p.householdId = m_household;
    p.helperName = QStringLiteral("李干部");
    p.startedOn = QDate::currentDate().addDays(-10);
    const SaveResult added = store.save(p);
    QVERIFY2(added.ok, qPrintable(added.firstMessage()));
    const CarePair before = store.pair(added.id);
    CarePair edited = before;
    edited.helperPhone = QStringLiteral("13800003333");
    QVERIFY(store.save(edited).ok);
    SnapshotRevision<CarePairSnapshot> edit(m_t->db(), testScope(), before,
                                            *CarePairSnapshot::load(m_t->db(), testScope(), added.id));
    QCOMPARE(edit.text(), QStringLiteral("edit the pairing of 李干部"));
    QVERIFY(edit.undo().ok);
    QVERIFY(store.pair(added.id).helperPhone.isEmpty());
    QCOMPARE(auditRows(QStringLiteral("care_pair"), added.id, QStringLiteral("undo")), 1);
    QVERIFY(edit.redo().ok);
    QCOMPARE(store.pair(added.id).helperPhone, QStringLiteral("13800003333"));

    SnapshotRevision<CarePairSnapshot> add(m_t->db(), testScope(), std::nullopt,
                                           *CarePairSnapshot::load(m_t->db(), testScope(), added.id));
    QVERIFY(add.undo().ok);
    QCOMPARE(store.pair(added.id).endedOn, QDate::currentDate()); // ended, not deleted
    QVERIFY(add.redo().ok);
    QVERIFY(!store.pair(added.id).endedOn.isValid());
}

QTEST_GUILESS_MAIN(StatusRevisionTest)
#include "statusrevision_test.moc"
