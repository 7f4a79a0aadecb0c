#include "griddemomap.h"

#include "models/core/sqlquery.h"
#include "models/grids/gridgeometry.h"
#include "models/grids/gridmapimage.h"

#include <cmath>
#include <QBuffer>
#include <QDateTime>
#include <QMap>

namespace {

constexpr double kCellWidth = 56;
constexpr double kCellHeight = 50;
constexpr int kPerRow = 4;
constexpr double kStreet = 90;      // between grid blocks
constexpr double kLane = 18;        // between compounds inside a grid
constexpr double kMargin = 70;      // around the whole plan
constexpr double kBoundaryPad = 34; // boundary distance from a building's centre
constexpr int kLargestImage = 6000; // pixels a side; larger demos get boundaries but no picture

struct Placed
{
    qint64 id = 0;
    qint64 compoundId = 0;
    QPointF position;
};

} // namespace

bool GridDemoMap::write(const QSqlDatabase &db, qint64 communityId)
{
    // grid -> compound -> building ids, in insertion order.
    QMap<qint64, QMap<qint64, QList<qint64>>> byGrid;
    SqlQuery q(db, QStringLiteral("SELECT id, compound_id, coalesce(grid_id, 0) FROM building WHERE archived = 0 AND "
                                  "compound_id IN (SELECT id FROM compound WHERE community_id = ?) ORDER BY grid_id, "
                                  "compound_id, id"));
    if (!q.exec(communityId))
        return false;
    while (q.next())
        byGrid[q.value(2).toLongLong()][q.value(1).toLongLong()] << q.value(0).toLongLong();
    if (byGrid.isEmpty())
        return true;

    // Grid blocks on a lattice a little wider than tall.
    const int columns = qMax(1, int(std::ceil(std::sqrt(byGrid.size() * 1.6))));
    const double blockWidth = kPerRow * kCellWidth;
    QList<Placed> placed;
    QMap<qint64, QList<QPointF>> gridPoints;
    QList<QRectF> lawns;
    double rowTop = kMargin;
    double rowHeight = 0;
    int index = 0;
    for (auto grid = byGrid.cbegin(); grid != byGrid.cend(); ++grid, ++index) {
        const int column = index % columns;
        if (column == 0 && index > 0) {
            rowTop += rowHeight + kStreet;
            rowHeight = 0;
        }
        const double left = kMargin + column * (blockWidth + kStreet);
        double y = rowTop;
        for (auto compound = grid->cbegin(); compound != grid->cend(); ++compound) {
            const QList<qint64> &ids = compound.value();
            QRectF lawn;
            for (int i = 0; i < ids.size(); ++i) {
                const QPointF p(left + (i % kPerRow) * kCellWidth + kCellWidth / 2,
                                y + (i / kPerRow) * kCellHeight + kCellHeight / 2);
                placed << Placed{ids.at(i), compound.key(), p};
                gridPoints[grid.key()] << p;
                const QRectF cell(p.x() - kCellWidth / 2 + 3, p.y() - kCellHeight / 2 + 3, kCellWidth - 6,
                                  kCellHeight - 6);
                lawn = lawn.isNull() ? cell : lawn.united(cell);
            }
            lawns << lawn;
            y += ((ids.size() + kPerRow - 1) / kPerRow) * kCellHeight + kLane;
        }
        rowHeight = qMax(rowHeight, y - kLane - rowTop);
    }

    SqlQuery position(db, QStringLiteral("UPDATE building SET map_x = ?, map_y = ? WHERE id = ?"));
    QList<QPointF> footprints;
    for (const Placed &p : std::as_const(placed)) {
        if (!position.exec(p.position.x(), p.position.y(), p.id))
            return false;
        footprints << p.position;
    }
    SqlQuery boundary(db, QStringLiteral("UPDATE grid SET boundary = ? WHERE id = ?"));
    for (auto it = gridPoints.cbegin(); it != gridPoints.cend(); ++it) {
        if (it.key() == 0)
            continue;
        const QPolygonF hull = GridGeometry::paddedHull(it.value(), kBoundaryPad);
        if (!boundary.exec(QString::fromUtf8(GridGeometry::toJson(hull)), it.key()))
            return false;
    }

    const QSize size(int(kMargin * 2 + columns * blockWidth + (columns - 1) * kStreet) + 60,
                     int(rowTop + rowHeight + kMargin));
    if (size.width() > kLargestImage || size.height() > kLargestImage)
        return true;
    const QImage image = GridMapImage::paintDemoPlan(size, lawns, footprints);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        return false;
    SqlQuery store(db, QStringLiteral("INSERT INTO map_image (community_id, format, data, width, height, created_at) "
                                      "VALUES (?, 'png', ?, ?, ?, ?)"));
    return store.exec(communityId, png, size.width(), size.height(),
                      QDateTime::currentDateTime().toString(Qt::ISODate));
}
