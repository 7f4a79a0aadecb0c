#include "fieldlabels.h"

#include "models/audit/auditentry.h"

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
    return tr("%1 record %2").arg(table).arg(officeId);
}

QString FieldLabels::field(const QString &column)
{
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
    if (column == QLatin1String("housing_type"))
        return RegisterTypes::housingLabel(value);
    return value;
}
