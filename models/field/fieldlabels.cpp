#include "fieldlabels.h"

#include "models/register/registertypes.h"

#include <QHash>

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
    static const QHash<QString, const char *> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("gender"), QT_TR_NOOP("Gender")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("relation"), QT_TR_NOOP("Relation to head")},
        {QStringLiteral("residency_type"), QT_TR_NOOP("Residency")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("status_date"), QT_TR_NOOP("Status date")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("housing_type"), QT_TR_NOOP("Housing type")},
        {QStringLiteral("moved_in"), QT_TR_NOOP("Moved in")},
        {QStringLiteral("moved_out"), QT_TR_NOOP("Moved out")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("reporter_name"), QT_TR_NOOP("Reporter")},
        {QStringLiteral("reporter_phone"), QT_TR_NOOP("Reporter's phone")},
        {QStringLiteral("birthday_calendar"), QT_TR_NOOP("Birthday calendar")},
    };
    const auto it = names.constFind(column);
    return it == names.constEnd() ? column : tr(*it);
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
