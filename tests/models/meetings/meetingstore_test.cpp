#include "models/access/accessscope.h"
#include "models/meetings/meetingfigures.h"
#include "models/meetings/meetingstore.h"
#include "models/meetings/meetingtablemodel.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "tests/support/attendeetestdata.h"
#include "tests/support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QTest>

class MeetingStoreTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndReload();
    void decisionsFromVotes();
    void votesBeyondAttendeesRefused();
    void validationNamesTheField();
    void oneTransaction();
    void updateKeepsMotionsAndArchivesDropped();
    void archiveKeepsTheRow();
    void listFetchesInPages();
    void gridWorkerScope();
    void viewerMayNotSave();
    void figuresPerGridAndMonth();
    void kinds();

private:
    Meeting meeting() const;
    qint64 addCase(const QString &number);
    int scalar(const QString &sql) const;
    std::unique_ptr<TestDatabase> m_t;
    AttendeeTestData m_residents;
    qint64 m_kind = 0;
};

void MeetingStoreTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_residents.addTo(*m_t));
    m_kind = MeetingStore(m_t->db(), testScope()).kinds().constFirst().id;
    QVERIFY(m_kind);
}

void MeetingStoreTest::cleanup()
{
    resetTestScope();
    m_t.reset();
}

int MeetingStoreTest::scalar(const QString &sql) const
{
    SqlQuery q(m_t->db(), sql);
    return q.scalar().toInt();
}

qint64 MeetingStoreTest::addCase(const QString &number)
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                         "received_at, deadline, created_at, updated_at) VALUES (?, 'walk_in', "
                                         "(SELECT min(id) FROM case_category), ?, ?, ?, ?, ?, ?)"));
    if (!q.exec(number, m_t->gridA, QStringLiteral("3号楼电梯故障"), QStringLiteral("2026-05-01T09:00:00"),
                QStringLiteral("2026-05-08T09:00:00"), SqlValues::now(), SqlValues::now()))
        qWarning() << q.errorDetail();
    return q.lastInsertId();
}

Meeting MeetingStoreTest::meeting() const
{
    Meeting m;
    m.heldOn = QDate(2026, 5, 10);
    m.startsAt = QTime(19, 30);
    m.place = QStringLiteral("居委会会议室");
    m.gridId = m_t->gridA;
    m.kindId = m_kind;
    m.topic = QStringLiteral("加装电梯");
    m.attendeeIds = {m_residents.zhangXiuying, m_residents.zhangWei};
    m.headCount = 8; // 10 present
    m.motions = {{0, QStringLiteral("同意加装电梯"), 7, 2, 1, {}}, {0, QStringLiteral("由业主分摊费用"), 3, 5, 2, {}}};
    Meeting::Task t;
    t.motionIndex = 0;
    t.description = QStringLiteral("征求全体业主意见");
    t.owner = QStringLiteral("网格员");
    t.dueOn = QDate(2026, 5, 24);
    m.tasks = {t};
    return m;
}

