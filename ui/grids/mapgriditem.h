#pragma once

#include <functional>
#include <QGraphicsPolygonItem>

class MapVertexHandle;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;

// One grid's boundary on the map, with its label; in edit mode each vertex gets a handle.
class MapGridItem final : public QGraphicsPolygonItem
{
public:
    MapGridItem(qint64 gridId, const QPolygonF &boundary, const QString &label);

    qint64 gridId() const { return m_gridId; }
    void setFill(const QColor &color, bool solid);
    void setEditable(bool editable);
    // The name plate: a box that keeps its size on screen at every zoom.
    QGraphicsRectItem *label() const { return m_label; }

    std::function<void(qint64, const QPolygonF &)> onEdited; // a vertex drag finished

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void placeLabel();

    qint64 m_gridId;
    QGraphicsRectItem *m_label = nullptr;
    QGraphicsSimpleTextItem *m_text = nullptr;
    QList<MapVertexHandle *> m_handles;
    QColor m_edge;
};
