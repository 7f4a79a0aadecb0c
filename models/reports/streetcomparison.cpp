#include "streetcomparison.h"

#include "models/core/sqlquery.h"
#include "models/register/communitystore.h"
#include "models/register/registerrows.h"
#include "models/visits/visitcoverage.h"

#include <QHash>

StreetComparison::StreetComparison(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<StreetComparison::Row> StreetComparison::rows(const MonthlyReportData &report) const
{
    QList<Row> list;
    QHash<qint64, qsizetype> index;
    for (const CommunityStore::Community &c : CommunityStore(m_db, m_scope).communities()) {
        if (!m_scope.seesCommunity(c.id))
            continue;
        index.insert(c.id, list.size());
        list.append({c.id, c.code, c.name});
    }
    QHash<qint64, qint64> communityOfGrid;
    SqlQuery grids(m_db, QStringLiteral("SELECT id, community_id FROM grid WHERE 1 = 1") +
                             RegisterRows::communities(m_scope, QStringLiteral("community_id")));
    if (grids.exec())
        while (grids.next())
            communityOfGrid.insert(grids.value(0).toLongLong(), grids.value(1).toLongLong());
    const auto rowOf = [&](qint64 gridId) -> Row * {
        const auto at = index.constFind(communityOfGrid.value(gridId));
        return at == index.constEnd() ? nullptr : &list[*at];
    };
    for (const MonthlyReportData::GridRow &g : report.grids)
        if (Row *r = rowOf(g.gridId)) {
            r->received += g.received;
            r->resolvedOfReceived += g.resolvedOfReceived;
            r->events += g.events;
            r->volunteerHours += g.volunteerHours;
        }
    for (const VisitCoverage::MonthRow &v : VisitCoverage(m_db, m_scope).month(report.year, report.month))
        if (Row *r = rowOf(v.gridId)) {
            r->activeHouseholds += v.activeHouseholds;
            r->visitedHouseholds += v.visitedHouseholds;
        }
    // Living residents by their building's compound (a building need not be in a grid).
    SqlQuery residents(m_db, QStringLiteral("SELECT c.community_id, count(*) FROM resident r JOIN household h ON h.id "
                                            "= r.household_id JOIN building b ON b.id = h.building_id JOIN compound "
                                            "c ON c.id = b.compound_id WHERE r.status = 'living'") +
                                 RegisterRows::households(m_scope, QStringLiteral("r.household_id")) +
                                 QStringLiteral(" GROUP BY c.community_id"));
    if (residents.exec())
        while (residents.next())
            if (const auto at = index.constFind(residents.value(0).toLongLong()); at != index.constEnd())
                list[*at].residents = residents.value(1).toInt();
    return list;
}

QStringList StreetComparison::header()
{
    return {tr("Community"),       tr("Residents"),      tr("Cases received"), tr("Cases per 1,000 residents"),
            tr("Resolution rate"), tr("Visit coverage"), tr("Events"),         tr("Volunteer hours")};
}

QStringList StreetComparison::cells(const Row &r)
{
    const auto percent = [](double value) {
        return value < 0 ? QStringLiteral("—") : QStringLiteral("%1%").arg(value, 0, 'f', 1);
    };
    return {r.name,
            QString::number(r.residents),
            QString::number(r.received),
            QString::number(r.casesPerThousand(), 'f', 1),
            percent(r.resolutionRate()),
            percent(r.visitCoverage()),
            QString::number(r.events),
            QString::number(r.volunteerHours, 'f', 1)};
}
