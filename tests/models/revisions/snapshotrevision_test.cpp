#include "models/revisions/casesnapshot.h"
#include "models/revisions/eventsnapshot.h"
#include "models/revisions/gridsnapshot.h"
#include "models/revisions/householdsnapshot.h"
#include "models/revisions/residentsnapshot.h"
#include "models/revisions/snapshotrevision.h"
#include "models/revisions/volunteersnapshot.h"

#include "models/cases/casestore.h"
#include "models/core/sqlquery.h"
#include "models/events/eventstore.h"
#include "models/grids/gridstore.h"
#include "models/register/registerstore.h"
#include "models/volunteers/volunteerstore.h"
#include "tests/support/deathtestdata.h"
#include "tests/support/revisiontestfixture.h"
#include "tests/support/testsupport.h"

#include <QObject>
#include <QTest>

// Each kind's undo writes the old values back through its store as a new audited change (row
// version bumped, an 'undo' audit row), redo writes the change again, an added record is retired
// rather than deleted, and a record changed elsewhere since is left alone with a message naming it.
class SnapshotRevisionTest final : public QObject, private RevisionTestFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void residentEditUndoneAndRedone();
    void addedResidentMovesOutAndBack();
    void changedElsewhereIsRefused();
    void aDeathWrittenBackReachesEverything();
    void householdEditUndoneWithItsNewMember();
    void addedHouseholdMovesOut();
    void gridEditAndAdd();
    void eventEditAndAdd();
    void volunteerEditAndAdd();
    void caseStepUndoneAndRedone();

private:
};

void SnapshotRevisionTest::init()
{
    setUpResident(QDate(1960, 3, 4));
}

void SnapshotRevisionTest::cleanup()
{
    tearDown();
}

void SnapshotRevisionTest::residentEditUndoneAndRedone()
{
    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    Resident edited = before;
    edited.phone = QStringLiteral("13912345678");
    QVERIFY(store.saveResident(edited).ok);
    SnapshotRevision<ResidentSnapshot> revision(m_t->db(), testScope(), before, *store.resident(m_resident));
    QCOMPARE(revision.text(), QStringLiteral("edit resident 张三"));

    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    Resident now = *store.resident(m_resident);
    QCOMPARE(now.phone, before.phone);
    QCOMPARE(now.rowVersion, before.rowVersion + 2); // a new change, not a rewind
    QCOMPARE(auditRows(QStringLiteral("resident"), m_resident, QStringLiteral("undo")), 1);

    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    now = *store.resident(m_resident);
    QCOMPARE(now.phone, QStringLiteral("13912345678"));
    QCOMPARE(now.rowVersion, before.rowVersion + 3);
    QCOMPARE(auditRows(QStringLiteral("resident"), m_resident, QStringLiteral("redo")), 1);
    QVERIFY(revision.undo().ok); // and again
    QCOMPARE(store.resident(m_resident)->phone, before.phone);
}

void SnapshotRevisionTest::addedResidentMovesOutAndBack()
{
    RegisterStore store(m_t->db(), testScope());
    Resident r;
    r.householdId = m_household;
    r.name = QStringLiteral("张小");
    r.relation = QStringLiteral("son");
    r.idNumber = TestDatabase::idFor(QDate(1990, 6, 1), true, 3);
    QVERIFY(store.saveResident(r).ok);
    const int residents = m_t->count(QStringLiteral("resident"));
    SnapshotRevision<ResidentSnapshot> revision(m_t->db(), testScope(), std::nullopt, *store.resident(r.id));
    QCOMPARE(revision.text(), QStringLiteral("add resident 张小"));

    QVERIFY2(revision.undo().ok, "undo of an added resident");
    QCOMPARE(store.resident(r.id)->status, QStringLiteral("moved_out")); // kept, not deleted
    QCOMPARE(store.resident(r.id)->statusDate, QDate::currentDate());
    QCOMPARE(m_t->count(QStringLiteral("resident")), residents);
    QCOMPARE(store.history(r.id).constFirst().kind, QStringLiteral("moved_out")); // the register's own way
    QCOMPARE(auditRows(QStringLiteral("resident"), r.id, QStringLiteral("undo")), 1);
    QVERIFY2(revision.redo().ok, "redo of an added resident");
    QCOMPARE(store.resident(r.id)->status, QStringLiteral("living"));
    QVERIFY(!store.resident(r.id)->statusDate.isValid());
}

