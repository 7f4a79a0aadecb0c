#include "eventschema.h"

QStringList EventSchema::statements()
{
    return {
        QStringLiteral("CREATE TABLE event_type (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO event_type (code, name, sort_order) VALUES "
                       "('birthday_party', '生日会', 1), ('clinic', '义诊', 2), ('haircut', '义剪', 3), "
                       "('cultural', '文体活动', 4), ('cleanup', '环境清洁', 5), ('lecture', '讲座', 6), "
                       "('volunteer_service', '志愿服务', 7), ('other', '其他', 8)"),
        // grid_id NULL: community-wide. extra_participants: people who came but are not listed
        // by name (a head count); participants = listed residents + extra_participants.
        // Cancelled events are kept (cancelled = 1), never deleted.
        QStringLiteral("CREATE TABLE event (id INTEGER PRIMARY KEY, title TEXT NOT NULL, type_id INTEGER NOT NULL "
                       "REFERENCES event_type(id), grid_id INTEGER REFERENCES grid(id), place TEXT, starts_at TEXT "
                       "NOT NULL, ends_at TEXT NOT NULL, organiser TEXT, extra_participants INTEGER NOT NULL DEFAULT "
                       "0, notes TEXT, cancelled INTEGER NOT NULL DEFAULT 0, user_name TEXT, created_at TEXT NOT "
                       "NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        // Covers the dashboard's per-grid, per-month counts and head counts (DashboardQuery).
        QStringLiteral("CREATE INDEX event_start ON event(starts_at, grid_id, cancelled, type_id, extra_participants)"),
        QStringLiteral("CREATE TABLE event_participant (event_id INTEGER NOT NULL REFERENCES event(id), resident_id "
                       "INTEGER NOT NULL REFERENCES resident(id), PRIMARY KEY (event_id, resident_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX event_participant_resident ON event_participant(resident_id, event_id)"),
        // Volunteer hours served at an event; they count in the volunteer's service record.
        QStringLiteral("CREATE TABLE event_volunteer (event_id INTEGER NOT NULL REFERENCES event(id), volunteer_id "
                       "INTEGER NOT NULL REFERENCES volunteer(id), hours REAL NOT NULL, role TEXT, PRIMARY KEY "
                       "(event_id, volunteer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX event_volunteer_volunteer ON event_volunteer(volunteer_id, event_id)"),
        // Photos are files beside the database (see EventPhotos); only their names are stored.
        QStringLiteral("CREATE TABLE event_photo (id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES "
                       "event(id), file_name TEXT NOT NULL, caption TEXT, added_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX event_photo_event ON event_photo(event_id, id)"),
    };
}
