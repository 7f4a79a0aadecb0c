#include "visitschema.h"

QStringList VisitSchema::statements()
{
    return {
        // One row per call at a household. grid_id is the building's grid on the day of the visit,
        // so moving a building to another grid later does not move its visit history.
        // Visits are archived, never deleted.
        QStringLiteral("CREATE TABLE visit (id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES "
                       "household(id), grid_id INTEGER REFERENCES grid(id), visited_on TEXT NOT NULL, worker TEXT, "
                       "met TEXT, notes TEXT, archived INTEGER NOT NULL DEFAULT 0, user_name TEXT, created_at TEXT "
                       "NOT NULL, updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX visit_grid ON visit(grid_id, visited_on, archived, household_id)"),
        // Covers "last visit of each household" for the coverage list.
        QStringLiteral("CREATE INDEX visit_household ON visit(household_id, visited_on, archived)"),
        QStringLiteral("CREATE INDEX visit_date ON visit(visited_on, archived)"),
        // What the residents asked for during a visit; case_id once it was made a case.
        QStringLiteral("CREATE TABLE visit_need (id INTEGER PRIMARY KEY, visit_id INTEGER NOT NULL REFERENCES "
                       "visit(id), description TEXT NOT NULL, case_id INTEGER REFERENCES cases(id), sort_order "
                       "INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX visit_need_visit ON visit_need(visit_id, sort_order)"),
        QStringLiteral("CREATE INDEX visit_need_case ON visit_need(case_id)"),
        // Errands done for residents (代办) are cases of kind 'errand' with their own short flow
        // (see CaseWorkflow); errand_type is an errand_type code.
        QStringLiteral("ALTER TABLE cases ADD COLUMN kind TEXT NOT NULL DEFAULT 'case'"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN errand_type TEXT"),
        QStringLiteral("ALTER TABLE cases ADD COLUMN visit_need_id INTEGER REFERENCES visit_need(id)"),
        // Errands done per grid and month.
        QStringLiteral("CREATE INDEX cases_kind ON cases(kind, closed_at, grid_id)"),
        // Kinds of errand are data a clerk may extend, like case categories.
        QStringLiteral("CREATE TABLE errand_type (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO errand_type (code, name, sort_order) VALUES "
                       "('pension_certification', '养老金资格认证', 1), ('unemployment', '失业登记', 2), "
                       "('certificate', '证明开具', 3), ('medical_insurance', '医保办理', 4), "
                       "('disability_certificate', '残疾证办理', 5), ('other', '其他', 6)"),
    };
}
