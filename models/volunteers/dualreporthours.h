#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Service hours of in-service party members (在职党员双报到) totalled per work unit, from the same
// counted service as every other volunteer figure (ServiceRecords: attended shifts and event
// hours). Units are matched on their trimmed name; members without a unit form one row.
class DualReportHours final
{
    Q_DECLARE_TR_FUNCTIONS(DualReportHours)

public:
    struct Unit
    {
        QString name;    // empty: no work unit entered
        int members = 0; // dual-report volunteers of the unit who have not left
        int served = 0;  // members with service in the period
        qreal hours = 0;
        int records = 0; // shifts and events served
    };

    // Acts as `scope`: a grid worker counts their grids' volunteers and service (VolunteerRows).
    DualReportHours(QSqlDatabase db, const AccessScope &scope);

    // Every unit with members or hours in [from, to], most hours first, then by name.
    QList<Unit> units(const QDate &from, const QDate &to) const;
    // The totals of units() in one row.
    static Unit total(const QList<Unit> &units);
    static QString unitText(const QString &name);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
