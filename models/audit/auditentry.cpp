#include "auditentry.h"

#include "models/access/accessscope.h"
#include "models/cases/caseworkflow.h"
#include "models/cnrules/idnumber.h"
#include "models/cnrules/phonenumber.h"
#include "models/register/registertypes.h"
#include "models/volunteers/volunteer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QString();
    case QJsonValue::Bool:
        return v.toBool() ? AuditEntry::tr("Yes") : AuditEntry::tr("No");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString();
}

// Keys that hold ID or phone numbers, whatever table wrote them.
QString masked(const QString &key, const QString &value)
{
    const QString k = key.toLower();
    if (k.contains(QLatin1String("idnumber")) || k.contains(QLatin1String("id_number")))
        return IdNumber::mask(value);
    if (k.contains(QLatin1String("phone")))
        return PhoneNumber::mask(value);
    return value;
}

// Stores write camelCase or snake_case keys; both are looked up as snake_case.
QString snakeCase(const QString &key)
{
    QString k;
    for (const QChar c : key) {
        if (c.isUpper())
            k += QLatin1Char('_') + c.toLower();
        else
            k += c;
    }
    return k;
}

} // namespace

QList<AuditEntry::Field> AuditEntry::fields(bool revealNumbers) const
{
    const QJsonObject before = QJsonDocument::fromJson(beforeJson.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(afterJson.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!keys.contains(k))
            keys << k;
    QList<Field> list;
    for (const QString &k : std::as_const(keys)) {
        Field f;
        f.name = k;
        f.before = valueText(table, k, text(before.value(k)));
        f.after = valueText(table, k, text(after.value(k)));
        f.changed = f.before != f.after;
        if (!revealNumbers) {
            f.before = masked(k, f.before);
            f.after = masked(k, f.after);
        }
        list.append(f);
    }
    return list;
}

QString AuditEntry::record() const
{
    if (!recordText.isEmpty()) {
        // A household comes as "address|head": the way a clerk names it, "王五户".
        const qsizetype bar = recordText.indexOf(QLatin1Char('|'));
        if (bar < 0)
            return recordText;
        const QString address = recordText.left(bar).simplified();
        const QString head = recordText.mid(bar + 1).trimmed();
        return head.isEmpty() ? address : tr("%1 (%2's household)").arg(address, head);
    }
    return recordId > 0 ? QString::number(recordId) : QString();
}

QString AuditEntry::summary() const
{
    QStringList changed;
    for (const Field &f : fields(false))
        if (f.changed && f.name != QLatin1String("row_version") && f.name != QLatin1String("rowVersion"))
            changed << fieldName(f.name);
    const QString what = record().isEmpty() ? tableName(table) : tr("%1 %2").arg(tableName(table), record());
    if (changed.isEmpty() || action == QLatin1String("insert") || action == QLatin1String("intake"))
        return tr("%1 %2 %3", "who, did what, to which record").arg(who(), actionName(action), what);
    return tr("%1 %2 %3: %4", "who, did what, to which record: the fields changed")
        .arg(who(), actionName(action), what, changed.join(tr(", ")));
}

QString AuditEntry::actionName(const QString &action)
{
    // Codes written by the stores (and CaseWorkflow's actions); an unknown code is shown as is.
    static const QHash<QString, const char *> names{
        {QStringLiteral("insert"), QT_TR_NOOP("Added")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("save"), QT_TR_NOOP("Saved")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("undo"), QT_TR_NOOP("Undone (Edit menu)")},
        {QStringLiteral("redo"), QT_TR_NOOP("Redone (Edit menu)")},
        {QStringLiteral("remove"), QT_TR_NOOP("Removed")},
        {QStringLiteral("done"), QT_TR_NOOP("Marked done")},
        {QStringLiteral("reveal"), QT_TR_NOOP("Numbers shown")},
        {QStringLiteral("password"), QT_TR_NOOP("Password set")},
        {QStringLiteral("disable"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("enable"), QT_TR_NOOP("Enabled")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("intake"), QT_TR_NOOP("Case received")},
        {QStringLiteral("assess"), QT_TR_NOOP("Assessed")},
        {QStringLiteral("assign"), QT_TR_NOOP("Assigned")},
        {QStringLiteral("supervise"), QT_TR_NOOP("Supervised")},
        {QStringLiteral("close"), QT_TR_NOOP("Closed")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Followed up")},
        {QStringLiteral("reopen"), QT_TR_NOOP("Reopened")},
        {QStringLiteral("reinstate"), QT_TR_NOOP("Reinstated")},
        {QStringLiteral("withdraw"), QT_TR_NOOP("Intake withdrawn")},
        {QStringLiteral("raise_case"), QT_TR_NOOP("Made a case")},
        {QStringLiteral("attendance"), QT_TR_NOOP("Attendance")},
        {QStringLiteral("hours"), QT_TR_NOOP("Hours changed")},
        {QStringLiteral("placement"), QT_TR_NOOP("Grid placement")},
        {QStringLiteral("area"), QT_TR_NOOP("Area changed")},
        {QStringLiteral("assign_grid"), QT_TR_NOOP("Grid assigned")},
        {QStringLiteral("boundary"), QT_TR_NOOP("Boundary drawn")},
        {QStringLiteral("position"), QT_TR_NOOP("Moved on the map")},
        {QStringLiteral("dual_report"), QT_TR_NOOP("Dual report changed")},
        {QStringLiteral("birthday_calendar"), QT_TR_NOOP("Birthday calendar changed")},
        // A field copy's changes, merged back (models/field): named after the field worker.
        {QStringLiteral("field_insert"), QT_TR_NOOP("Added in the field")},
        {QStringLiteral("field_update"), QT_TR_NOOP("Changed in the field")},
        {QStringLiteral("field_remove"), QT_TR_NOOP("Removed in the field")},
        {QStringLiteral("field_merge"), QT_TR_NOOP("Field copy merged")},
        // Two records of one person made one (models/dedupe), and undone.
        {QStringLiteral("merge"), QT_TR_NOOP("Merged")},
        {QStringLiteral("unmerge"), QT_TR_NOOP("Merge undone")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(*it);
}

QString AuditEntry::valueText(const QString &table, const QString &key, const QString &value)
{
    if (value.isEmpty())
        return value;
    const QString k = snakeCase(key);
    if (table == QLatin1String("resident")) {
        if (k == QLatin1String("gender"))
            return RegisterTypes::genderLabel(value);
        if (k == QLatin1String("residency_type"))
            return RegisterTypes::residencyLabel(value);
        if (k == QLatin1String("status"))
            return RegisterTypes::statusLabel(value);
        if (k == QLatin1String("relation"))
            return RegisterTypes::relationLabel(value);
    } else if (table == QLatin1String("cases")) {
        if (k == QLatin1String("status"))
            return CaseWorkflow::statusLabel(value);
        if (k == QLatin1String("kind"))
            return CaseWorkflow::kindLabel(value);
        if (k == QLatin1String("source"))
            return CaseWorkflow::sourceLabel(value);
        if (k == QLatin1String("satisfaction"))
            return CaseWorkflow::satisfactionLabel(value);
    } else if (table == QLatin1String("volunteer") && k == QLatin1String("status")) {
        return Volunteer::statusLabel(value);
    } else if (table == QLatin1String("account") && k == QLatin1String("role")) {
        const AccessScope::Role role = AccessScope::roleFromCode(value);
        return AccessScope::roleCode(role) == value ? AccessScope::roleName(role) : value;
    }
    return value;
}

QString AuditEntry::fieldName(const QString &key)
{
    const QString k = snakeCase(key);
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
        {QStringLiteral("housing_type"), QT_TR_NOOP("Housing type")},
        {QStringLiteral("moved_in"), QT_TR_NOOP("Moved in")},
        {QStringLiteral("moved_out"), QT_TR_NOOP("Moved out")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("reporter_name"), QT_TR_NOOP("Reporter")},
        {QStringLiteral("reporter_phone"), QT_TR_NOOP("Reporter's phone")},
        {QStringLiteral("birthday_calendar"), QT_TR_NOOP("Birthday calendar")},
        {QStringLiteral("household_id"), QT_TR_NOOP("Household")},
        {QStringLiteral("household"), QT_TR_NOOP("Household")},
        {QStringLiteral("building"), QT_TR_NOOP("Building")},
        {QStringLiteral("compound"), QT_TR_NOOP("Compound")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},
        {QStringLiteral("room"), QT_TR_NOOP("Room")},
        {QStringLiteral("grid"), QT_TR_NOOP("Grid")},
        {QStringLiteral("grid_id"), QT_TR_NOOP("Grid")},
        {QStringLiteral("grids"), QT_TR_NOOP("Grids")},
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("case_no"), QT_TR_NOOP("Case no.")},
        {QStringLiteral("category_id"), QT_TR_NOOP("Category")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("deadline_days"), QT_TR_NOOP("Days allowed")},
        {QStringLiteral("assignee"), QT_TR_NOOP("Assignee")},
        {QStringLiteral("step_id"), QT_TR_NOOP("Step")},
        {QStringLiteral("row_version"), QT_TR_NOOP("Version")},
        {QStringLiteral("case_id"), QT_TR_NOOP("Case")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("topic"), QT_TR_NOOP("Topic")},
        {QStringLiteral("place"), QT_TR_NOOP("Place")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("held"), QT_TR_NOOP("Held on")},
        {QStringLiteral("visited_on"), QT_TR_NOOP("Visited on")},
        {QStringLiteral("met"), QT_TR_NOOP("Met")},
        {QStringLiteral("worker"), QT_TR_NOOP("Grid worker")},
        {QStringLiteral("needs"), QT_TR_NOOP("Needs raised")},
        {QStringLiteral("start"), QT_TR_NOOP("Start")},
        {QStringLiteral("end"), QT_TR_NOOP("End")},
        {QStringLiteral("from"), QT_TR_NOOP("From")},
        {QStringLiteral("to"), QT_TR_NOOP("To")},
        {QStringLiteral("until"), QT_TR_NOOP("Until")},
        {QStringLiteral("hours"), QT_TR_NOOP("Hours")},
        {QStringLiteral("points"), QT_TR_NOOP("Points")},
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("disabled"), QT_TR_NOOP("Disabled")},
        {QStringLiteral("login"), QT_TR_NOOP("Login")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("type"), QT_TR_NOOP("Type")},
        {QStringLiteral("participants"), QT_TR_NOOP("Participants")},
        {QStringLiteral("extra"), QT_TR_NOOP("Head count")},
        {QStringLiteral("attendees"), QT_TR_NOOP("Attendees")},
        {QStringLiteral("motions"), QT_TR_NOOP("Motions")},
        {QStringLiteral("tasks"), QT_TR_NOOP("Tasks")},
        {QStringLiteral("owner"), QT_TR_NOOP("Owner")},
        {QStringLiteral("due"), QT_TR_NOOP("Due")},
        {QStringLiteral("done"), QT_TR_NOOP("Done on")},
        {QStringLiteral("organiser"), QT_TR_NOOP("Organiser")},
        {QStringLiteral("leader"), QT_TR_NOOP("Leader")},
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("volunteer"), QT_TR_NOOP("Volunteer")},
        {QStringLiteral("team"), QT_TR_NOOP("Team")},
        {QStringLiteral("shown"), QT_TR_NOOP("Shown")},
        {QStringLiteral("imported"), QT_TR_NOOP("Imported")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("updated"), QT_TR_NOOP("Updated")},
    };
    const auto it = names.constFind(k);
    return it == names.constEnd() ? key : tr(*it);
}

QString AuditEntry::tableName(const QString &table)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("account"), QT_TR_NOOP("Accounts")},
        {QStringLiteral("area"), QT_TR_NOOP("Areas")},
        {QStringLiteral("birthday_party"), QT_TR_NOOP("Birthday parties")},
        {QStringLiteral("building"), QT_TR_NOOP("Buildings")},
        {QStringLiteral("case_category"), QT_TR_NOOP("Case categories")},
        {QStringLiteral("cases"), QT_TR_NOOP("Cases")},
        {QStringLiteral("compound"), QT_TR_NOOP("Compounds")},
        {QStringLiteral("event"), QT_TR_NOOP("Events")},
        {QStringLiteral("event_photo"), QT_TR_NOOP("Event photos")},
        {QStringLiteral("event_type"), QT_TR_NOOP("Event types")},
        {QStringLiteral("grid"), QT_TR_NOOP("Grids")},
        {QStringLiteral("household"), QT_TR_NOOP("Households")},
        {QStringLiteral("import"), QT_TR_NOOP("Imports")},
        {QStringLiteral("meeting"), QT_TR_NOOP("Meetings")},
        {QStringLiteral("meeting_kind"), QT_TR_NOOP("Meeting kinds")},
        {QStringLiteral("meeting_task"), QT_TR_NOOP("Meeting tasks")},
        {QStringLiteral("party_contact"), QT_TR_NOOP("Party-member households")},
        {QStringLiteral("resident"), QT_TR_NOOP("Residents")},
        {QStringLiteral("resident_distinct"), QT_TR_NOOP("Residents marked not the same person")},
        {QStringLiteral("resident_merge"), QT_TR_NOOP("Merged residents")},
        {QStringLiteral("visit"), QT_TR_NOOP("Visits")},
        {QStringLiteral("visit_need"), QT_TR_NOOP("Needs raised on visits")},
        {QStringLiteral("volunteer"), QT_TR_NOOP("Volunteers")},
        {QStringLiteral("volunteer_assignment"), QT_TR_NOOP("Shift assignments")},
        {QStringLiteral("volunteer_point_entry"), QT_TR_NOOP("Volunteer points")},
        {QStringLiteral("volunteer_point_rule"), QT_TR_NOOP("Point rules")},
        {QStringLiteral("volunteer_post"), QT_TR_NOOP("Volunteer posts")},
        {QStringLiteral("volunteer_reward"), QT_TR_NOOP("Rewards")},
        {QStringLiteral("volunteer_shift"), QT_TR_NOOP("Shifts")},
        {QStringLiteral("volunteer_shift_pattern"), QT_TR_NOOP("Shift patterns")},
        {QStringLiteral("volunteer_team"), QT_TR_NOOP("Volunteer teams")},
    };
    const auto it = names.constFind(table);
    return it == names.constEnd() ? table : tr(*it);
}
