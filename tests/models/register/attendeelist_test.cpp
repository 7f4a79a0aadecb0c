#include "models/register/attendeelist.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "tests/support/attendeetestdata.h"
#include "tests/support/testsupport.h"

#include <QTest>

// The residents listed on an event or a meeting: written whole, read back in resident order,
// each list in its own table, and nothing written by someone who may not edit.
class AttendeeListTest final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeReplacesTheList();
    void eachRecordKindHasItsTable();
    void viewerWritesNothing();
    void validLists();

private:
    qint64 addEvent();
    qint64 addMeeting();
    std::unique_ptr<TestDatabase> m_t;
    AttendeeTestData m_residents;
};

void AttendeeListTest::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY(m_residents.addTo(*m_t));
}

void AttendeeListTest::cleanup()
{
    m_t.reset();
}

qint64 AttendeeListTest::addEvent()
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO event (title, type_id, starts_at, ends_at, created_at, "
                                         "updated_at) VALUES ('义诊', (SELECT min(id) FROM event_type), "
                                         "'2026-05-10T09:00:00', '2026-05-10T11:00:00', ?, ?)"));
    return q.exec(SqlValues::now(), SqlValues::now()) ? q.lastInsertId() : 0;
}

qint64 AttendeeListTest::addMeeting()
{
    SqlQuery q(m_t->db(), QStringLiteral("INSERT INTO meeting (held_on, kind_id, topic, head_count, created_at, "
                                         "updated_at) VALUES ('2026-05-10', (SELECT min(id) FROM meeting_kind), "
                                         "'加装电梯', 0, ?, ?)"));
    return q.exec(SqlValues::now(), SqlValues::now()) ? q.lastInsertId() : 0;
}

void AttendeeListTest::writeReplacesTheList()
{
    const qint64 event = addEvent();
    QVERIFY(event > 0);
    const AttendeeList list(m_t->db(), testScope(), AttendeeList::Table::EventParticipants);
    QVERIFY(list.write(event, {m_residents.liNa, m_residents.zhangXiuying}));
    QCOMPARE(list.read(event), (QList<qint64>{m_residents.zhangXiuying, m_residents.liNa}));
    QVERIFY(list.write(event, {m_residents.zhangWei}));
    QCOMPARE(list.read(event), QList<qint64>{m_residents.zhangWei});
    QVERIFY(list.write(event, {}));
    QVERIFY(list.read(event).isEmpty());
    QCOMPARE(m_t->count(QStringLiteral("event_participant")), 0);
}

void AttendeeListTest::eachRecordKindHasItsTable()
{
    const qint64 event = addEvent();
    const qint64 meeting = addMeeting();
    QVERIFY(event > 0 && meeting > 0);
    const AttendeeList participants(m_t->db(), testScope(), AttendeeList::Table::EventParticipants);
    const AttendeeList attendees(m_t->db(), testScope(), AttendeeList::Table::MeetingAttendees);
    QVERIFY(participants.write(event, {m_residents.zhangWei}));
    QVERIFY(attendees.write(meeting, {m_residents.zhangXiuying, m_residents.liNa}));
    QCOMPARE(m_t->count(QStringLiteral("event_participant")), 1);
    QCOMPARE(m_t->count(QStringLiteral("meeting_attendee")), 2);
    QCOMPARE(attendees.read(meeting), (QList<qint64>{m_residents.zhangXiuying, m_residents.liNa}));
    QCOMPARE(participants.read(event), QList<qint64>{m_residents.zhangWei});
}

void AttendeeListTest::viewerWritesNothing()
{
    const qint64 event = addEvent();
    const AttendeeList list(m_t->db(), AccessScope(AccessScope::Role::Viewer, 8, QStringLiteral("查看")),
                            AttendeeList::Table::EventParticipants);
    QVERIFY(!list.write(event, {m_residents.zhangWei}));
    QVERIFY(!AttendeeList(m_t->db(), AccessScope(), AttendeeList::Table::EventParticipants)
                 .write(event, {m_residents.zhangWei}));
    QCOMPARE(m_t->count(QStringLiteral("event_participant")), 0);
}

void AttendeeListTest::validLists()
{
    QVERIFY(AttendeeList::isValid({}));
    QVERIFY(AttendeeList::isValid({3, 1, 2}));
    QVERIFY(!AttendeeList::isValid({1, 2, 1}));
    QVERIFY(!AttendeeList::isValid({1, 0}));
    QVERIFY(!AttendeeList::isValid({-4}));
}

QTEST_GUILESS_MAIN(AttendeeListTest)
#include "attendeelist_test.moc"
