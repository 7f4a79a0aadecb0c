#include "dualreporthours.h"

#include "models/core/sqlquery.h"
#include "servicerecords.h"
#include "volunteerrows.h"

#include <algorithm>
#include <QMap>

DualReportHours::DualReportHours(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QString DualReportHours::unitText(const QString &name)
{
    return name.isEmpty() ? tr("(no work unit)") : name;
}

QList<DualReportHours::Unit> DualReportHours::units(const QDate &from, const QDate &to) const
{
    QMap<QString, Unit> byName;
    SqlQuery members(m_db, QStringLiteral("SELECT coalesce(trim(v.work_unit), ''), count(*) FROM volunteer v WHERE "
                                          "v.dual_report = 1 AND v.status <> 'left'") +
                               VolunteerRows::volunteers(m_scope, QStringLiteral("v")) +
                               QStringLiteral(" GROUP BY coalesce(trim(v.work_unit), '')"));
    if (members.exec())
        while (members.next()) {
            Unit &u = byName[members.value(0).toString()];
            u.name = members.value(0).toString();
            u.members = members.value(1).toInt();
        }
    SqlQuery hours(m_db, QStringLiteral("SELECT coalesce(trim(v.work_unit), ''), sum(x.hours), count(DISTINCT "
                                        "x.volunteer_id), count(*) FROM (") +
                             ServiceRecords::recordsSql(false) +
                             QStringLiteral(") x JOIN volunteer v ON v.id = x.volunteer_id WHERE v.dual_report = 1") +
                             VolunteerRows::service(m_scope, QStringLiteral("x")) +
                             QStringLiteral(" GROUP BY coalesce(trim(v.work_unit), '')"));
    for (const QVariant &v : ServiceRecords::bindings(from, to))
        hours.bind(v);
    if (hours.exec())
        while (hours.next()) {
            Unit &u = byName[hours.value(0).toString()];
            u.name = hours.value(0).toString();
            u.hours = ServiceRecords::roundHours(hours.value(1).toDouble());
            u.served = hours.value(2).toInt();
            u.records = hours.value(3).toInt();
        }
    QList<Unit> list = byName.values();
    std::stable_sort(list.begin(), list.end(), [](const Unit &a, const Unit &b) {
        if (a.hours != b.hours)
            return a.hours > b.hours;
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty(); // "no work unit" last among equals
        return a.name < b.name;
    });
    return list;
}

DualReportHours::Unit DualReportHours::total(const QList<Unit> &units)
{
    Unit t;
    t.name = tr("Total");
    for (const Unit &u : units) {
        t.members += u.members;
        t.served += u.served;
        t.hours += u.hours;
        t.records += u.records;
    }
    t.hours = ServiceRecords::roundHours(t.hours);
    return t;
}