void SnapshotRevisionTest::changedElsewhereIsRefused()
{
    RegisterStore store(m_t->db(), testScope());
    const Resident before = *store.resident(m_resident);
    Resident edited = before;
    edited.phone = QStringLiteral("13912345678");
    QVERIFY(store.saveResident(edited).ok);
    SnapshotRevision<ResidentSnapshot> revision(m_t->db(), testScope(), before, *store.resident(m_resident));
    // Another desk changes the record meanwhile.
    Resident other = *store.resident(m_resident);
    other.notes = QStringLiteral("另一台电脑");
    QVERIFY(store.saveResident(other).ok);

    const SaveResult refused = revision.undo();
    QVERIFY(!refused.ok);
    QVERIFY2(refused.firstMessage().contains(QStringLiteral("张三")), qPrintable(refused.firstMessage()));
    const Resident now = *store.resident(m_resident);
    QCOMPARE(now.phone, QStringLiteral("13912345678"));
    QCOMPARE(now.notes, QStringLiteral("另一台电脑"));
    QCOMPARE(auditRows(QStringLiteral("resident"), m_resident, QStringLiteral("undo")), 0);
}

void SnapshotRevisionTest::aDeathWrittenBackReachesEverything()
{
    // An undo (or redo) whose snapshot is a death writes it through the register, with its effects.
    const QDate death = QDate::currentDate().addDays(-4);
    DeathTestData data(*m_t, m_resident, death);
    QVERIFY(data.isReady());
    RegisterStore store(m_t->db(), testScope());
    const Resident living = *store.resident(m_resident);
    Resident dead = living;
    dead.status = QStringLiteral("deceased");
    dead.statusDate = death;
    SnapshotRevision<ResidentSnapshot> revision(m_t->db(), testScope(), dead, living);
    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("deceased"));
    QVERIFY2(data.missed().isEmpty(), qPrintable(data.missed()));
}

void SnapshotRevisionTest::householdEditUndoneWithItsNewMember()
{
    RegisterStore store(m_t->db(), testScope());
    const std::optional<HouseholdSnapshot::Record> before =
        HouseholdSnapshot::load(m_t->db(), testScope(), m_household);
    QVERIFY(before);
    Household h = before->household;
    h.notes = QStringLiteral("新备注");
    QList<Resident> members = before->members;
    Resident child;
    child.name = QStringLiteral("张宝");
    child.relation = QStringLiteral("son");
    child.idNumber = TestDatabase::idFor(QDate(2015, 2, 2), true, 5);
    members.append(child);
    QVERIFY(store.saveHousehold(h, members).ok);
    const std::optional<HouseholdSnapshot::Record> after = HouseholdSnapshot::load(m_t->db(), testScope(), m_household);
    QCOMPARE(after->members.size(), 2);
    SnapshotRevision<HouseholdSnapshot> revision(m_t->db(), testScope(), before, *after);
    QVERIFY(revision.text().startsWith(QStringLiteral("edit household ")));

    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    QVERIFY(store.household(m_household)->notes.isEmpty());
    const qint64 childId = m_t->residentId(child.idNumber);
    QCOMPARE(store.resident(childId)->status, QStringLiteral("moved_out"));
    QCOMPARE(store.resident(m_resident)->status, QStringLiteral("living"));
    QCOMPARE(auditRows(QStringLiteral("household"), m_household, QStringLiteral("undo")), 1);

    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    QCOMPARE(store.household(m_household)->notes, QStringLiteral("新备注"));
    QCOMPARE(store.resident(childId)->status, QStringLiteral("living"));
}

