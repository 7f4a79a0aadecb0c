#pragma once

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/volunteers/rosterstore.h"
#include "models/volunteers/shiftrecurrence.h"
#include "models/volunteers/volunteerstore.h"
#include "testsupport.h"

// Small builders shared by the volunteer tests: volunteers, a post, shifts and events with
// hand-countable times.
class VolunteerTestData final
{
public:
    explicit VolunteerTestData(TestDatabase &t)
        : m_t(t)
    {}

    qint64 volunteer(const QString &name, const QString &status = QStringLiteral("active"), const QList<int> &days = {},
                     const QTime &from = QTime(), const QTime &to = QTime())
    {
        Volunteer v;
        v.name = name;
        v.status = status;
        v.availableDays = days;
        v.availableFrom = from;
        v.availableTo = to;
        VolunteerStore store(m_t.db(), testScope(QStringLiteral("tester")));
        store.setToday(QDate(2026, 11, 23));
        const SaveResult r = store.save(v);
        if (!r.ok)
            qWarning() << "volunteer failed:" << r.firstMessage();
        return r.id;
    }

    qint64 post(const QString &name = QStringLiteral("门岗"), int needed = 1, qint64 gridId = 0, qint64 teamId = 0)
    {
        RosterStore::Post p;
        p.name = name;
        p.location = QStringLiteral("东门");
        p.needed = needed;
        p.gridId = gridId;
        p.teamId = teamId;
        const SaveResult r = RosterStore(m_t.db(), testScope()).savePost(p);
        return r.id;
    }

    qint64 shift(qint64 postId, const QDate &day, const QTime &start, const QTime &end, int needed = 1)
    {
        const QDateTime s = ShiftRecurrence::wallClock(day, start);
        QDateTime e = ShiftRecurrence::wallClock(day, end);
        if (end <= start)
            e = e.addDays(1);
        const SaveResult r = RosterStore(m_t.db(), testScope()).addShift(postId, s, e, needed);
        if (!r.ok)
            qWarning() << "shift failed:" << r.firstMessage();
        return r.id;
    }

    qint64 event(const QString &title, const QDateTime &start, bool cancelled = false, qint64 gridId = 0)
    {
        SqlQuery q(m_t.db(),
                   QStringLiteral("INSERT INTO event (title, type_id, grid_id, starts_at, ends_at, cancelled, "
                                  "created_at, updated_at) VALUES (?, (SELECT id FROM event_type WHERE code "
                                  "= 'volunteer_service'), ?, ?, ?, ?, ?, ?)"));
        q.exec(title, SqlValues::idOrNull(gridId), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")),
               start.addSecs(3 * 3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")), cancelled ? 1 : 0,
               SqlValues::now(), SqlValues::now());
        return q.lastInsertId();
    }

    void eventHours(qint64 eventId, qint64 volunteerId, double hours)
    {
        SqlQuery q(m_t.db(), QStringLiteral("INSERT INTO event_volunteer (event_id, volunteer_id, hours, role) VALUES "
                                            "(?, ?, ?, 'helper')"));
        q.exec(eventId, volunteerId, hours);
    }

private:
    TestDatabase &m_t;
};
