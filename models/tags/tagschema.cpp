#include "tagschema.h"

QStringList TagSchema::statements()
{
    return {
        QStringLiteral("ALTER TABLE tag ADD COLUMN group_name TEXT"),
        QStringLiteral("ALTER TABLE tag ADD COLUMN merged_into INTEGER"),
        // type: text, number, date or choice; choices separated by '|'.
        QStringLiteral("CREATE TABLE tag_attribute (id INTEGER PRIMARY KEY, tag_id INTEGER NOT NULL REFERENCES "
                       "tag(id), code TEXT NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL, choices TEXT, "
                       "sort_order INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0, UNIQUE (tag_id, "
                       "code))"),
        // One row per time a resident had a tag; end_date NULL: the tag is current (and in resident_tag).
        // original_tag_id: the tag the period was started under, when a merge moved it.
        QStringLiteral("CREATE TABLE resident_tag_period (id INTEGER PRIMARY KEY, resident_id INTEGER NOT NULL "
                       "REFERENCES resident(id), tag_id INTEGER NOT NULL REFERENCES tag(id), start_date TEXT, "
                       "end_date TEXT, original_tag_id INTEGER, note TEXT, user_name TEXT, created_at TEXT NOT NULL, "
                       "ended_by TEXT)"),
        QStringLiteral("CREATE INDEX resident_tag_period_resident ON resident_tag_period(resident_id, tag_id)"),
        QStringLiteral("CREATE INDEX resident_tag_period_tag ON resident_tag_period(tag_id, end_date)"),
        // A value changed is a new row; the old one gets replaced_at, so the history stays.
        QStringLiteral("CREATE TABLE resident_tag_value (id INTEGER PRIMARY KEY, period_id INTEGER NOT NULL "
                       "REFERENCES resident_tag_period(id), attribute_id INTEGER NOT NULL REFERENCES "
                       "tag_attribute(id), value TEXT, set_at TEXT NOT NULL, user_name TEXT, replaced_at TEXT)"),
        QStringLiteral("CREATE INDEX resident_tag_value_period ON resident_tag_value(period_id, attribute_id)"),
        QStringLiteral("CREATE INDEX resident_tag_value_attribute ON resident_tag_value(attribute_id, value)"),
        // entity: resident or household.
        QStringLiteral("CREATE TABLE custom_field (id INTEGER PRIMARY KEY, entity TEXT NOT NULL, code TEXT NOT NULL, "
                       "name TEXT NOT NULL, type TEXT NOT NULL, choices TEXT, sort_order INTEGER NOT NULL DEFAULT 0, "
                       "archived INTEGER NOT NULL DEFAULT 0, UNIQUE (entity, code))"),
        QStringLiteral("CREATE TABLE custom_value (field_id INTEGER NOT NULL REFERENCES custom_field(id), record_id "
                       "INTEGER NOT NULL, value TEXT, PRIMARY KEY (field_id, record_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX custom_value_record ON custom_value(record_id, field_id)"),
        // The register's search finds a resident by a custom field's whole value (a plate number).
        QStringLiteral("CREATE INDEX custom_value_value ON custom_value(value)"),
        // The built-in tags' groups, and 社区矫正 with its term.
        QStringLiteral("UPDATE tag SET group_name = '困难群体' WHERE code IN ('low_income', 'disabled')"),
        QStringLiteral("UPDATE tag SET group_name = '重点人群' WHERE code IN ('living_alone', 'empty_nest')"),
        QStringLiteral("UPDATE tag SET group_name = '优抚对象' WHERE code = 'veteran'"),
        QStringLiteral("INSERT INTO tag (code, name, color, sort_order, group_name) SELECT 'community_correction', "
                       "'社区矫正', '#607d8b', 7, '重点人群' WHERE NOT EXISTS (SELECT 1 FROM tag WHERE code = "
                       "'community_correction')"),
        QStringLiteral("INSERT INTO tag_attribute (tag_id, code, name, type, choices, sort_order) SELECT t.id, "
                       "v.code, v.name, v.type, v.choices, v.sort_order FROM tag t JOIN (SELECT 'low_income' AS tag, "
                       "'dibao_number' AS code, '低保证号' AS name, 'text' AS type, NULL AS choices, 1 AS sort_order "
                       "UNION ALL SELECT 'low_income', 'amount', '金额', 'number', NULL, 2 UNION ALL SELECT "
                       "'low_income', 'review_date', '复核日期', 'date', NULL, 3 UNION ALL SELECT 'disabled', "
                       "'level', '残疾等级', 'choice', '一级|二级|三级|四级', 1 UNION ALL SELECT 'disabled', "
                       "'category', '残疾类别', 'choice', '视力|听力|言语|肢体|智力|精神|多重', 2 UNION ALL SELECT "
                       "'community_correction', 'term_end', '矫正期限', 'date', NULL, 1) v ON v.tag = t.code"),
        // The tags residents have today become open periods of unknown start.
        QStringLiteral("INSERT INTO resident_tag_period (resident_id, tag_id, created_at, note) SELECT resident_id, "
                       "tag_id, (SELECT coalesce(max(applied_at), '') FROM schema_version), 'v12' FROM resident_tag"),
    };
}