void MeetingStoreTest::saveAndReload()
{
    Meeting m = meeting();
    const qint64 caseId = addCase(QStringLiteral("2026-0001"));
    QVERIFY(caseId > 0);
    m.caseIds = {caseId};
    MeetingStore store(m_t->db(), testScope(QStringLiteral("tester")));
    const SaveResult r = store.save(m);
    QVERIFY2(r.ok, qPrintable(r.firstMessage()));
    QVERIFY(m.id > 0);
    QCOMPARE(r.id, m.id);

    const std::optional<Meeting> back = store.meeting(m.id);
    QVERIFY(back);
    QCOMPARE(back->heldOn, QDate(2026, 5, 10));
    QCOMPARE(back->startsAt, QTime(19, 30));
    QCOMPARE(back->place, QStringLiteral("居委会会议室"));
    QCOMPARE(back->gridId, m_t->gridA);
    QCOMPARE(back->compoundId, 0);
    QCOMPARE(back->kindId, m_kind);
    QCOMPARE(back->topic, QStringLiteral("加装电梯"));
    QCOMPARE(back->attendeeIds, (QList<qint64>{m_residents.zhangXiuying, m_residents.zhangWei}));
    QCOMPARE(back->headCount, 8);
    QCOMPARE(back->attendeeTotal(), 10);
    QCOMPARE(back->caseIds, QList<qint64>{caseId});
    QCOMPARE(back->motions.size(), 2);
    QCOMPARE(back->motions.at(0).text, QStringLiteral("同意加装电梯"));
    QCOMPARE(back->motions.at(0).votesFor, 7);
    QCOMPARE(back->motions.at(0).votesAgainst, 2);
    QCOMPARE(back->motions.at(0).votesAbstain, 1);
    QCOMPARE(back->tasks.size(), 1);
    QCOMPARE(back->tasks.at(0).motionIndex, 0);
    QCOMPARE(back->tasks.at(0).owner, QStringLiteral("网格员"));
    QCOMPARE(back->tasks.at(0).dueOn, QDate(2026, 5, 24));
    QVERIFY(!back->tasks.at(0).doneOn.isValid());

    // One audit row, naming the user, with the whole meeting.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meeting'")), 1);
    SqlQuery audit(m_t->db(), QStringLiteral("SELECT user_name, action, after_json FROM audit_log WHERE table_name = "
                                             "'meeting' AND record_id = ?"));
    QVERIFY(audit.exec(m.id) && audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("tester"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("insert"));
    QVERIFY(audit.value(2).toString().contains(QStringLiteral("同意加装电梯")));
}

void MeetingStoreTest::decisionsFromVotes()
{
    Meeting m = meeting();
    m.motions.append({0, QStringLiteral("平票"), 4, 4, 0, {}});
    m.motions.append({0, QStringLiteral("未表决"), 0, 0, 0, {}});
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
    SqlQuery q(m_t->db(), QStringLiteral("SELECT decision FROM motion WHERE meeting_id = ? ORDER BY sort_order"));
    QVERIFY(q.exec(m.id));
    QStringList decisions;
    while (q.next())
        decisions << q.value(0).toString();
    QCOMPARE(decisions, (QStringList{QStringLiteral("carried"), QStringLiteral("rejected"), QStringLiteral("rejected"),
                                     QStringLiteral("not_voted")}));
    QCOMPARE(m.motions.at(0).decision, QStringLiteral("carried"));
}

void MeetingStoreTest::votesBeyondAttendeesRefused()
{
    Meeting m = meeting();
    m.motions[1].votesFor = 4; // 4 + 5 + 2 = 11 votes, 10 present
    const SaveResult r = MeetingStore(m_t->db(), testScope()).save(m);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("motions/1"));
    QVERIFY2(r.errors.at(0).message.startsWith(QLatin1String("Motion 2:")), qPrintable(r.firstMessage()));
    QVERIFY(r.errors.at(0).message.contains(QLatin1String("11")));
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 0);

    // One more person in the head count makes it possible.
    m.headCount = 9;
    QVERIFY(MeetingStore(m_t->db(), testScope()).save(m).ok);
}

void MeetingStoreTest::validationNamesTheField()
{
    Meeting m = meeting();
    m.topic = QStringLiteral("  ");
    m.kindId = 0;
    m.heldOn = QDate();
    m.tasks[0].owner.clear();
    m.attendeeIds = {m_residents.zhangXiuying, m_residents.zhangXiuying};
    const SaveResult r = MeetingStore(m_t->db(), testScope()).save(m);
    QVERIFY(!r.ok);
    QStringList fields;
    for (const FieldError &e : r.errors)
        fields << e.field;
    QVERIFY2(fields.contains(QStringLiteral("topic")), qPrintable(fields.join(u',')));
    QVERIFY(fields.contains(QStringLiteral("kind")));
    QVERIFY(fields.contains(QStringLiteral("heldOn")));
    QVERIFY(fields.contains(QStringLiteral("tasks/0")));
    QVERIFY(fields.contains(QStringLiteral("attendees")));
    for (const FieldError &e : r.errors)
        QVERIFY2(e.message.contains(QLatin1Char(':')), qPrintable(e.message));
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 0);
}

