#include "mapgriditem.h"

#include "mapvertexhandle.h"

#include <QBrush>
#include <QFont>
#include <QGraphicsSimpleTextItem>
#include <QPen>

MapGridItem::MapGridItem(qint64 gridId, const QPolygonF &boundary, const QString &label)
    : QGraphicsPolygonItem(boundary)
    , m_gridId(gridId)
{
    setAcceptHoverEvents(true);
    m_label = new QGraphicsRectItem(this);
    m_label->setFlag(ItemIgnoresTransformations);
    m_label->setZValue(5);
    m_label->setBrush(QColor(255, 255, 255, 225));
    m_text = new QGraphicsSimpleTextItem(label, m_label);
    QFont font = m_text->font();
    font.setPointSizeF(9.5);
    font.setBold(true);
    m_text->setFont(font);
    m_text->setBrush(QColor(0x1d, 0x23, 0x2c));
    const QRectF text = m_text->boundingRect();
    m_label->setRect(QRectF(0, 0, text.width() + 10, text.height() + 4));
    m_text->setPos(5, 2);
    placeLabel();
}

void MapGridItem::placeLabel()
{
    // Just inside the top edge, centred: clear of the building markers below it.
    const QRectF box = polygon().boundingRect();
    m_label->setPos(box.center().x(), box.top());
    m_label->setTransform(QTransform::fromTranslate(-m_label->rect().width() / 2, 4));
}

void MapGridItem::setFill(const QColor &color, bool solid)
{
    m_edge = color.darker(solid ? 160 : 130);
    QColor fill = color;
    fill.setAlpha(solid ? 165 : 80);
    setBrush(fill);
    QPen edge(m_edge, 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    edge.setCosmetic(true);
    setPen(edge);
    m_label->setPen(QPen(m_edge, 1.5));
}

void MapGridItem::setEditable(bool editable)
{
    qDeleteAll(m_handles);
    m_handles.clear();
    if (!editable)
        return;
    const QPolygonF poly = polygon();
    for (int i = 0; i < poly.size(); ++i) {
        auto *handle = new MapVertexHandle(i, this);
        handle->setPos(poly.at(i));
        handle->onMoved = [this](int index, const QPointF &pos) {
            QPolygonF p = polygon();
            if (index < p.size()) {
                p[index] = pos;
                setPolygon(p);
            }
        };
        handle->onReleased = [this] {
            placeLabel();
            if (onEdited)
                onEdited(m_gridId, polygon());
        };
        m_handles << handle;
    }
}

void MapGridItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    QPen p = pen();
    p.setWidthF(4.5);
    setPen(p);
    QGraphicsPolygonItem::hoverEnterEvent(event);
}

void MapGridItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    QPen p = pen();
    p.setWidthF(2.5);
    setPen(p);
    QGraphicsPolygonItem::hoverLeaveEvent(event);
}
