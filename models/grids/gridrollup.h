#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

// Rolls per-grid figures up to areas (片区). It reads the grid → area map once (a community has
// tens of grids) and then sums any per-grid counts in memory, so every per-grid query of the
// dashboard and the monthly report can be shown per area without a second SQL version.
// Grids in no area (and unknown grid ids) sum into kNoArea; community-wide rows (grid id 0)
// into kCommunityWide.
class GridRollup final
{
    Q_DECLARE_TR_FUNCTIONS(GridRollup)

public:
    static constexpr qint64 kNoArea = 0;
    static constexpr qint64 kCommunityWide = -1;

    // No areas: every grid is in kNoArea (for figures put together without a database).
    GridRollup() = default;
    // Archived grids keep their area so that past figures roll up where they were counted.
    explicit GridRollup(QSqlDatabase db);
    // The areas of the communities in the person's view. With several communities in view (a
    // street account looking at the whole street) the rows are the communities instead: one row
    // per community followed by its grids, as areas are for one community.
    // Areas only (the area panel, the map) keeps the areas of every community in view.
    enum class Rows { CommunitiesOnStreet, AreasOnly };
    GridRollup(QSqlDatabase db, const AccessScope &scope, Rows rows = Rows::CommunitiesOnStreet);

    // Whether the rows are communities (the street's view) rather than areas.
    bool byCommunity() const { return m_byCommunity; }

    // Whether the community has at least one active area; without one a roll-up says nothing.
    bool hasAreas() const;

    QHash<qint64, qint64> areaOfGrid() const { return m_areaOfGrid; }
    qint64 areaOf(qint64 gridId) const;
    // Active areas by code, then kNoArea when some grid is in no area.
    QList<qint64> areaIds() const { return m_areaIds; }
    // The area's name; "No area" and "Community-wide" for the two special ids.
    QString areaName(qint64 areaId) const;
    // The grids of an area (kNoArea: grids in no area).
    QList<qint64> gridsOf(qint64 areaId) const;

    // Sums a per-grid figure into per-area figures. T needs += (int, double, a struct of counts).
    template<typename T> QHash<qint64, T> sum(const QHash<qint64, T> &perGrid) const
    {
        QHash<qint64, T> perArea;
        for (auto it = perGrid.cbegin(); it != perGrid.cend(); ++it)
            perArea[areaOf(it.key())] += it.value();
        return perArea;
    }

    // Sums rows that carry their grid: gridOf(row) gives the grid id, add(total, row) adds a row
    // into the area's total (which starts value-initialised).
    template<typename Row, typename GridOf, typename Add>
    QHash<qint64, Row> sumRows(const QList<Row> &rows, GridOf gridOf, Add add) const
    {
        QHash<qint64, Row> perArea;
        for (const Row &row : rows) {
            const qint64 area = areaOf(gridOf(row));
            auto it = perArea.find(area);
            if (it == perArea.end())
                it = perArea.insert(area, Row{});
            add(*it, row);
        }
        return perArea;
    }

    // One row per area, in areaIds() order, then kCommunityWide when some row has no grid: each
    // starts as start(areaId, areaName(areaId)) and gets += every row of its grids (gridOf(row)).
    // Areas without figures keep their zero row, so the areas line up month after month.
    template<typename Row, typename GridOf, typename Start>
    QList<Row> rollUp(const QList<Row> &rows, GridOf gridOf, Start start) const
    {
        QList<Row> areas;
        QHash<qint64, qsizetype> index;
        const auto rowOf = [&](qint64 area) -> Row & {
            auto at = index.constFind(area);
            if (at == index.constEnd()) {
                at = index.insert(area, areas.size());
                areas.append(start(area, areaName(area)));
            }
            return areas[*at];
        };
        for (qint64 area : m_areaIds)
            rowOf(area);
        for (const Row &row : rows)
            rowOf(areaOf(gridOf(row))) += row;
        return areas;
    }

    // rollUp() as an outline for tables: each area's row (second = true) followed by the rows of
    // its grids (second = false), in the order given. Rows without a grid are the community-wide
    // area's own figures and are not repeated under it. start() puts the area id where gridOf()
    // reads it.
    template<typename Row, typename GridOf, typename Start>
    QList<std::pair<Row, bool>> outline(const QList<Row> &rows, GridOf gridOf, Start start) const
    {
        QList<std::pair<Row, bool>> lines;
        for (const Row &area : rollUp(rows, gridOf, start)) {
            const qint64 areaId = gridOf(area);
            lines.append({area, true});
            for (const Row &row : rows)
                if (gridOf(row) > 0 && areaOf(gridOf(row)) == areaId)
                    lines.append({row, false});
        }
        return lines;
    }

private:
    void read(QSqlDatabase db, const QString &communityFilter);
    void readCommunities(QSqlDatabase db, const QString &communityFilter);

    bool m_byCommunity = false;
    QHash<qint64, qint64> m_areaOfGrid;
    QHash<qint64, QString> m_areaNames;
    QList<qint64> m_areaIds;
};
