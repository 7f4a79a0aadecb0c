#pragma once

#include <QGraphicsView>
#include <QPolygonF>

class MapScene;
class QGraphicsPathItem;

// Shows the map: wheel and +/-/0 keys zoom (0 fits), dragging pans, and the legend stays in
// the lower-left corner. In drawing mode each click adds a boundary point; double-click or
// Enter finishes the polygon, Esc abandons it.
class MapView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitMap();
    double zoom() const;
    void startDrawing();
    void cancelDrawing();
    bool isDrawing() const { return m_drawing; }
    QPolygonF drawnPoints() const { return m_points; }

signals:
    void polygonDrawn(const QPolygonF &polygon);
    void drawingCancelled();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void finishDrawing();
    void updateSketch(const QPointF &cursor);

    MapScene *m_scene;
    bool m_drawing = false;
    QPolygonF m_points;
    QGraphicsPathItem *m_sketch = nullptr;
    QPoint m_pressPos;
};
