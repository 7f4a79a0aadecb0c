#include "volunteerschema.h"

#include "models/cnrules/hanzi.h"
#include "models/core/sqlquery.h"

#include <QList>
#include <utility>

QStringList VolunteerSchema::statements()
{
    return {
        // A volunteer is a resident of the register (resident_id) or an outside person (name,
        // phone, id_number of their own). status: active, paused, left. work_unit: for
        // in-service party members. available_days: ISO weekdays "1,2,..,7" (NULL: any day);
        // available_from/to "HH:mm" (NULL: any time). availability: free text notes.
        QStringLiteral("CREATE TABLE volunteer (id INTEGER PRIMARY KEY, resident_id INTEGER REFERENCES "
                       "resident(id), name TEXT NOT NULL, phone TEXT, id_number TEXT, skills TEXT, availability "
                       "TEXT, available_days TEXT, available_from TEXT, available_to TEXT, joined_on TEXT, status "
                       "TEXT NOT NULL DEFAULT 'active', work_unit TEXT, notes TEXT, user_name TEXT, created_at TEXT "
                       "NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE UNIQUE INDEX volunteer_resident ON volunteer(resident_id) WHERE resident_id IS NOT "
                       "NULL"),
        QStringLiteral("CREATE INDEX volunteer_name ON volunteer(status, name)"),
        QStringLiteral("CREATE TABLE volunteer_team (id INTEGER PRIMARY KEY, name TEXT NOT NULL, grid_id INTEGER "
                       "REFERENCES grid(id), leader_id INTEGER REFERENCES volunteer(id), description TEXT, archived "
                       "INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        // Leaving a team sets left_on; the row stays as history.
        QStringLiteral("CREATE TABLE volunteer_team_member (team_id INTEGER NOT NULL REFERENCES volunteer_team(id), "
                       "volunteer_id INTEGER NOT NULL REFERENCES volunteer(id), joined_on TEXT, left_on TEXT, "
                       "PRIMARY KEY (team_id, volunteer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX volunteer_team_member_volunteer ON volunteer_team_member(volunteer_id, team_id)"),
        // A post (岗位): where and how many volunteers a shift needs. grid_id: where the service
        // is counted in the per-grid totals; team_id: the team that usually staffs it.
        QStringLiteral("CREATE TABLE volunteer_post (id INTEGER PRIMARY KEY, name TEXT NOT NULL, location TEXT, "
                       "grid_id INTEGER REFERENCES grid(id), team_id INTEGER REFERENCES volunteer_team(id), needed "
                       "INTEGER NOT NULL DEFAULT 1, notes TEXT, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT "
                       "NOT NULL)"),
        // The weekly pattern a batch of shifts was generated from, kept to show where they came from.
        QStringLiteral("CREATE TABLE volunteer_shift_pattern (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL "
                       "REFERENCES volunteer_post(id), weekdays TEXT NOT NULL, start_time TEXT NOT NULL, end_time "
                       "TEXT NOT NULL, from_date TEXT NOT NULL, weeks INTEGER, until_date TEXT, user_name TEXT, "
                       "created_at TEXT NOT NULL)"),
        // Times are local wall-clock "yyyy-MM-ddTHH:mm:ss"; ends_at may be the next day. minutes:
        // the length, so sums need no date arithmetic in SQL (SQLite and PostgreSQL alike).
        QStringLiteral("CREATE TABLE volunteer_shift (id INTEGER PRIMARY KEY, post_id INTEGER NOT NULL REFERENCES "
                       "volunteer_post(id), starts_at TEXT NOT NULL, ends_at TEXT NOT NULL, minutes INTEGER NOT NULL, "
                       "needed INTEGER NOT NULL "
                       "DEFAULT 1, pattern_id INTEGER REFERENCES volunteer_shift_pattern(id), cancelled INTEGER NOT "
                       "NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX volunteer_shift_start ON volunteer_shift(starts_at, post_id)"),
        QStringLiteral("CREATE INDEX volunteer_shift_post ON volunteer_shift(post_id, starts_at)"),
        // status: assigned or removed (an unassignment keeps the row). attendance: NULL (not yet
        // recorded), attended, absent. hours: NULL = the shift's length; set only with hours_reason.
        // substitute_for: the volunteer this one replaced.
        QStringLiteral("CREATE TABLE volunteer_assignment (id INTEGER PRIMARY KEY, shift_id INTEGER NOT NULL "
                       "REFERENCES volunteer_shift(id), volunteer_id INTEGER NOT NULL REFERENCES volunteer(id), "
                       "status TEXT NOT NULL DEFAULT 'assigned', attendance TEXT, hours REAL, hours_reason TEXT, "
                       "substitute_for INTEGER REFERENCES volunteer(id), user_name TEXT, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE UNIQUE INDEX volunteer_assignment_active ON volunteer_assignment(shift_id, "
                       "volunteer_id) WHERE status = 'assigned'"),
        QStringLiteral("CREATE INDEX volunteer_assignment_volunteer ON volunteer_assignment(volunteer_id, shift_id)"),
        QStringLiteral("CREATE INDEX volunteer_assignment_shift ON volunteer_assignment(shift_id, status)"),
        // Every change of an assignment's hours, with its reason (also in audit_log).
        QStringLiteral("CREATE TABLE volunteer_hour_adjustment (id INTEGER PRIMARY KEY, assignment_id INTEGER NOT "
                       "NULL REFERENCES volunteer_assignment(id), old_hours REAL NOT NULL, new_hours REAL NOT NULL, "
                       "reason TEXT NOT NULL, user_name TEXT, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX volunteer_hour_adjustment_assignment ON volunteer_hour_adjustment(assignment_id)"),
        // Points per hour of service from valid_from on; the latest rule on or before a service
        // date applies to it.
        QStringLiteral("CREATE TABLE volunteer_point_rule (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "points_per_hour REAL NOT NULL, valid_from TEXT NOT NULL, archived INTEGER NOT NULL DEFAULT 0, "
                       "user_name TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO volunteer_point_rule (name, points_per_hour, valid_from, created_at) VALUES "
                       "('每小时10分', 10, '2000-01-01', '2026-01-01T00:00:00')"),
        QStringLiteral("CREATE TABLE volunteer_reward (id INTEGER PRIMARY KEY, name TEXT NOT NULL, points INTEGER NOT "
                       "NULL, archived INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)"),
        // Points spent (negative) or granted by hand (positive); points earned by service are
        // computed from the hours and the rules, so an edited hour count never leaves a stale entry.
        QStringLiteral("CREATE TABLE volunteer_point_entry (id INTEGER PRIMARY KEY, volunteer_id INTEGER NOT NULL "
                       "REFERENCES volunteer(id), points REAL NOT NULL, kind TEXT NOT NULL, reward_id INTEGER "
                       "REFERENCES volunteer_reward(id), note TEXT, user_name TEXT, at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX volunteer_point_entry_volunteer ON volunteer_point_entry(volunteer_id, at)"),
    };
}

QStringList VolunteerSchema::sortKeyStatements()
{
    return {
        QStringLiteral("ALTER TABLE volunteer ADD COLUMN name_pinyin TEXT"),
        // The volunteer list: its status filter, then pinyin order.
        QStringLiteral("CREATE INDEX volunteer_pinyin ON volunteer(status, name_pinyin, id)"),
    };
}

bool VolunteerSchema::fillSortKeys(const QSqlDatabase &db)
{
    SqlQuery rows(db, QStringLiteral("SELECT id, name FROM volunteer"));
    if (!rows.exec())
        return false;
    QList<std::pair<qint64, QString>> keys;
    while (rows.next())
        keys.append({rows.value(0).toLongLong(), Hanzi::namePinyin(rows.value(1).toString())});
    SqlQuery update(db, QStringLiteral("UPDATE volunteer SET name_pinyin = ? WHERE id = ?"));
    for (const auto &[id, key] : keys)
        if (!update.exec(key, id))
            return false;
    return true;
}
