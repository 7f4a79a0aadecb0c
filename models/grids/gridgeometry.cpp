#include "gridgeometry.h"

#include <algorithm>
#include <cmath>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineF>

namespace {

bool onSegment(const QPointF &a, const QPointF &b, const QPointF &p)
{
    const double cross = (b.x() - a.x()) * (p.y() - a.y()) - (b.y() - a.y()) * (p.x() - a.x());
    const double length = QLineF(a, b).length();
    if (std::abs(cross) > 1e-9 * qMax(1.0, length))
        return false;
    return p.x() >= qMin(a.x(), b.x()) - 1e-9 && p.x() <= qMax(a.x(), b.x()) + 1e-9 &&
           p.y() >= qMin(a.y(), b.y()) - 1e-9 && p.y() <= qMax(a.y(), b.y()) + 1e-9;
}

double cross(const QPointF &o, const QPointF &a, const QPointF &b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

} // namespace

bool GridGeometry::contains(const QPolygonF &polygon, const QPointF &point)
{
    const int n = int(polygon.size());
    if (n < 3)
        return false;
    bool inside = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
        const QPointF &a = polygon.at(i);
        const QPointF &b = polygon.at(j);
        if (onSegment(a, b, point))
            return true;
        if ((a.y() > point.y()) != (b.y() > point.y())) {
            const double x = (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x();
            if (point.x() < x)
                inside = !inside;
        }
    }
    return inside;
}

QPolygonF GridGeometry::convexHull(QList<QPointF> points)
{
    std::sort(points.begin(), points.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    points.erase(std::unique(points.begin(), points.end()), points.end());
    if (points.size() < 3)
        return QPolygonF(points);
    QList<QPointF> hull(2 * points.size());
    qsizetype k = 0;
    for (const QPointF &p : std::as_const(points)) {
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (qsizetype i = points.size() - 2, t = k + 1; i >= 0; --i) {
        while (k >= t && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k - 1);
    return QPolygonF(hull);
}

QPolygonF GridGeometry::paddedHull(const QList<QPointF> &points, double margin)
{
    QList<QPointF> corners;
    corners.reserve(points.size() * 4);
    for (const QPointF &p : points)
        corners << p + QPointF(-margin, -margin) << p + QPointF(margin, -margin) << p + QPointF(margin, margin)
                << p + QPointF(-margin, margin);
    return convexHull(corners);
}

double GridGeometry::area(const QPolygonF &polygon)
{
    double sum = 0;
    const int n = int(polygon.size());
    for (int i = 0, j = n - 1; i < n; j = i++)
        sum += polygon.at(j).x() * polygon.at(i).y() - polygon.at(i).x() * polygon.at(j).y();
    return std::abs(sum) / 2;
}

QByteArray GridGeometry::toJson(const QPolygonF &polygon)
{
    if (polygon.isEmpty())
        return {};
    QJsonArray array;
    for (const QPointF &p : polygon)
        array.append(QJsonArray{std::round(p.x() * 10) / 10, std::round(p.y() * 10) / 10});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QPolygonF GridGeometry::fromJson(const QByteArray &json)
{
    QPolygonF polygon;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        const QJsonArray pair = v.toArray();
        if (pair.size() >= 2)
            polygon << QPointF(pair.at(0).toDouble(), pair.at(1).toDouble());
    }
    return polygon;
}