void SnapshotRevisionTest::addedHouseholdMovesOut()
{
    const QString id = TestDatabase::idFor(QDate(1970, 1, 1), false, 7);
    const qint64 household =
        m_t->addHousehold(m_t->buildingA2, QString(), QStringLiteral("202"), {{QStringLiteral("李四"), id}});
    SnapshotRevision<HouseholdSnapshot> revision(m_t->db(), testScope(), std::nullopt,
                                                 *HouseholdSnapshot::load(m_t->db(), testScope(), household));
    QVERIFY(revision.text().startsWith(QStringLiteral("add household ")));
    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    RegisterStore store(m_t->db(), testScope());
    QCOMPARE(store.resident(m_t->residentId(id))->status, QStringLiteral("moved_out"));
    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    QCOMPARE(store.resident(m_t->residentId(id))->status, QStringLiteral("living"));
}

void SnapshotRevisionTest::gridEditAndAdd()
{
    GridStore store(m_t->db(), testScope());
    const GridSnapshot::Record before = *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA);
    Grid edited = before.grid;
    edited.workerName = QStringLiteral("赵敏");
    QVERIFY(store.saveGrid(edited).ok);
    SnapshotRevision<GridSnapshot> edit(m_t->db(), testScope(), before,
                                        *GridSnapshot::load(m_t->db(), testScope(), m_t->gridA));
    QVERIFY(edit.undo().ok);
    QCOMPARE(store.grid(m_t->gridA)->workerName, before.grid.workerName);
    QCOMPARE(auditRows(QStringLiteral("grid"), m_t->gridA, QStringLiteral("undo")), 1);
    QVERIFY(edit.redo().ok);
    QCOMPARE(store.grid(m_t->gridA)->workerName, QStringLiteral("赵敏"));

    Grid added;
    added.code = QStringLiteral("G09");
    added.name = QStringLiteral("第九网格");
    QVERIFY(store.saveGrid(added).ok);
    SnapshotRevision<GridSnapshot> add(m_t->db(), testScope(), std::nullopt,
                                       *GridSnapshot::load(m_t->db(), testScope(), added.id));
    QCOMPARE(add.text(), QStringLiteral("add grid 第九网格"));
    QVERIFY(add.undo().ok);
    QVERIFY(store.grid(added.id)->archived);
    QVERIFY(add.redo().ok);
    QVERIFY(!store.grid(added.id)->archived);
    // Changed elsewhere: refused.
    Grid other = *store.grid(added.id);
    other.notes = QStringLiteral("改过");
    QVERIFY(store.saveGrid(other).ok);
    QVERIFY(!add.undo().ok);
    QVERIFY(!store.grid(added.id)->archived);
}

void SnapshotRevisionTest::eventEditAndAdd()
{
    EventStore store(m_t->db(), testScope());
    Event e;
    e.title = QStringLiteral("社区义诊");
    e.typeId = store.types().constFirst().id;
    e.gridId = m_t->gridA;
    e.startsAt = QDateTime(QDate(2026, 5, 10), QTime(9, 0));
    e.endsAt = QDateTime(QDate(2026, 5, 10), QTime(11, 30));
    QVERIFY(store.save(e).ok);
    SnapshotRevision<EventSnapshot> add(m_t->db(), testScope(), std::nullopt, *store.event(e.id));
    const Event before = *store.event(e.id);
    Event edited = before;
    edited.place = QStringLiteral("活动室");
    QVERIFY(store.save(edited).ok);
    SnapshotRevision<EventSnapshot> edit(m_t->db(), testScope(), before, *store.event(e.id));
    QCOMPARE(edit.text(), QStringLiteral("edit event 社区义诊"));
    QVERIFY(edit.undo().ok);
    QVERIFY(store.event(e.id)->place.isEmpty());
    QVERIFY(!add.undo().ok); // the add's snapshot is out of date: the event changed since
    QVERIFY(edit.redo().ok);
    QCOMPARE(store.event(e.id)->place, QStringLiteral("活动室"));

    SnapshotRevision<EventSnapshot> added(m_t->db(), testScope(), std::nullopt, *store.event(e.id));
    QVERIFY(added.undo().ok);
    QVERIFY(store.event(e.id)->cancelled);
    QCOMPARE(auditRows(QStringLiteral("event"), e.id, QStringLiteral("undo")), 2);
    const SaveResult redone = added.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    QVERIFY(!store.event(e.id)->cancelled);
    QCOMPARE(store.event(e.id)->place, QStringLiteral("活动室"));
}

