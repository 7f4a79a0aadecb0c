#include "mapvertexhandle.h"

#include <QBrush>
#include <QCursor>
#include <QPen>

MapVertexHandle::MapVertexHandle(int index, QGraphicsItem *parent)
    : QGraphicsRectItem(-5, -5, 10, 10, parent)
    , m_index(index)
{
    setFlags(ItemIsMovable | ItemIgnoresTransformations | ItemSendsGeometryChanges);
    setBrush(Qt::white);
    setPen(QPen(QColor(0x1e, 0x6f, 0xd9), 2));
    setCursor(Qt::SizeAllCursor);
    setZValue(10);
}

QVariant MapVertexHandle::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && onMoved)
        onMoved(m_index, value.toPointF());
    return QGraphicsRectItem::itemChange(change, value);
}

void MapVertexHandle::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsRectItem::mouseReleaseEvent(event);
    if (onReleased)
        onReleased();
}
