#pragma once

#include "models/access/accessscope.h"

#include "visitfilter.h"

#include <QString>
#include <QVariantList>

// The SQL behind the visit list for one filter: a WHERE clause over `visit v` (always limited to
// the signed-in user's grids) and its bound values. Grid and period use visit_grid or
// visit_date, a household visit_household.
class VisitQuery final
{
public:
    enum Column {
        CId,
        CVisitedOn,
        CCompound,
        CBuilding,
        CUnit,
        CRoom,
        CGrid,
        CWorker,
        CMet,
        CNotes,
        CNeeds,
        CCases,
        CArchived
    };

    VisitQuery(const VisitFilter &filter, const AccessScope &scope);

    QString whereClause() const { return m_where; }
    QVariantList bindings() const { return m_bindings; }
    static QString selectSql();
    static QString countSql();
    static QString orderBy();

private:
    QString m_where;
    QVariantList m_bindings;
};
