#include "careschema.h"

QStringList CareSchema::statements()
{
    return {
        // A rule: residents with this tag (and at least min_age years old) need their household
        // visited every rhythm_days days; level is 'normal' (一般), 'focus' (重点) or 'severe' (严重).
        // applies_from: a household never visited is overdue from then on.
        QStringLiteral("CREATE TABLE care_rule (id INTEGER PRIMARY KEY, tag_id INTEGER NOT NULL REFERENCES tag(id), "
                       "min_age INTEGER NOT NULL DEFAULT 0, level TEXT NOT NULL, rhythm_days INTEGER NOT NULL, "
                       "applies_from TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, note TEXT, user_name TEXT, "
                       "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX care_rule_tag ON care_rule(tag_id, active)"),
        // A resident's level set by hand, above whatever their tags' rules say (NULL: cleared).
        QStringLiteral("CREATE TABLE care_attention (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL UNIQUE "
                       "REFERENCES resident(id), level TEXT, note TEXT, user_name TEXT, updated_at TEXT NOT NULL)"),
        // 结对帮扶: a helper (cadre, party member or volunteer, linked when known) with a household.
        QStringLiteral("CREATE TABLE care_pair (id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES "
                       "household(id), helper_name TEXT NOT NULL, helper_kind TEXT NOT NULL, helper_phone TEXT, "
                       "resident_id INTEGER REFERENCES resident(id), volunteer_id INTEGER REFERENCES volunteer(id), "
                       "started_on TEXT NOT NULL, ended_on TEXT, note TEXT, archived INTEGER NOT NULL DEFAULT 0, "
                       "user_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX care_pair_household ON care_pair(household_id, started_on)"),
        QStringLiteral("CREATE INDEX care_pair_started ON care_pair(archived, started_on)"),
        QStringLiteral("CREATE TABLE care_pair_activity (id INTEGER PRIMARY KEY, pair_id INTEGER NOT NULL REFERENCES "
                       "care_pair(id), done_on TEXT NOT NULL, what TEXT NOT NULL, archived INTEGER NOT NULL DEFAULT "
                       "0, user_name TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX care_pair_activity_pair ON care_pair_activity(pair_id, done_on)"),
        // Kinds of assistance are a list the office extends, like errand types.
        QStringLiteral("CREATE TABLE assistance_kind (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT "
                       "NOT NULL, sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO assistance_kind (code, name, sort_order) VALUES ('temporary_relief', '临时救助', "
                       "1), ('condolence', '慰问', 2), ('goods', '物资', 3), ('other', '其他', 99)"),
        // Money in fen (integer, exact); grid_id is the household's grid on the day it was given,
        // so totals per grid stay as they were when a building changes grid.
        QStringLiteral("CREATE TABLE assistance (id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES "
                       "household(id), resident_id INTEGER REFERENCES resident(id), kind_id INTEGER NOT NULL "
                       "REFERENCES assistance_kind(id), amount_fen INTEGER, items TEXT, given_on TEXT NOT NULL, "
                       "given_by TEXT NOT NULL, grid_id INTEGER REFERENCES grid(id), note TEXT, archived INTEGER NOT "
                       "NULL DEFAULT 0, user_name TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assistance_household ON assistance(household_id, given_on)"),
        // Totals per month, grid and kind read one date range of this index.
        QStringLiteral("CREATE INDEX assistance_month ON assistance(given_on, archived, grid_id, kind_id, amount_fen)"),
        // 社区矫正 is not among the first built-in tags; add it unless the office already has it.
        QStringLiteral("INSERT INTO tag (code, name, color, sort_order) SELECT 'community_correction', '社区矫正', "
                       "'#546e7a', 7 WHERE NOT EXISTS (SELECT 1 FROM tag WHERE code = 'community_correction' OR name "
                       "= '社区矫正')"),
        // The default rhythms, applying from the upgrade on; the office changes them on the 重点人群 page.
        QStringLiteral("INSERT INTO care_rule (tag_id, min_age, level, rhythm_days, applies_from, created_at, "
                       "updated_at) SELECT t.id, v.min_age, v.level, v.rhythm_days, CAST(CURRENT_DATE AS TEXT), "
                       "CAST(CURRENT_DATE AS TEXT), CAST(CURRENT_DATE AS TEXT) FROM (SELECT 'living_alone' AS code, "
                       "'独居' AS name, 80 AS min_age, 'severe' AS "
                       "level, 7 AS rhythm_days UNION ALL SELECT 'living_alone', '独居', 0, 'focus', 14 UNION ALL "
                       "SELECT 'community_correction', '社区矫正', 0, 'focus', 30 UNION ALL SELECT 'disabled', '残疾', "
                       "0, 'normal', 30 UNION ALL SELECT 'low_income', '低保', 0, 'normal', 30) v JOIN tag t ON "
                       "t.code = v.code OR (t.name = v.name AND NOT EXISTS (SELECT 1 FROM tag c WHERE c.code = "
                       "v.code))"),
    };
}

QStringList CareSchema::rowVersionStatements()
{
    return {QStringLiteral("ALTER TABLE assistance ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1")};
}