void SnapshotRevisionTest::volunteerEditAndAdd()
{
    VolunteerStore store(m_t->db(), testScope());
    Volunteer v;
    v.name = QStringLiteral("外来志愿者");
    v.phone = QStringLiteral("13800001111");
    const SaveResult saved = store.save(v);
    QVERIFY2(saved.ok, qPrintable(saved.firstMessage()));
    const VolunteerSnapshot::Record before = *VolunteerSnapshot::load(m_t->db(), testScope(), v.id);
    Volunteer edited = before.volunteer;
    edited.skills = QStringLiteral("理发");
    QVERIFY(store.save(edited).ok);
    SnapshotRevision<VolunteerSnapshot> edit(m_t->db(), testScope(), before,
                                             *VolunteerSnapshot::load(m_t->db(), testScope(), v.id));
    QVERIFY(edit.undo().ok);
    QVERIFY(store.volunteer(v.id)->skills.isEmpty());
    QCOMPARE(auditRows(QStringLiteral("volunteer"), v.id, QStringLiteral("undo")), 1);
    QVERIFY(edit.redo().ok);
    QCOMPARE(store.volunteer(v.id)->skills, QStringLiteral("理发"));

    SnapshotRevision<VolunteerSnapshot> add(m_t->db(), testScope(), std::nullopt,
                                            *VolunteerSnapshot::load(m_t->db(), testScope(), v.id));
    QCOMPARE(add.text(), QStringLiteral("add volunteer 外来志愿者"));
    QVERIFY(add.undo().ok);
    QCOMPARE(store.volunteer(v.id)->status, QStringLiteral("left"));
    QVERIFY(add.redo().ok);
    QCOMPARE(store.volunteer(v.id)->status, QStringLiteral("active"));
}

void SnapshotRevisionTest::caseStepUndoneAndRedone()
{
    CaseStore store(m_t->db(), testScope());
    CaseIntake in;
    in.source = QStringLiteral("phone");
    in.categoryId = store.categories().constFirst().id;
    in.buildingId = m_t->buildingA1;
    in.receivedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
    in.description = QStringLiteral("路灯不亮");
    const SaveResult taken = store.intake(in);
    QVERIFY2(taken.ok, qPrintable(taken.firstMessage()));
    const CaseRecord before = *store.record(taken.id);
    CaseStepRequest close;
    close.caseId = taken.id;
    close.action = QStringLiteral("close");
    close.at = QDateTime(QDate(2026, 3, 2), QTime(10, 0));
    close.result = QStringLiteral("已修好");
    close.rowVersion = before.rowVersion;
    QVERIFY(store.applyStep(close).ok);
    SnapshotRevision<CaseSnapshot> revision(m_t->db(), testScope(), before, *store.record(taken.id));
    QCOMPARE(revision.text(), QStringLiteral("step on case %1").arg(before.caseNo));
    const int steps = int(store.timeline(taken.id).size());

    const SaveResult undone = revision.undo();
    QVERIFY2(undone.ok, qPrintable(undone.firstMessage()));
    CaseRecord now = *store.record(taken.id);
    QCOMPARE(now.status, QStringLiteral("received"));
    QVERIFY(now.result.isEmpty());
    QVERIFY(!now.closedAt.isValid());
    QCOMPARE(now.rowVersion, before.rowVersion + 2);
    QCOMPARE(store.timeline(taken.id).size(), steps + 1); // a step saying so; none deleted
    QCOMPARE(auditRows(QStringLiteral("cases"), taken.id, QStringLiteral("undo")), 1);

    const SaveResult redone = revision.redo();
    QVERIFY2(redone.ok, qPrintable(redone.firstMessage()));
    now = *store.record(taken.id);
    QCOMPARE(now.status, QStringLiteral("closed"));
    QCOMPARE(now.result, QStringLiteral("已修好"));
    QCOMPARE(now.closedAt, close.at);
    QCOMPARE(store.timeline(taken.id).size(), steps + 2);
}

QTEST_GUILESS_MAIN(SnapshotRevisionTest)
#include "snapshotrevision_test.moc"
