#pragma once

#include <functional>
#include <QGraphicsEllipseItem>

// A building's marker: a dot that keeps its size at every zoom. Click: show its households;
// in edit mode it can be dragged to its place on the plan.
class MapBuildingItem final : public QGraphicsEllipseItem
{
public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    MapBuildingItem(qint64 buildingId, const QPointF &position);

    qint64 buildingId() const { return m_buildingId; }
    void setEditable(bool editable);
    // An unplaced building waits in the tray below the plan, drawn hollow.
    void setPlaced(bool placed);
    bool isPlaced() const { return m_placed; }

    std::function<void(qint64)> onClicked;
    std::function<void(qint64, const QPointF &)> onMoved;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    qint64 m_buildingId;
    QPointF m_pressPos;
    bool m_placed = true;
};
