#include "mapscene.h"

#include "mapbuildingitem.h"
#include "mapgriditem.h"
#include "models/documents/reportchart.h"
#include "models/grids/gridchoropleth.h"
#include "models/grids/gridgeometry.h"
#include "models/grids/gridmapimage.h"
#include "models/grids/gridstore.h"
#include "models/register/communitystore.h"
#include "models/register/registerlookups.h"
#include "models/revisions/gridsnapshot.h"
#include "ui/common/revisioncommand.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsView>
#include <QPixmap>

namespace {
constexpr double kTraySpacing = 18;
}

MapScene::MapScene(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QGraphicsScene(parent)
    , m_db(std::move(db))
    , m_scope(scope)
{
    setBackgroundBrush(QColor(0xe8, 0xea, 0xee));
    reload();
}

void MapScene::reload()
{
    clear();
    m_gridItems.clear();
    m_buildingItems.clear();
    m_gridColors.clear();
    m_gridTitles.clear();
    const QImage image = GridMapImage(m_db, CommunityStore(m_db, m_scope).homeCommunityId()).load();
    m_imageSize = image.size();
    if (!image.isNull()) {
        auto *base = new QGraphicsPixmapItem(QPixmap::fromImage(image));
        base->setTransformationMode(Qt::SmoothTransformation);
        addItem(base);
    }
    m_figures = GridFigures::compute(m_db, m_scope);
    m_rollup = GridRollup(m_db, m_scope, GridRollup::Rows::AreasOnly);

    GridStore store(m_db, m_scope);
    for (const Grid &g : store.grids()) {
        m_gridColors.insert(g.id, g.color);
        const QString title = tr("%1 %2").arg(g.code, g.name);
        m_gridTitles.insert(g.id, title);
        if (g.boundary.size() < 3)
            continue;
        auto *item = new MapGridItem(g.id, g.boundary, g.name);
        item->setZValue(1);
        item->setToolTip(tooltipFor(g.id, title));
        item->onEdited = [this](qint64 id, const QPolygonF &p) {
            QString error;
            if (saveBoundary(id, p, &error))
                emit changed(tr("Boundary of %1 saved.").arg(m_gridTitles.value(id)));
            else
                emit failed(error);
        };
        addItem(item);
        m_gridItems.insert(g.id, item);
    }
    // Buildings not yet on the plan wait in a tray below it, to be dragged into place.
    const QRectF plan = mapRect();
    const int perRow = qMax(1, int(plan.width() / kTraySpacing));
    int unplaced = 0;
    for (const MapBuilding &b : store.mapBuildings()) {
        QPointF position = b.position;
        if (!b.placed) {
            position = QPointF(plan.left() + kTraySpacing / 2 + (unplaced % perRow) * kTraySpacing,
                               plan.bottom() + kTraySpacing + (unplaced / perRow) * kTraySpacing);
            ++unplaced;
        }
        auto *item = new MapBuildingItem(b.id, position);
        item->setPlaced(b.placed);
        const QString where = tr("%1 %2 — %n household(s)", nullptr, b.households).arg(b.compoundName, b.name);
        item->setToolTip(b.placed ? where
                                  : where + tr("\nNot on the map yet: turn on Edit shapes and drag it into place."));
        item->onClicked = [this](qint64 id) { emit buildingClicked(id); };
        item->onMoved = [this, item, name = QString(b.compoundName + b.name)](qint64 id, const QPointF &pos) {
            const SaveResult r = GridStore(m_db, m_scope).setBuildingPosition(id, pos);
            if (r.ok) {
                item->setPlaced(true);
                emit changed(tr("%1 moved.").arg(name));
            } else {
                emit failed(r.firstMessage());
            }
        };
        addItem(item);
        m_buildingItems.insert(b.id, item);
    }
    setEditable(m_editable);
    applyColoring();
    setSceneRect(plan.united(itemsBoundingRect()).adjusted(-40, -40, 40, 40));
}

QRectF MapScene::mapRect() const
{
    if (m_imageSize.isValid())
        return QRectF(QPointF(0, 0), QSizeF(m_imageSize));
    const QRectF items = itemsBoundingRect();
    return items.isNull() ? QRectF(0, 0, 800, 600) : items;
}

QString MapScene::tooltipFor(qint64 gridId, const QString &title) const
{
    const GridFigure f = m_figures.value(gridId);
    QString tags;
    for (const RegisterLookups::Item &t : RegisterLookups(m_db, m_scope).tags())
        if (const int n = f.tagCounts.value(t.id))
            tags += tr("<br>%1: %2").arg(t.name.toHtmlEscaped()).arg(n);
    const qint64 area = m_rollup.areaOf(gridId);
    const QString heading =
        m_rollup.hasAreas() && area != GridRollup::kNoArea ? tr("%1 (%2)").arg(title, m_rollup.areaName(area)) : title;
    return tr("<b>%1</b><br>Households: %2<br>Residents: %3<br>Aged 60+: %4%5<br>Open cases: %6")
        .arg(heading.toHtmlEscaped())
        .arg(f.households)
        .arg(f.residents)
        .arg(f.elderly)
        .arg(tags)
        .arg(f.openCases);
}

void MapScene::setColoring(Coloring coloring)
{
    m_coloring = coloring;
    applyColoring();
}

void MapScene::setByArea(bool byArea)
{
    m_byArea = byArea;
    applyColoring();
}

GridFigures::Measure MapScene::measure() const
{
    switch (m_coloring) {
    case Coloring::Residents:
        return GridFigures::Measure::Residents;
    case Coloring::Elderly:
        return GridFigures::Measure::Elderly;
    case Coloring::OpenCases:
        return GridFigures::Measure::OpenCases;
    default:
        return GridFigures::Measure::Households;
    }
}

QString MapScene::legendTitle() const
{
    const bool areas = m_byArea && m_rollup.hasAreas();
    switch (m_coloring) {
    case Coloring::GridColors:
        return areas ? tr("Areas") : tr("Grids");
    case Coloring::Residents:
        return areas ? tr("Residents per area") : tr("Residents per grid");
    case Coloring::Elderly:
        return areas ? tr("Residents aged 60+ per area") : tr("Residents aged 60+ per grid");
    case Coloring::Households:
        return areas ? tr("Households per area") : tr("Households per grid");
    case Coloring::OpenCases:
        return areas ? tr("Open cases per area") : tr("Open cases per grid");
    }
    return {};
}

void MapScene::applyColoring()
{
    m_legend = {};
    m_legend.title = legendTitle();
    if (m_byArea && m_rollup.hasAreas())
        colorByArea();
    else
        colorByGrid();
}

void MapScene::colorByGrid()
{
    if (m_coloring == Coloring::GridColors) {
        QList<qint64> ids = m_gridItems.keys();
        std::sort(ids.begin(), ids.end(),
                  [this](qint64 a, qint64 b) { return m_gridTitles.value(a) < m_gridTitles.value(b); });
        for (qint64 id : std::as_const(ids)) {
            const QColor color = QColor::fromString(m_gridColors.value(id, QStringLiteral("#888888")));
            m_gridItems.value(id)->setFill(color.isValid() ? color : QColor(0x88, 0x88, 0x88), false);
            m_legend.entries << MapLegend::Entry{color, m_gridTitles.value(id)};
        }
        return;
    }
    const GridFigures::Measure what = measure();
    QList<int> values;
    for (auto it = m_gridItems.cbegin(); it != m_gridItems.cend(); ++it)
        values << GridFigures::value(m_figures.value(it.key()), what);
    const GridChoropleth scale(values, 5);
    for (auto it = m_gridItems.cbegin(); it != m_gridItems.cend(); ++it)
        it.value()->setFill(scale.colorFor(GridFigures::value(m_figures.value(it.key()), what)), true);
    for (int c = 0; c < scale.classCount(); ++c)
        m_legend.entries << MapLegend::Entry{scale.color(c), scale.label(c)};
}

void MapScene::colorByArea()
{
    // The areas drawn on the map, in the areas' order: only they get a colour and a class.
    QList<qint64> shown;
    for (qint64 area : m_rollup.areaIds())
        for (qint64 grid : m_rollup.gridsOf(area))
            if (m_gridItems.contains(grid)) {
                shown << area;
                break;
            }
    if (m_coloring == Coloring::GridColors) {
        QHash<qint64, QColor> colors;
        for (int i = 0; i < shown.size(); ++i) {
            const qint64 area = shown.at(i);
            colors.insert(area, area == GridRollup::kNoArea ? QColor(0x9a, 0x9f, 0xa8) : ReportChart::color(i));
            m_legend.entries << MapLegend::Entry{colors.value(area), m_rollup.areaName(area)};
        }
        for (auto it = m_gridItems.cbegin(); it != m_gridItems.cend(); ++it)
            it.value()->setFill(colors.value(m_rollup.areaOf(it.key())), false);
        return;
    }
    // Every grid of an area counts, drawn or not: the area's figure is the area's, not the map's.
    QHash<qint64, GridFigure> perGrid = m_figures;
    perGrid.remove(0); // buildings in no grid are in no area either
    const QHash<qint64, GridFigure> perArea = m_rollup.sum(perGrid);
    const GridFigures::Measure what = measure();
    QList<int> values;
    for (qint64 area : std::as_const(shown))
        values << GridFigures::value(perArea.value(area), what);
    const GridChoropleth scale(values, 5);
    for (auto it = m_gridItems.cbegin(); it != m_gridItems.cend(); ++it)
        it.value()->setFill(scale.colorFor(GridFigures::value(perArea.value(m_rollup.areaOf(it.key())), what)), true);
    for (int c = 0; c < scale.classCount(); ++c)
        m_legend.entries << MapLegend::Entry{scale.color(c), scale.label(c)};
}

void MapScene::setEditable(bool editable)
{
    m_editable = editable;
    for (MapGridItem *item : std::as_const(m_gridItems))
        item->setEditable(editable);
    for (MapBuildingItem *item : std::as_const(m_buildingItems))
        item->setEditable(editable);
}

bool MapScene::saveBoundary(qint64 gridId, const QPolygonF &boundary, QString *error)
{
    std::optional<GridSnapshot::Record> before = GridSnapshot::load(m_db, m_scope, gridId);
    const SaveResult r = GridStore(m_db, m_scope).setBoundary(gridId, boundary);
    if (!r.ok && error)
        *error = r.firstMessage();
    // Edit → Undo puts the boundary back as it was (the map's view finds the window's stack).
    if (r.ok && before && !views().isEmpty()) {
        const QString text = tr("edit the boundary of %1").arg(before->grid.name);
        RevisionCommand::pushSaved<GridSnapshot>(
            views().constFirst(), m_db, m_scope, std::move(before), gridId,
            [this, gridId] {
                reload();
                emit changed(tr("Boundary of %1 put back.").arg(m_gridTitles.value(gridId)));
            },
            text);
    }
    return r.ok;
}

qint64 MapScene::clickAt(const QPointF &scenePos)
{
    qint64 hit = 0;
    double hitArea = 0;
    for (auto it = m_gridItems.cbegin(); it != m_gridItems.cend(); ++it) {
        const QPolygonF polygon = it.value()->polygon();
        if (!GridGeometry::contains(polygon, scenePos))
            continue;
        const double area = GridGeometry::area(polygon);
        if (!hit || area < hitArea) {
            hit = it.key();
            hitArea = area;
        }
    }
    if (hit)
        emit gridClicked(hit);
    return hit;
}