void MeetingStoreTest::oneTransaction()
{
    // The task table is missing: the meeting, its attendees and motions must not stay behind.
    QVERIFY(SqlQuery(m_t->db(), QStringLiteral("ALTER TABLE meeting_task RENAME TO meeting_task_gone")).exec());
    Meeting m = meeting();
    const SaveResult r = MeetingStore(m_t->db(), testScope()).save(m);
    QVERIFY(!r.ok);
    QCOMPARE(m.id, 0);
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 0);
    QCOMPARE(m_t->count(QStringLiteral("meeting_attendee")), 0);
    QCOMPARE(m_t->count(QStringLiteral("motion")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'meeting'")), 0);
    QVERIFY(!r.firstMessage().contains(QLatin1String("SQL")));
}

void MeetingStoreTest::updateKeepsMotionsAndArchivesDropped()
{
    Meeting m = meeting();
    MeetingStore store(m_t->db(), testScope());
    QVERIFY(store.save(m).ok);
    const qint64 firstMotion = m.motions.at(0).id;
    const qint64 droppedMotion = m.motions.at(1).id;
    const qint64 task = m.tasks.at(0).id;
    QVERIFY(firstMotion && droppedMotion && task);

    m.motions.removeLast();
    m.motions[0].votesAgainst = 1; // 7 + 1 + 1 votes: one listed attendee and 8 others present
    m.tasks[0].doneOn = QDate(2026, 5, 20);
    m.attendeeIds = {m_residents.liNa};
    const SaveResult second = store.save(m);
    QVERIFY2(second.ok, qPrintable(second.firstMessage()));
    const std::optional<Meeting> back = store.meeting(m.id);
    QCOMPARE(back->motions.size(), 1);
    QCOMPARE(back->motions.at(0).id, firstMotion);
    QCOMPARE(back->motions.at(0).votesAgainst, 1);
    QCOMPARE(back->tasks.at(0).id, task);
    QCOMPARE(back->tasks.at(0).doneOn, QDate(2026, 5, 20));
    QCOMPARE(back->attendeeIds, QList<qint64>{m_residents.liNa});
    // The dropped motion is archived, not deleted.
    QCOMPARE(scalar(QStringLiteral("SELECT archived FROM motion WHERE id = %1").arg(droppedMotion)), 1);
    QCOMPARE(m_t->count(QStringLiteral("motion")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT row_version FROM meeting")), 2);

    QVERIFY(store.setTaskDone(task, QDate()).ok);
    QVERIFY(!store.meeting(m.id)->tasks.at(0).doneOn.isValid());
    const SaveResult early = store.setTaskDone(task, QDate(2026, 5, 1));
    QVERIFY(!early.ok);
    QCOMPARE(early.errors.at(0).field, QStringLiteral("doneOn"));
}

void MeetingStoreTest::archiveKeepsTheRow()
{
    Meeting m = meeting();
    MeetingStore store(m_t->db(), testScope());
    QVERIFY(store.save(m).ok);
    MeetingTableModel model(m_t->db(), testScope());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(store.archive(m.id).ok);
    QVERIFY(!store.archive(m.id).ok);
    QVERIFY(store.meeting(m.id)->archived);
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    MeetingFilter f;
    f.includeArchived = true;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 1);
}

void MeetingStoreTest::listFetchesInPages()
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO meeting (held_on, grid_id, kind_id, topic, head_count, archived, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0, ?, ?)"));
    for (int i = 0; i < 250; ++i)
        QVERIFY(q.exec(QDate(2026, 1, 1).addDays(i).toString(Qt::ISODate), m_t->gridA, m_kind,
                       QStringLiteral("议题%1").arg(i), SqlValues::now(), SqlValues::now()));
    MeetingTableModel model(m_t->db(), testScope());
    QCOMPARE(model.totalCount(), 250);
    QCOMPARE(model.rowCount(), MeetingTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    // Attached only now: the tester itself fetches more.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Newest first.
    QCOMPARE(model.index(0, MeetingTableModel::Topic).data().toString(), QStringLiteral("议题249"));
    model.fetchMore(QModelIndex());
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    MeetingFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 1, 31);
    model.setFilter(f);
    QCOMPARE(model.totalCount(), 31);
}

void MeetingStoreTest::gridWorkerScope()
{
    Meeting a = meeting();
    Meeting b = meeting();
    b.gridId = m_t->gridB;
    b.topic = QStringLiteral("停车");
    Meeting all = meeting();
    all.gridId = 0;
    all.topic = QStringLiteral("全社区");
    MeetingStore store(m_t->db(), testScope());
    QVERIFY(store.save(a).ok && store.save(b).ok && store.save(all).ok);

    setTestScope(AccessScope(AccessScope::Role::GridWorker, 7, QStringLiteral("网格员"), {m_t->gridB}));
    MeetingStore worker(m_t->db(), testScope()); // the grid worker's own desk
    MeetingTableModel model(m_t->db(), testScope());
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.index(0, MeetingTableModel::Topic).data().toString(), QStringLiteral("停车"));
    // Their own grid's meeting may be changed; another grid's and community-wide ones not.
    b.place = QStringLiteral("凉亭");
    QVERIFY(worker.save(b).ok);
    a.place = QStringLiteral("凉亭");
    QVERIFY(!worker.save(a).ok);
    Meeting fresh = meeting();
    fresh.gridId = 0;
    QVERIFY(!worker.save(fresh).ok);
    QVERIFY(!worker.archive(a.id).ok);
    const QHash<qint64, MeetingFigures::Figures> figures = MeetingFigures(m_t->db(), testScope()).perGrid(2026, 5);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures.value(m_t->gridB).meetings, 1);
}

