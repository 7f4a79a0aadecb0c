#include "fieldtables.h"

QString FieldTable::foreignTable(const QString &column) const
{
    for (const ForeignKey &fk : foreignKeys)
        if (fk.column == column)
            return fk.table;
    return {};
}

const QList<FieldTable> &FieldTables::all()
{
    using K = FieldTable::Kind;
    const QString id = QStringLiteral("id");
    const QString resident = QStringLiteral("resident");
    const QString household = QStringLiteral("household");
    static const QList<FieldTable> tables{
        {household, {id}, K::Record, {}},
        // One resident per ID number: the same person added on both sides is one resident.
        {resident, {id}, K::Record, {{QStringLiteral("household_id"), household}}, {{QStringLiteral("id_number")}, {}}},
        // Building roles (models/register): who is 楼栋长 or 物业 of a compound, building or unit.
        {QStringLiteral("place_role"), {id}, K::Record, {{QStringLiteral("resident_id"), resident}}},
        {QStringLiteral("resident_tag"),
         {QStringLiteral("resident_id"), QStringLiteral("tag_id")},
         K::Link,
         {{QStringLiteral("resident_id"), resident}}},
        {QStringLiteral("resident_change"),
         {id},
         K::AppendOnly,
         {{QStringLiteral("resident_id"), resident},
          {QStringLiteral("from_household_id"), household},
          {QStringLiteral("to_household_id"), household}}},
        // A resident's tag periods (models/tags): given, ended, their note; a changed value is a new
        // row and the old one gets replaced_at, so values merge like records.
        // One open period of a tag per resident, one current value per attribute of a period: the
        // same tag given on both sides is one period.
        {QStringLiteral("resident_tag_period"),
         {id},
         K::Record,
         {{QStringLiteral("resident_id"), resident}},
         {{QStringLiteral("resident_id"), QStringLiteral("tag_id")}, QStringLiteral("end_date IS NULL")}},
        {QStringLiteral("resident_tag_value"),
         {id},
         K::Record,
         {{QStringLiteral("period_id"), QStringLiteral("resident_tag_period")}},
         {{QStringLiteral("period_id"), QStringLiteral("attribute_id")}, QStringLiteral("replaced_at IS NULL")}},
        // The office's custom values: record_id is a resident or a household by the field's entity,
        // so FieldMerge maps it itself (customValueRecord) rather than by one foreign table.
        {QStringLiteral("custom_value"),
         {QStringLiteral("field_id"), QStringLiteral("record_id")},
         K::Link,
         {},
         {},
         true},
        // The care ledgers (models/care): a resident's attention level, 结对帮扶 pairs and what they
        // did, assistance given.
        // care_attention is UNIQUE(resident_id); an open pair of one helper with one household is one pairing.
        {QStringLiteral("care_attention"),
         {id},
         K::Record,
         {{QStringLiteral("resident_id"), resident}},
         {{QStringLiteral("resident_id")}, {}}},
        {QStringLiteral("care_pair"),
         {id},
         K::Record,
         {{QStringLiteral("household_id"), household}, {QStringLiteral("resident_id"), resident}},
         {{QStringLiteral("household_id"), QStringLiteral("helper_name")},
          QStringLiteral("ended_on IS NULL AND archived = 0")}},
        {QStringLiteral("care_pair_activity"),
         {id},
         K::AppendOnly,
         {{QStringLiteral("pair_id"), QStringLiteral("care_pair")}}},
        {QStringLiteral("assistance"),
         {id},
         K::Record,
         {{QStringLiteral("household_id"), household}, {QStringLiteral("resident_id"), resident}}},
        {QStringLiteral("visit"), {id}, K::AppendOnly, {{QStringLiteral("household_id"), household}}},
        // A need points at the case it opened and the case back at its need: whichever comes
        // second is filled in after both are in (FieldMerge's deferred keys).
        {QStringLiteral("cases"),
         {id},
         K::Record,
         {{QStringLiteral("reporter_resident_id"), resident},
          {QStringLiteral("visit_need_id"), QStringLiteral("visit_need")}}},
        {QStringLiteral("visit_need"),
         {id},
         K::AppendOnly,
         {{QStringLiteral("visit_id"), QStringLiteral("visit")}, {QStringLiteral("case_id"), QStringLiteral("cases")}}},
        {QStringLiteral("case_step"), {id}, K::AppendOnly, {{QStringLiteral("case_id"), QStringLiteral("cases")}}},
        {QStringLiteral("event_participant"),
         {QStringLiteral("event_id"), QStringLiteral("resident_id")},
         K::Link,
         {{QStringLiteral("resident_id"), resident}}},
        {QStringLiteral("birthday_attendance"),
         {QStringLiteral("party_id"), QStringLiteral("resident_id")},
         K::Link,
         {{QStringLiteral("resident_id"), resident}}},
        // UNIQUE (shift_id, volunteer_id) WHERE status = 'assigned': one volunteer on one shift once.
        {QStringLiteral("volunteer_assignment"),
         {id},
         K::AppendOnly,
         {},
         {{QStringLiteral("shift_id"), QStringLiteral("volunteer_id")}, QStringLiteral("status = 'assigned'")}},
        {QStringLiteral("volunteer_hour_adjustment"),
         {id},
         K::AppendOnly,
         {{QStringLiteral("assignment_id"), QStringLiteral("volunteer_assignment")}}},
    };
    return tables;
}

const FieldTable *FieldTables::find(const QString &name)
{
    for (const FieldTable &t : all())
        if (t.name == name)
            return &t;
    return nullptr;
}

bool FieldTables::isBookkeeping(const QString &column)
{
    static const QStringList columns{QStringLiteral("row_version"),   QStringLiteral("updated_at"),
                                     QStringLiteral("created_at"),    QStringLiteral("name_key"),
                                     QStringLiteral("name_initials"), QStringLiteral("name_pinyin"),
                                     QStringLiteral("birth_md"),      QStringLiteral("birth_lunar_md")};
    return columns.contains(column);
}

bool FieldTables::isStamp(const QString &column)
{
    return column == QLatin1String("user_name") || column == QLatin1String("set_at");
}
