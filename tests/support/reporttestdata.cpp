#include "reporttestdata.h"

#include "models/cases/casesummary.h"
#include "models/core/sqlquery.h"

#include <QDebug>

#define CHECK(condition)                                                                                               \
    if (!(condition)) {                                                                                                \
        qWarning() << "fixture step failed:" << #condition;                                                            \
        return false;                                                                                                  \
    }

namespace {

qint64 addCase(const QSqlDatabase &db, const QString &no, qint64 grid, const QString &received, const QString &deadline,
               const QString &status, const QString &closed = QString(), const QString &followedUp = QString(),
               const QString &satisfaction = QString(), int reopened = 0, const QString &category = QString())
{
    const auto orNull = [](const QString &s) {
        return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
    };
    SqlQuery q(db, QStringLiteral("INSERT INTO cases (case_no, source, category_id, grid_id, description, "
                                  "received_at, deadline, status, closed_at, followed_up_at, satisfaction, "
                                  "reopen_count, created_at, updated_at) VALUES (?, 'visit', (SELECT id FROM "
                                  "case_category WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool ok = q.exec(no, category.isEmpty() ? QStringLiteral("environment") : category,
                           grid > 0 ? QVariant(grid) : QVariant(QMetaType(QMetaType::LongLong)),
                           QString(QStringLiteral("描述") + no), received, deadline, status, orNull(closed),
                           orNull(followedUp), orNull(satisfaction), reopened, received, received);
    if (!ok)
        qWarning() << q.errorDetail();
    return q.lastInsertId();
}

qint64 addEvent(const QSqlDatabase &db, qint64 grid, const QString &start, int extra, bool cancelled = false)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, "
                                  "extra_participants, cancelled, created_at, updated_at) VALUES ('活动', 1, ?, "
                                  "?, ?, ?, ?, ?, ?)"));
    if (!q.exec(grid > 0 ? QVariant(grid) : QVariant(QMetaType(QMetaType::LongLong)), start, start, extra,
                cancelled ? 1 : 0, start, start))
        qWarning() << q.errorDetail();
    return q.lastInsertId();
}

} // namespace

