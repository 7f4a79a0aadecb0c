#include "lifeeventschema.h"

QStringList LifeEventSchema::statements()
{
    return {
        QStringLiteral("CREATE TABLE life_event_rule (id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, event TEXT "
                       "NOT NULL, age INTEGER NOT NULL DEFAULT 0, lead_days INTEGER NOT NULL DEFAULT 0, errand_type "
                       "TEXT NOT NULL, wording TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, sort_order INTEGER "
                       "NOT NULL DEFAULT 0)"),
        // One row per errand a rule opened: the unique key is what keeps it from being opened twice.
        QStringLiteral("CREATE TABLE life_event_errand (id INTEGER PRIMARY KEY, rule_id INTEGER NOT NULL REFERENCES "
                       "life_event_rule(id), resident_id INTEGER NOT NULL REFERENCES resident(id), occasion TEXT NOT "
                       "NULL, case_id INTEGER REFERENCES cases(id), opened_at TEXT NOT NULL, user_name TEXT, "
                       "UNIQUE (rule_id, resident_id, occasion))"),
        QStringLiteral("CREATE INDEX life_event_errand_resident ON life_event_errand(resident_id)"),
        // The kinds of errand the rules open, unless the office already has them.
        QStringLiteral("INSERT INTO errand_type (code, name, sort_order) SELECT v.code, v.name, v.sort_order FROM "
                       "(SELECT 'senior_card' AS code, '老年优待证办理' AS name, 11 AS sort_order UNION ALL SELECT "
                       "'longevity_allowance', '高龄津贴申请', 12 UNION ALL SELECT 'longevity_review', "
                       "'高龄津贴资格认证', 13 UNION ALL SELECT 'funeral_grant', '丧葬补助申请', 14 UNION ALL SELECT "
                       "'birth_registration', '出生登记与户口申报', 15 UNION ALL SELECT 'residence_permit', "
                       "'居住证办理', 16) v WHERE NOT EXISTS (SELECT 1 FROM errand_type e WHERE e.code = v.code)"),
        // 其他 stays the last choice of the list.
        QStringLiteral("UPDATE errand_type SET sort_order = 99 WHERE code = 'other' AND sort_order < 99"),
        // Sensible defaults; the wording and the lead time are the office's to change.
        QStringLiteral(
            "INSERT INTO life_event_rule (code, event, age, lead_days, errand_type, wording, sort_order) VALUES "
            "('senior_card', 'age', 60, 0, 'senior_card', '{name}于{date}年满60周岁，可办理老年优待证', 1), "
            "('longevity_80', 'age', 80, 0, 'longevity_allowance', '{name}于{date}年满80周岁，协助申请高龄津贴', 2), "
            "('longevity_90', 'age', 90, 0, 'longevity_allowance', '{name}于{date}年满90周岁，高龄津贴调整档次', 3), "
            "('longevity_100', 'age', 100, 0, 'longevity_allowance', '{name}于{date}年满100周岁，申请百岁老人津贴', "
            "4), "
            "('longevity_review', 'yearly', 80, 30, 'longevity_review', "
            "'{name}（{age}岁）高龄津贴年度资格认证，生日{date}前完成', 5), "
            "('funeral_grant', 'death', 0, 0, 'funeral_grant', "
            "'{name}于{date}去世，协助家属申请丧葬补助、办理户口注销', 6), "
            "('birth', 'birth', 0, 0, 'birth_registration', '{name}于{date}出生，指导家属办理出生登记和户口申报', 7), "
            "('move_in', 'move_in', 0, 0, 'residence_permit', '{name}于{date}迁入，户口在外地，指导办理居住证', 8)"),
    };
}

QStringList LifeEventSchema::tagDateStatements()
{
    return {
        QStringLiteral("ALTER TABLE life_event_rule ADD COLUMN tag_code TEXT"),
        QStringLiteral("ALTER TABLE life_event_rule ADD COLUMN attribute_code TEXT"),
        QStringLiteral("INSERT INTO errand_type (code, name, sort_order) SELECT 'low_income_review', '低保复核', 17 "
                       "WHERE NOT EXISTS (SELECT 1 FROM errand_type e WHERE e.code = 'low_income_review')"),
        // A month ahead by default; the wording and the lead time are the office's to change.
        QStringLiteral("INSERT INTO life_event_rule (code, event, age, lead_days, errand_type, wording, sort_order, "
                       "tag_code, attribute_code) VALUES ('low_income_review', 'tag_date', 0, 30, "
                       "'low_income_review', '{name}的低保于{date}复核，请提前准备复核材料、入户核查', 9, "
                       "'low_income', 'review_date')"),
    };
}