void MeetingStoreTest::viewerMayNotSave()
{
    setTestScope(AccessScope(AccessScope::Role::Viewer, 8, QStringLiteral("查看")));
    Meeting m = meeting();
    const SaveResult r = MeetingStore(m_t->db(), testScope()).save(m);
    QVERIFY(!r.ok);
    QVERIFY(!r.firstMessage().isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("meeting")), 0);
}

void MeetingStoreTest::figuresPerGridAndMonth()
{
    MeetingStore store(m_t->db(), testScope());
    // Grid A in May: two meetings; motions 7/2/1 carried and 3/5/2 not, then one more carried.
    Meeting m1 = meeting();
    Meeting::Task late;
    late.description = QStringLiteral("施工");
    late.owner = QStringLiteral("物业");
    late.dueOn = QDate(2026, 5, 20);
    late.doneOn = QDate(2026, 5, 22);
    Meeting::Task open;
    open.description = QStringLiteral("验收");
    open.owner = QStringLiteral("居委会");
    open.dueOn = QDate(2026, 6, 30);
    m1.tasks[0].doneOn = QDate(2026, 5, 24); // on the due day: on time
    m1.tasks << late << open;
    QVERIFY(store.save(m1).ok);
    Meeting m2 = meeting();
    m2.heldOn = QDate(2026, 5, 31);
    m2.motions = {{0, QStringLiteral("通过"), 6, 0, 0, {}}};
    m2.tasks[0].dueOn = QDate(2026, 6, 5); // overdue on 2026-06-10
    QVERIFY(store.save(m2).ok);
    // Grid B in May and grid A in June: not in grid A's May.
    Meeting m3 = meeting();
    m3.gridId = m_t->gridB;
    QVERIFY(store.save(m3).ok);
    Meeting m4 = meeting();
    m4.heldOn = QDate(2026, 6, 1);
    QVERIFY(store.save(m4).ok);
    // An archived meeting does not count.
    Meeting m5 = meeting();
    QVERIFY(store.save(m5).ok);
    QVERIFY(store.archive(m5.id).ok);

    MeetingFigures figures(m_t->db(), testScope());
    figures.setToday(QDate(2026, 6, 10));
    const QHash<qint64, MeetingFigures::Figures> may = figures.perGrid(2026, 5);
    const MeetingFigures::Figures a = may.value(m_t->gridA);
    QCOMPARE(a.meetings, 2);
    QCOMPARE(a.decisions, 2);
    QCOMPARE(a.tasks, 4);
    QCOMPARE(a.doneOnTime, 1);
    QCOMPARE(a.doneLate, 1);
    QCOMPARE(a.overdue, 1);
    QCOMPARE(a.open, 1);
    QCOMPARE(a.followedUp(), 2);
    QCOMPARE(may.value(m_t->gridB).meetings, 1);
    QCOMPARE(MeetingFigures::total(may).meetings, 3);
    QCOMPARE(figures.perGrid(2026, 6).value(m_t->gridA).meetings, 1);
}

void MeetingStoreTest::kinds()
{
    MeetingStore store(m_t->db(), testScope());
    QStringList names;
    for (const EventType &k : store.kinds())
        names << k.name;
    QCOMPARE(names.mid(0, 4), (QStringList{QStringLiteral("党群议事厅"), QStringLiteral("小区议事会"),
                                           QStringLiteral("小马扎议事会"), QStringLiteral("民情恳谈会")}));
    EventType k;
    k.name = QStringLiteral("楼栋议事会");
    QVERIFY(store.saveKind(k).ok);
    EventType dup;
    dup.name = QStringLiteral("楼栋议事会");
    const SaveResult r = store.saveKind(dup);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.at(0).field, QStringLiteral("name"));
    QVERIFY(store.archiveKind(k.id).ok);
    QCOMPARE(store.kinds().size(), names.size());
    QCOMPARE(store.kinds(true).size(), names.size() + 1);
}

QTEST_GUILESS_MAIN(MeetingStoreTest)
#include "meetingstore_test.moc"