bool ReportTestData::fillOctober2026(TestDatabase &t)
{
    const QSqlDatabase d = t.db();
    // Register: 3 households, 5 living residents; two aged 60+ at the end of October (one
    // turning 80 in November), one born in October.
    t.addHousehold(t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                   {{QStringLiteral("王秀英"), TestDatabase::idFor(QDate(1950, 3, 1), false, 1)},
                    {QStringLiteral("李强"), TestDatabase::idFor(QDate(1990, 6, 1), true, 2)}});
    t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("201"),
                   {{QStringLiteral("赵宝"), TestDatabase::idFor(QDate(2026, 10, 9), true, 3)},
                    {QStringLiteral("钱桂兰"), TestDatabase::idFor(QDate(1946, 11, 5), false, 4)}});
    t.addHousehold(t.buildingA2, QStringLiteral("2"), QStringLiteral("302"),
                   {{QStringLiteral("孙明"), TestDatabase::idFor(QDate(1980, 1, 1), true, 5)}});
    SqlQuery change(d, QStringLiteral("INSERT INTO resident_change (resident_id, kind, change_date, created_at) "
                                      "VALUES ((SELECT id FROM resident WHERE name = ?), ?, ?, '2026-10-01')"));
    CHECK(change.exec(QStringLiteral("李强"), QStringLiteral("moved_in"), QStringLiteral("2026-10-02")));
    CHECK(change.exec(QStringLiteral("孙明"), QStringLiteral("moved_out"), QStringLiteral("2026-10-15")));
    CHECK(change.exec(QStringLiteral("赵宝"), QStringLiteral("moved_in"), QStringLiteral("2026-10-09")));
    CHECK(change.exec(QStringLiteral("钱桂兰"), QStringLiteral("deceased"), QStringLiteral("2026-09-30")));

    // Cases (see the comments for how each counts in October).
    const qint64 a = t.gridA, b = t.gridB;
    addCase(d, QStringLiteral("C1"), a, QStringLiteral("2026-10-03T09:00:00"), QStringLiteral("2026-10-06T09:00:00"),
            QStringLiteral("closed"), QStringLiteral("2026-10-05T10:00:00")); // received, resolved in time
    addCase(d, QStringLiteral("C2"), a, QStringLiteral("2026-10-10T09:00:00"), QStringLiteral("2026-10-13T09:00:00"),
            QStringLiteral("followed_up"), QStringLiteral("2026-11-02T10:00:00"), QStringLiteral("2026-11-05T10:00:00"),
            QStringLiteral("satisfied")); // received; overdue at the end of October
    addCase(d, QStringLiteral("C3"), a, QStringLiteral("2026-09-20T09:00:00"), QStringLiteral("2026-09-27T09:00:00"),
            QStringLiteral("followed_up"), QStringLiteral("2026-10-08T10:00:00"), QStringLiteral("2026-10-12T10:00:00"),
            QStringLiteral("dissatisfied"), 0, QStringLiteral("dispute")); // resolved and followed up in October
    addCase(d, QStringLiteral("C4"), a, QStringLiteral("2026-10-28T09:00:00"), QStringLiteral("2026-11-04T09:00:00"),
            QStringLiteral("assigned")); // received, open, not yet due
    addCase(d, QStringLiteral("C5"), b, QStringLiteral("2026-10-15T09:00:00"), QStringLiteral("2026-10-18T09:00:00"),
            QStringLiteral("supervised")); // received, open and overdue
    addCase(d, QStringLiteral("C6"), b, QStringLiteral("2026-10-20T09:00:00"), QStringLiteral("2026-10-27T09:00:00"),
            QStringLiteral("followed_up"), QStringLiteral("2026-10-25T10:00:00"), QStringLiteral("2026-10-28T10:00:00"),
            QStringLiteral("basically"), 1, QStringLiteral("dispute")); // reopened once
    addCase(d, QStringLiteral("C7"), b, QStringLiteral("2026-11-02T09:00:00"), QStringLiteral("2026-11-05T09:00:00"),
            QStringLiteral("received")); // November
    addCase(d, QStringLiteral("C8"), 0, QStringLiteral("2026-10-05T09:00:00"), QStringLiteral("2026-10-08T09:00:00"),
            QStringLiteral("closed"), QStringLiteral("2026-10-06T09:00:00")); // no grid

    // Events: one in grid A with 2 listed + 5 more and 4 volunteer hours, one community-wide with
    // 30, one cancelled, one in November.
    const qint64 e1 = addEvent(d, a, QStringLiteral("2026-10-12T09:00:00"), 5);
    addEvent(d, 0, QStringLiteral("2026-10-20T09:00:00"), 30);
    addEvent(d, a, QStringLiteral("2026-10-21T09:00:00"), 50, true);
    addEvent(d, b, QStringLiteral("2026-11-03T09:00:00"), 9);
    SqlQuery participant(d, QStringLiteral("INSERT INTO event_participant (event_id, resident_id) SELECT ?, id FROM "
                                           "resident WHERE name IN ('王秀英', '李强')"));
    CHECK(participant.exec(e1));
    SqlQuery volunteer(d, QStringLiteral("INSERT INTO volunteer (name, created_at, updated_at) VALUES (?, "
                                         "'2026-01-01', '2026-01-01')"));
    CHECK(volunteer.exec(QStringLiteral("志愿者甲")));
    const qint64 v1 = volunteer.lastInsertId();
    CHECK(volunteer.exec(QStringLiteral("志愿者乙")));
    const qint64 v2 = volunteer.lastInsertId();
    SqlQuery hours(d, QStringLiteral("INSERT INTO event_volunteer (event_id, volunteer_id, hours) VALUES (?, ?, ?)"));
    CHECK(hours.exec(e1, v1, 2.5));
    CHECK(hours.exec(e1, v2, 1.5));

    // Grid work: A's two households visited in October (one need raised), B's one only in
    // September; a meeting in B with one carried motion and two tasks (one done in time), and a
    // community-wide meeting without motions.
    SqlQuery visit(d, QStringLiteral("INSERT INTO visit (household_id, grid_id, visited_on, worker, created_at, "
                                     "updated_at) SELECT h.id, b.grid_id, ?, '网格员', ?, ? FROM household h JOIN "
                                     "building b ON b.id = h.building_id WHERE h.room = ?"));
    CHECK(visit.exec(QStringLiteral("2026-10-08"), QStringLiteral("2026-10-08"), QStringLiteral("2026-10-08"),
                     QStringLiteral("101")));
    const qint64 visited = visit.lastInsertId();
    CHECK(visit.exec(QStringLiteral("2026-10-20"), QStringLiteral("2026-10-20"), QStringLiteral("2026-10-20"),
                     QStringLiteral("302")));
    CHECK(visit.exec(QStringLiteral("2026-09-28"), QStringLiteral("2026-09-28"), QStringLiteral("2026-09-28"),
                     QStringLiteral("201")));
    SqlQuery need(d, QStringLiteral("INSERT INTO visit_need (visit_id, description) VALUES (?, '楼道灯坏了')"));
    CHECK(need.exec(visited));
    SqlQuery meeting(d, QStringLiteral("INSERT INTO meeting (held_on, grid_id, kind_id, topic, created_at, updated_at) "
                                       "VALUES (?, ?, (SELECT min(id) FROM meeting_kind), '议题', 'x', 'x')"));
    CHECK(meeting.exec(QStringLiteral("2026-10-16"), b));
    const qint64 m1 = meeting.lastInsertId();
    CHECK(meeting.exec(QStringLiteral("2026-10-22"), QVariant(QMetaType(QMetaType::LongLong))));
    SqlQuery motion(d, QStringLiteral("INSERT INTO motion (meeting_id, text, votes_for, votes_against, decision) "
                                      "VALUES (?, '加装路灯', 5, 1, 'carried')"));
    CHECK(motion.exec(m1));
    SqlQuery task(d, QStringLiteral("INSERT INTO meeting_task (meeting_id, description, owner, due_on, done_on) "
                                    "VALUES (?, '联系物业', '王主任', ?, ?)"));
    CHECK(task.exec(m1, QStringLiteral("2026-10-25"), QStringLiteral("2026-10-20")));
    CHECK(task.exec(m1, QStringLiteral("2026-12-01"), QVariant(QMetaType(QMetaType::QString))));
    // Cases written directly, as the generators do: the per-month summary the report's trend and
    // categories read is made from them.
    CHECK(CaseSummary::rebuild(d));
    return true;
}
