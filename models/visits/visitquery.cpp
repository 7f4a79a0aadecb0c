#include "visitquery.h"

#include "models/access/accessscope.h"
#include "visitrows.h"

#include <QStringList>

VisitQuery::VisitQuery(const VisitFilter &filter, const AccessScope &scope)
{
    QStringList conditions;
    if (!filter.includeArchived)
        conditions << QStringLiteral("v.archived = 0");
    if (filter.gridId > 0) {
        conditions << QStringLiteral("v.grid_id = ?");
        m_bindings << filter.gridId;
    }
    if (filter.householdId > 0) {
        conditions << QStringLiteral("v.household_id = ?");
        m_bindings << filter.householdId;
    }
    if (const QString worker = filter.worker.trimmed(); !worker.isEmpty()) {
        conditions << QStringLiteral("v.worker = ?");
        m_bindings << worker;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("v.visited_on >= ?");
        m_bindings << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("v.visited_on <= ?");
        m_bindings << filter.to.toString(Qt::ISODate);
    }
    conditions << QStringLiteral("1 = 1") + VisitRows::visits(scope, QStringLiteral("v"));
    m_where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString VisitQuery::selectSql()
{
    return QStringLiteral(
        "SELECT v.id, v.visited_on, c.name, b.name, h.unit, h.room, g.name, v.worker, v.met, v.notes, "
        "(SELECT count(*) FROM visit_need n WHERE n.visit_id = v.id AND n.archived = 0), "
        "(SELECT count(*) FROM visit_need n WHERE n.visit_id = v.id AND n.archived = 0 AND "
        "n.case_id IS NOT NULL), v.archived FROM visit v JOIN household h ON h.id = v.household_id "
        "LEFT JOIN building b ON b.id = h.building_id LEFT JOIN compound c ON c.id = b.compound_id "
        "LEFT JOIN grid g ON g.id = v.grid_id");
}

QString VisitQuery::countSql()
{
    return QStringLiteral("SELECT count(*) FROM visit v");
}

QString VisitQuery::orderBy()
{
    return QStringLiteral(" ORDER BY v.visited_on DESC, v.id DESC");
}
