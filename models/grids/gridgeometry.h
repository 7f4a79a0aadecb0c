#pragma once

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QPolygonF>

// Plane geometry of grid boundaries: hit-testing, hulls and the stored form of a polygon.
class GridGeometry final
{
public:
    // Even-odd ray casting; a point on an edge or a vertex counts as inside.
    static bool contains(const QPolygonF &polygon, const QPointF &point);
    // Counter-clockwise convex hull (Andrew's monotone chain), without the closing point.
    static QPolygonF convexHull(QList<QPointF> points);
    // The hull of squares of half-side `margin` around each point: a padded outline.
    static QPolygonF paddedHull(const QList<QPointF> &points, double margin);
    // Shoelace area (absolute).
    static double area(const QPolygonF &polygon);
    // Stored as a JSON array of [x, y] pairs; an empty polygon as NULL.
    static QByteArray toJson(const QPolygonF &polygon);
    static QPolygonF fromJson(const QByteArray &json);
};
