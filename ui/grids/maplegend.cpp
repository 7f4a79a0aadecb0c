#include "maplegend.h"

#include <QFontMetricsF>
#include <QPainter>

QRectF MapLegend::paint(QPainter *painter, const QPointF &topLeft) const
{
    const QFontMetricsF fm(painter->font());
    const double line = fm.height() * 1.35;
    const double swatch = fm.height() * 0.9;
    double width = fm.horizontalAdvance(title);
    for (const Entry &e : entries)
        width = qMax(width, swatch + fm.height() * 0.5 + fm.horizontalAdvance(e.label));
    const double pad = fm.height() * 0.5;
    const QRectF box(topLeft, QSizeF(width + 2 * pad, line * (entries.size() + 1) + pad));
    painter->save();
    painter->setPen(QPen(QColor(0x9a, 0xa3, 0xb0), 1));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(box, 4, 4);
    painter->setPen(QColor(0x20, 0x26, 0x30));
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(QPointF(box.left() + pad, box.top() + pad + fm.ascent()), title);
    bold.setBold(false);
    painter->setFont(bold);
    double y = box.top() + pad + line;
    for (const Entry &e : entries) {
        painter->setPen(QPen(QColor(0x55, 0x55, 0x55), 1));
        painter->setBrush(e.color);
        painter->drawRect(QRectF(box.left() + pad, y + (line - swatch) / 2 - fm.descent(), swatch, swatch));
        painter->setPen(QColor(0x20, 0x26, 0x30));
        painter->drawText(QPointF(box.left() + pad + swatch + fm.height() * 0.5, y + fm.ascent()), e.label);
        y += line;
    }
    painter->restore();
    return box;
}
