#include "mapbuildingitem.h"

#include <QBrush>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

MapBuildingItem::MapBuildingItem(qint64 buildingId, const QPointF &position)
    : QGraphicsEllipseItem(-5, -5, 10, 10)
    , m_buildingId(buildingId)
{
    setPos(position);
    setFlag(ItemIgnoresTransformations);
    setBrush(QColor(0x1e, 0x6f, 0xd9));
    setPen(QPen(Qt::white, 1.5));
    setCursor(Qt::PointingHandCursor);
    setZValue(4);
}

void MapBuildingItem::setPlaced(bool placed)
{
    m_placed = placed;
    setBrush(placed ? QColor(0x1e, 0x6f, 0xd9) : QColor(Qt::white));
    setPen(placed ? QPen(Qt::white, 1.5) : QPen(QColor(0xd5, 0x5e, 0x00), 2));
}

void MapBuildingItem::setEditable(bool editable)
{
    setFlag(ItemIsMovable, editable);
    setCursor(editable ? Qt::SizeAllCursor : Qt::PointingHandCursor);
}

void MapBuildingItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressPos = pos();
    QGraphicsEllipseItem::mousePressEvent(event);
    event->accept();
}

void MapBuildingItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsEllipseItem::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (pos() != m_pressPos) {
        if (onMoved)
            onMoved(m_buildingId, pos());
    } else if (onClicked) {
        onClicked(m_buildingId);
    }
}
