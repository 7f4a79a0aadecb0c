#include "caseschema.h"

QStringList CaseSchema::statements()
{
    return {
        // Categories are data a clerk may extend; deadline_days sets a new case's deadline.
        QStringLiteral("CREATE TABLE case_category (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT "
                       "NULL, deadline_days INTEGER NOT NULL DEFAULT 7, sort_order INTEGER NOT NULL DEFAULT 0, "
                       "archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO case_category (code, name, deadline_days, sort_order) VALUES "
                       "('environment', '环境卫生', 3, 1), ('property', '物业管理', 7, 2), "
                       "('dispute', '矛盾纠纷', 15, 3), ('safety', '治安安全', 3, 4), "
                       "('traffic', '交通停车', 7, 5), ('facilities', '设施维修', 7, 6), "
                       "('assistance', '社会救助', 15, 7), ('other', '其他', 7, 8)"),
        // status: received 受理, assessed 研判, assigned 交办, supervised 督办, closed 办结,
        // followed_up 回访 (see CaseWorkflow). source: patrol, visit, phone, hotline, online, other.
        // grid_id is kept even when building_id is given, so moving a building later does not
        // rewrite history. closed_at - received_at is the time to resolve.
        QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY, case_no TEXT NOT NULL UNIQUE, source TEXT NOT "
                       "NULL, category_id INTEGER NOT NULL REFERENCES case_category(id), grid_id INTEGER REFERENCES "
                       "grid(id), building_id INTEGER REFERENCES building(id), location TEXT, reporter_resident_id "
                       "INTEGER REFERENCES resident(id), reporter_name TEXT, reporter_phone TEXT, description TEXT "
                       "NOT NULL, received_at TEXT NOT NULL, deadline TEXT NOT NULL, status TEXT NOT NULL DEFAULT "
                       "'received', assignee TEXT, result TEXT, closed_at TEXT, satisfaction TEXT, followed_up_at "
                       "TEXT, reopen_count INTEGER NOT NULL DEFAULT 0, user_name TEXT, created_at TEXT NOT NULL, "
                       "updated_at TEXT NOT NULL, row_version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX cases_received ON cases(received_at, grid_id, status, closed_at, category_id)"),
        // Covering for the report's "overdue at the month's end" (closed only after that moment).
        QStringLiteral("CREATE INDEX cases_closed ON cases(closed_at, grid_id, received_at, status, deadline) WHERE "
                       "closed_at IS NOT NULL"),
        // Open cases by deadline; received_at and grid_id make it cover the overdue counts.
        QStringLiteral("CREATE INDEX cases_status ON cases(status, deadline, received_at, grid_id)"),
        QStringLiteral("CREATE INDEX cases_followed_up ON cases(followed_up_at, grid_id, satisfaction) WHERE "
                       "followed_up_at IS NOT NULL"),
        QStringLiteral("CREATE INDEX cases_grid ON cases(grid_id, received_at)"),
        QStringLiteral("CREATE INDEX cases_reporter ON cases(reporter_resident_id) WHERE reporter_resident_id IS NOT "
                       "NULL"),
        // One row per workflow step: the case's timeline. Never updated or deleted.
        // result, satisfaction and reason hold what closure, follow-up and reopening require.
        QStringLiteral("CREATE TABLE case_step (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES "
                       "cases(id), action TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL, at TEXT NOT NULL, "
                       "by_name TEXT, to_whom TEXT, note TEXT, result TEXT, satisfaction TEXT, reason TEXT, "
                       "user_name TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX case_step_case ON case_step(case_id, id)"),
    };
}

QStringList CaseSchema::notableStatements()
{
    // status for the withdrawn cases left out; id last: PostgreSQL's index-only scan needs it in the index (SQLite's
    // indexes hold it anyway).
    return {
        QStringLiteral("CREATE INDEX cases_notable_received ON cases(received_at, reopen_count, satisfaction, "
                       "deadline, closed_at, grid_id, status, id)"),
        QStringLiteral("CREATE INDEX cases_notable_followed ON cases(followed_up_at, reopen_count, satisfaction, "
                       "deadline, closed_at, grid_id, status, received_at, id) WHERE followed_up_at IS NOT NULL"),
    };
}

QStringList CaseSchema::summaryStatements()
{
    return {
        // grid_id 0 stands for "no grid" so it can be part of the key. Clustered on the key: the
        // dashboard reads month ranges of them.
        QStringLiteral("CREATE TABLE case_month (month TEXT NOT NULL, grid_id INTEGER NOT NULL, category_id INTEGER "
                       "NOT NULL, received INTEGER NOT NULL DEFAULT 0, received_closed INTEGER NOT NULL DEFAULT 0, "
                       "closed INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, grid_id, category_id)) WITHOUT ROWID"),
        QStringLiteral(
            "CREATE TABLE case_close_minutes (month TEXT NOT NULL, grid_id INTEGER NOT NULL, minutes TEXT NOT "
            "NULL DEFAULT '', PRIMARY KEY (month, grid_id)) WITHOUT ROWID"),
    };
}

QStringList CaseSchema::withdrawalStatements()
{
    // Nothing is deleted: a withdrawn case keeps its row and steps; withdrawn_from is the status
    // it had, written back when it is reinstated.
    return {QStringLiteral("ALTER TABLE cases ADD COLUMN withdrawn_from TEXT")};
}
