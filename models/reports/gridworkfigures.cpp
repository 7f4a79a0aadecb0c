#include "gridworkfigures.h"

#include "models/grids/gridrollup.h"
#include "models/meetings/meetingfigures.h"
#include "models/visits/visitcoverage.h"

#include <QHash>
#include <QSet>

GridWorkFigures::Row &GridWorkFigures::Row::operator+=(const Row &o)
{
    households += o.households;
    visited += o.visited;
    needs += o.needs;
    errands += o.errands;
    meetings += o.meetings;
    decisions += o.decisions;
    followedUp += o.followedUp;
    return *this;
}

GridWorkFigures::GridWorkFigures(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<GridWorkFigures::Row> GridWorkFigures::month(int year, int month, qint64 gridId) const
{
    QList<Row> rows;
    QHash<qint64, int> index;
    for (const VisitCoverage::MonthRow &v : VisitCoverage(m_db, m_scope).month(year, month, gridId)) {
        Row r;
        r.id = v.gridId;
        r.name = v.gridName;
        r.households = v.activeHouseholds;
        r.visited = v.visitedHouseholds;
        r.needs = v.needsRaised;
        r.errands = v.errandsDone;
        index.insert(r.id, int(rows.size()));
        rows.append(r);
    }
    const QHash<qint64, MeetingFigures::Figures> meetings = MeetingFigures(m_db, m_scope).perGrid(year, month);
    for (auto it = meetings.cbegin(); it != meetings.cend(); ++it) {
        const qint64 grid = it.key() > 0 ? it.key() : GridRollup::kCommunityWide;
        if (gridId > 0 && grid != gridId)
            continue;
        auto at = index.constFind(grid);
        if (at == index.constEnd()) {
            Row r;
            r.id = grid;
            r.name = grid == GridRollup::kCommunityWide ? tr("Community-wide") : QString();
            at = index.insert(grid, int(rows.size()));
            rows.append(r);
        }
        Row &r = rows[*at];
        r.meetings += it->meetings;
        r.decisions += it->decisions;
        r.followedUp += it->followedUp();
    }
    if (gridId > 0 || (!m_byArea && m_areaId < 0))
        return rows;

    const GridRollup rollup(m_db, m_scope);
    if (m_areaId >= 0) {
        QList<Row> inArea;
        for (const Row &r : std::as_const(rows))
            if (r.id > 0 && rollup.areaOf(r.id) == m_areaId)
                inArea << r;
        return inArea;
    }
    QList<Row> areas = rollup.rollUp(
        rows, [](const Row &r) { return r.id; },
        [](qint64 area, const QString &name) {
            return Row{area, name};
        });
    if (!m_scope.seesAllGrids()) {
        // A grid worker's chart names only the areas their grids lie in.
        QSet<qint64> own;
        for (qint64 grid : m_scope.gridIds())
            own.insert(rollup.areaOf(grid));
        areas.removeIf([&own](const Row &r) { return !own.contains(r.id); });
    }
    return areas;
}

GridWorkFigures::Row GridWorkFigures::total(const QList<Row> &rows)
{
    Row sum;
    sum.name = tr("All grids");
    for (const Row &r : rows)
        sum += r;
    return sum;
}
