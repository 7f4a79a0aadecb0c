#include "fieldlabels.h"

#include "models/audit/auditentry.h"

#include "models/care/carelevels.h"
#include "models/register/registertypes.h"

QString FieldLabels::record(const QString &table, const QVariantMap &row, qint64 officeId)
{
    const auto text = [&row](const char *column) { return row.value(QLatin1String(column)).toString(); };
    if (table == QLatin1String("resident"))
        return tr("Resident %1").arg(text("name"));
    if (table == QLatin1String("household"))
        return tr("Household %1 unit %2 room %3").arg(officeId).arg(text("unit"), text("room"));
    if (table == QLatin1String("cases"))
        return tr("Case %1").arg(text("case_no"));
    if (table == QLatin1String("visit"))
        return tr("Visit of %1").arg(text("visited_on"));
    if (table == QLatin1String("visit_need"))
        return tr("Need \"%1\"").arg(text("description"));
    if (table == QLatin1String("case_step"))
        return tr("Case step %1").arg(text("action"));
    if (table == QLatin1String("resident_change"))
        return tr("Move of %1").arg(text("change_date"));
    if (table == QLatin1String("resident_tag"))
        return tr("Tag of resident %1").arg(text("resident_id"));
    if (table == QLatin1String("event_participant"))
        return tr("Participant of event %1").arg(text("event_id"));
    if (table == QLatin1String("birthday_attendance"))
        return tr("Birthday party attendance %1").arg(text("party_id"));
    if (table == QLatin1String("volunteer_assignment"))
        return tr("Shift attendance %1").arg(officeId);
    // Rows of a resident's ledgers, named by the resident (recordLabel looks the name up).
    const QString person = text("resident_name").isEmpty() ? text("resident_id") : text("resident_name");
    if (table == QLatin1String("care_attention"))
        return tr("Attention level of %1").arg(person);
    if (table == QLatin1String("resident_tag_period"))
        return tr("Tag period of %1").arg(person);
    if (table == QLatin1String("resident_tag_value"))
        return tr("Tag attribute of %1").arg(person);
    if (table == QLatin1String("custom_value"))
        return tr("%1 of %2")
            .arg(text("field_name").isEmpty() ? text("field_id") : text("field_name"),
                 person.isEmpty() ? text("record_id") : person);
    if (table == QLatin1String("care_pair"))
        return tr("Pairing with %1").arg(text("helper_name"));
    if (table == QLatin1String("place_role"))
        return tr("Building role of %1").arg(text("name"));
    if (table == QLatin1String("assistance"))
        return tr("Assistance of %1").arg(text("given_on"));
    return tr("%1 record %2").arg(table).arg(officeId);
}

QString FieldLabels::field(const QString &column)
{
    // The care and tag ledgers' columns the audit page has no names for.
    if (column == QLatin1String("level"))
        return tr("Attention level");
    if (column == QLatin1String("note"))
        return tr("Note");
    if (column == QLatin1String("value"))
        return tr("Value");
    if (column == QLatin1String("start_date"))
        return tr("Start date");
    if (column == QLatin1String("end_date"))
        return tr("End date");
    if (column == QLatin1String("resident_id"))
        return tr("Resident");
    if (column == QLatin1String("tag_id"))
        return tr("Tag");
    if (column == QLatin1String("period_id"))
        return tr("Tag period");
    if (column == QLatin1String("attribute_id"))
        return tr("Attribute");
    if (column == QLatin1String("helper_name"))
        return tr("Helper");
    if (column == QLatin1String("shift_id"))
        return tr("Shift");
    if (column == QLatin1String("volunteer_id"))
        return tr("Volunteer");
    // The audit page's names of columns, one table for both.
    return AuditEntry::fieldName(column);
}

QString FieldLabels::value(const QString &column, const QString &value)
{
    if (value.isEmpty())
        return tr("(empty)");
    if (column == QLatin1String("status"))
        return RegisterTypes::statusLabel(value);
    if (column == QLatin1String("residency_type"))
        return RegisterTypes::residencyLabel(value);
    if (column == QLatin1String("relation"))
        return RegisterTypes::relationLabel(value);
    if (column == QLatin1String("gender"))
        return RegisterTypes::genderLabel(value);
    if (column == QLatin1String("level"))
        return CareLevels::name(value);
    if (column == QLatin1String("housing_type"))
        return RegisterTypes::housingLabel(value);
    return value;
}
