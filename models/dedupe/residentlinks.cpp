#include "residentlinks.h"

QString ResidentLink::selectMovable() const
{
    // Table and column names are the constants of all(), never user text.
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(keys.join(QStringLiteral(", ")), table, column);
    if (unique) {
        QString twin = QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM %1 x WHERE x.%2 = ?").arg(table, column);
        for (const QString &c : uniqueWith)
            twin += QStringLiteral(" AND x.%1 = %2.%1").arg(c, table);
        sql += twin + QLatin1Char(')');
    }
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(condition);
    return sql + QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "));
}

QString ResidentLink::updateOne() const
{
    QString sql = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?").arg(table, column);
    for (const QString &k : keys)
        sql += QStringLiteral(" AND %1 = ?").arg(k);
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND (%1)").arg(condition);
    return sql;
}

QString ResidentLinks::residentCustomFields()
{
    return QStringLiteral("field_id IN (SELECT cf.id FROM custom_field cf WHERE cf.entity = 'resident')");
}

QList<ResidentLink> ResidentLinks::all()
{
    const QString id = QStringLiteral("id");
    return {
        {QStringLiteral("resident_tag"),
         QStringLiteral("resident_id"),
         {QStringLiteral("tag_id")},
         {QStringLiteral("tag_id")},
         true},
        // A tag's periods (and through them its values) go with the tag: a tag both records have keeps the
        // kept record's history, as resident_tag does.
        {QStringLiteral("resident_tag_period"), QStringLiteral("resident_id"), {id}, {QStringLiteral("tag_id")}, true},
        {QStringLiteral("resident_change"), QStringLiteral("resident_id"), {id}, {}, false},
        {QStringLiteral("birthday_attendance"),
         QStringLiteral("resident_id"),
         {QStringLiteral("party_id")},
         {QStringLiteral("party_id")},
         true},
        // Cases the person reported, errands done for them (errands are cases of their own kind).
        {QStringLiteral("cases"), QStringLiteral("reporter_resident_id"), {id}, {}, false},
        {QStringLiteral("event_participant"),
         QStringLiteral("resident_id"),
         {QStringLiteral("event_id")},
         {QStringLiteral("event_id")},
         true},
        {QStringLiteral("meeting_attendee"),
         QStringLiteral("resident_id"),
         {QStringLiteral("meeting_id")},
         {QStringLiteral("meeting_id")},
         true},
        {QStringLiteral("party_contact"), QStringLiteral("resident_id"), {id}, {}, false},
        // One volunteer per resident: a second one stays on the merged record.
        {QStringLiteral("volunteer"), QStringLiteral("resident_id"), {id}, {}, true},
        {QStringLiteral("life_event_errand"),
         QStringLiteral("resident_id"),
         {id},
         {QStringLiteral("rule_id"), QStringLiteral("occasion")},
         true},
        // The office's custom fields: a field both records have keeps the kept record's value (the
        // merge records the other's); household fields share the table and stay where they are.
        {QStringLiteral("custom_value"),
         QStringLiteral("record_id"),
         {QStringLiteral("field_id")},
         {QStringLiteral("field_id")},
         true,
         residentCustomFields()},
    };
}
