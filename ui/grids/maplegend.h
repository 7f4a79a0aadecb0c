#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// The map's legend: a title and coloured swatches with labels. Painted the same way on screen
// (in the view's corner) and on paper.
struct MapLegend
{
    struct Entry
    {
        QColor color;
        QString label;
    };
    QString title;
    QList<Entry> entries;

    // Paints at `topLeft` with the painter's current font; returns the rectangle used.
    QRectF paint(QPainter *painter, const QPointF &topLeft) const;
};
