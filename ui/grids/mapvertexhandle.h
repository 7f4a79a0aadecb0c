#pragma once

#include <functional>
#include <QGraphicsRectItem>

// A draggable square on one vertex of a grid boundary; keeps its size at every zoom.
class MapVertexHandle final : public QGraphicsRectItem
{
public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    MapVertexHandle(int index, QGraphicsItem *parent);

    std::function<void(int, const QPointF &)> onMoved; // while dragging
    std::function<void()> onReleased;                  // drag finished

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    int m_index;
};
