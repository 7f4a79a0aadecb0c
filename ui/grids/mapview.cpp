#include "mapview.h"

#include "mapbuildingitem.h"
#include "mapscene.h"
#include "mapvertexhandle.h"

#include <QGraphicsPathItem>
#include <QKeyEvent>
#include <QPainterPath>
#include <QWheelEvent>

MapView::MapView(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(FullViewportUpdate); // the legend is painted over the viewport
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

double MapView::zoom() const
{
    return transform().m11();
}

void MapView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.05 || next > 20)
        return;
    scale(factor, factor);
}

void MapView::fitMap()
{
    // The plan and anything off it, such as buildings waiting in the tray.
    fitInView(m_scene->mapRect().united(m_scene->itemsBoundingRect()), Qt::KeepAspectRatio);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0)
        return;
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitMap();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_drawing) {
            finishDrawing();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_drawing) {
            cancelDrawing();
            emit drawingCancelled();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapView::startDrawing()
{
    cancelDrawing();
    m_drawing = true;
    setDragMode(NoDrag);
    viewport()->setCursor(Qt::CrossCursor);
    m_sketch = new QGraphicsPathItem;
    QPen pen(QColor(0xd9, 0x1e, 0x4f), 2, Qt::DashLine);
    pen.setCosmetic(true);
    m_sketch->setPen(pen);
    m_sketch->setBrush(QColor(0xd9, 0x1e, 0x4f, 40));
    m_sketch->setZValue(20);
    m_scene->addItem(m_sketch);
    setFocus();
}

void MapView::cancelDrawing()
{
    m_drawing = false;
    m_points.clear();
    delete m_sketch;
    m_sketch = nullptr;
    setDragMode(ScrollHandDrag);
    viewport()->unsetCursor();
}

void MapView::finishDrawing()
{
    const QPolygonF points = m_points;
    cancelDrawing();
    emit polygonDrawn(points);
}

void MapView::updateSketch(const QPointF &cursor)
{
    if (!m_sketch)
        return;
    QPainterPath path;
    if (!m_points.isEmpty()) {
        path.addPolygon(m_points);
        if (!cursor.isNull())
            path.lineTo(cursor);
        path.closeSubpath();
    }
    m_sketch->setPath(path);
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (m_drawing && event->button() == Qt::LeftButton) {
        const QPointF p = mapToScene(event->position().toPoint());
        if (m_points.isEmpty() || m_points.constLast() != p)
            m_points << p;
        updateSketch({});
        event->accept();
        return;
    }
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (m_drawing || event->button() != Qt::LeftButton)
        return;
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= 4)
        return; // that was a pan or a drag
    // Markers and vertex handles take their own clicks.
    for (const QGraphicsItem *item : items(pos))
        if (item->type() == MapBuildingItem::Type || item->type() == MapVertexHandle::Type)
            return;
    m_scene->clickAt(mapToScene(pos));
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drawing)
        updateSketch(mapToScene(event->position().toPoint()));
    QGraphicsView::mouseMoveEvent(event);
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_drawing) {
        // The double-click's first press already added the point.
        finishDrawing();
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void MapView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    const MapLegend legend = m_scene->legend();
    if (legend.entries.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    QFont font = this->font();
    painter->setFont(font);
    // Measure first, then place in the lower-left corner of the viewport.
    const QFontMetricsF fm(font);
    const double height = fm.height() * 1.35 * (legend.entries.size() + 1) + fm.height() * 0.5;
    legend.paint(painter, QPointF(12, viewport()->height() - height - 12));
    painter->restore();
}
