#include "mediationschema.h"

QStringList MediationSchema::statements()
{
    return {
        // status: MediationTypes::statuses(); kept NULL until the agreement's fate is known.
        // Archived, never deleted.
        QStringLiteral("CREATE TABLE mediation (id INTEGER PRIMARY KEY, received_on TEXT NOT NULL, kind TEXT NOT NULL, "
                       "matter TEXT NOT NULL, grid_id INTEGER REFERENCES grid(id), case_id INTEGER REFERENCES "
                       "cases(id), mediator TEXT, status TEXT NOT NULL, agreement TEXT, agreed_on TEXT, kept INTEGER, "
                       "notes TEXT, archived INTEGER NOT NULL DEFAULT 0, user_name TEXT, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX mediation_received ON mediation(archived, received_on, grid_id)"),
        QStringLiteral("CREATE INDEX mediation_case ON mediation(case_id)"),
        // A party: a resident of the register (name and numbers copied for the agreement as signed)
        // or an outside person. side: 'applicant' or 'respondent'.
        QStringLiteral("CREATE TABLE mediation_party (id INTEGER PRIMARY KEY, mediation_id INTEGER NOT NULL "
                       "REFERENCES mediation(id), sort_order INTEGER NOT NULL DEFAULT 0, side TEXT NOT NULL, "
                       "resident_id INTEGER REFERENCES resident(id), name TEXT NOT NULL, phone TEXT, id_number TEXT, "
                       "address TEXT, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX mediation_party_mediation ON mediation_party(mediation_id, archived)"),
        QStringLiteral("CREATE INDEX mediation_party_resident ON mediation_party(resident_id)"),
        QStringLiteral("CREATE TABLE mediation_session (id INTEGER PRIMARY KEY, mediation_id INTEGER NOT NULL "
                       "REFERENCES mediation(id), held_on TEXT NOT NULL, notes TEXT NOT NULL, archived INTEGER NOT "
                       "NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX mediation_session_mediation ON mediation_session(mediation_id, archived)"),
        // A rented room is a household's address; its landlord a resident or an outside person.
        QStringLiteral("CREATE TABLE rental_room (id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES "
                       "household(id), landlord_resident_id INTEGER REFERENCES resident(id), landlord_name TEXT NOT "
                       "NULL, landlord_phone TEXT, landlord_id_number TEXT, notes TEXT, archived INTEGER NOT NULL "
                       "DEFAULT 0, user_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX rental_room_household ON rental_room(household_id, archived)"),
        // A tenant with the permit's kind and dates; left_on: moved out (through the register's move-out).
        QStringLiteral("CREATE TABLE rental_tenant (id INTEGER PRIMARY KEY, room_id INTEGER NOT NULL REFERENCES "
                       "rental_room(id), resident_id INTEGER NOT NULL REFERENCES resident(id), permit TEXT NOT NULL, "
                       "permit_no TEXT, starts_on TEXT, expires_on TEXT, left_on TEXT, archived INTEGER NOT NULL "
                       "DEFAULT 0)"),
        QStringLiteral("CREATE INDEX rental_tenant_room ON rental_tenant(room_id, archived)"),
        QStringLiteral("CREATE INDEX rental_tenant_expiry ON rental_tenant(archived, left_on, expires_on)"),
    };
}
