#include "meetingschema.h"

QStringList MeetingSchema::statements()
{
    return {
        // The kinds of deliberation meeting: a list the office may extend, rename and archive.
        QStringLiteral("CREATE TABLE meeting_kind (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO meeting_kind (code, name, sort_order) VALUES "
                       "('party_hall', '党群议事厅', 1), ('compound_council', '小区议事会', 2), "
                       "('stool_meeting', '小马扎议事会', 3), ('hearing', '民情恳谈会', 4), ('other', '其他', 5)"),
        // grid_id or compound_id (both NULL: community-wide). head_count: people present who are
        // not listed by name; attendees = listed residents + head_count. Archived, never deleted.
        QStringLiteral("CREATE TABLE meeting (id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, starts_at TEXT, place "
                       "TEXT, grid_id INTEGER REFERENCES grid(id), compound_id INTEGER REFERENCES compound(id), "
                       "kind_id INTEGER NOT NULL REFERENCES meeting_kind(id), topic TEXT NOT NULL, head_count INTEGER "
                       "NOT NULL DEFAULT 0, notes TEXT, archived INTEGER NOT NULL DEFAULT 0, user_name TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        // The list (newest first) and the per-grid, per-month figures (MeetingFigures).
        QStringLiteral("CREATE INDEX meeting_held ON meeting(held_on, grid_id, archived)"),
        QStringLiteral("CREATE INDEX meeting_grid ON meeting(grid_id, held_on)"),
        QStringLiteral("CREATE TABLE meeting_attendee (meeting_id INTEGER NOT NULL REFERENCES meeting(id), "
                       "resident_id INTEGER NOT NULL REFERENCES resident(id), PRIMARY KEY (meeting_id, resident_id))"),
        QStringLiteral("CREATE INDEX meeting_attendee_resident ON meeting_attendee(resident_id, meeting_id)"),
        QStringLiteral("CREATE TABLE meeting_case (meeting_id INTEGER NOT NULL REFERENCES meeting(id), case_id "
                       "INTEGER NOT NULL REFERENCES cases(id), PRIMARY KEY (meeting_id, case_id))"),
        QStringLiteral("CREATE INDEX meeting_case_case ON meeting_case(case_id, meeting_id)"),
        // decision: 'carried', 'rejected' or 'not_voted', worked out by MotionVote on save.
        // A motion taken off the minutes is archived.
        QStringLiteral("CREATE TABLE motion (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL REFERENCES "
                       "meeting(id), sort_order INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL, votes_for INTEGER "
                       "NOT NULL DEFAULT 0, votes_against INTEGER NOT NULL DEFAULT 0, votes_abstain INTEGER NOT NULL "
                       "DEFAULT 0, decision TEXT NOT NULL, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX motion_meeting ON motion(meeting_id, archived, sort_order)"),
        // A follow-up task; done_on NULL: not done yet.
        QStringLiteral("CREATE TABLE meeting_task (id INTEGER PRIMARY KEY, meeting_id INTEGER NOT NULL REFERENCES "
                       "meeting(id), motion_id INTEGER REFERENCES motion(id), description TEXT NOT NULL, owner TEXT "
                       "NOT NULL, due_on TEXT NOT NULL, done_on TEXT, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX meeting_task_meeting ON meeting_task(meeting_id, archived)"),
        QStringLiteral("CREATE INDEX meeting_task_due ON meeting_task(archived, done_on, due_on)"),
    };
}
