#pragma once

#include <QDate>
#include <QString>

// What the visit list shows. Zero / empty / invalid means "any".
struct VisitFilter
{
    qint64 gridId = 0;
    qint64 householdId = 0;
    QString worker;
    QDate from; // period, inclusive
    QDate to;
    bool includeArchived = false;

    bool operator==(const VisitFilter &o) const
    {
        return gridId == o.gridId && householdId == o.householdId && worker == o.worker && from == o.from &&
               to == o.to && includeArchived == o.includeArchived;
    }
    bool operator!=(const VisitFilter &o) const { return !(*this == o); }
};
