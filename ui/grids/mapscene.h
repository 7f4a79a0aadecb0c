#pragma once

#include "models/access/accessscope.h"

#include "maplegend.h"
#include "models/grids/gridfigures.h"
#include "models/grids/gridrollup.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSqlDatabase>

class MapBuildingItem;
class MapGridItem;

// The grid map's content: the base image, every grid's boundary and label, and the building
// markers, coloured by the grids' own colours or as a choropleth of one figure, per grid or per
// area. All positions
// are in the base image's pixel space. Edits (vertex drags, marker drags) are saved at once.
class MapScene final : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class Coloring { GridColors, Residents, Elderly, Households, OpenCases };

    MapScene(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void reload();
    void setColoring(Coloring coloring);
    Coloring coloring() const { return m_coloring; }
    // Colours each grid by its area (片区): the area's own colour, or the figure summed over the
    // area's grids. Without areas the grids are coloured one by one.
    void setByArea(bool byArea);
    bool byArea() const { return m_byArea; }
    bool hasAreas() const { return m_rollup.hasAreas(); }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    MapLegend legend() const { return m_legend; }
    // The area worth showing: the base image, or the items when there is none.
    QRectF mapRect() const;
    MapGridItem *gridItem(qint64 gridId) const { return m_gridItems.value(gridId); }
    MapBuildingItem *buildingItem(qint64 buildingId) const { return m_buildingItems.value(buildingId); }
    // A click on the map away from any marker: the grid whose boundary holds the point, if any
    // (the smallest one where boundaries overlap). Returns its id, 0 for none.
    qint64 clickAt(const QPointF &scenePos);
    // Saves a drawn boundary for the grid; false with a message in `error`.
    bool saveBoundary(qint64 gridId, const QPolygonF &boundary, QString *error);

signals:
    void buildingClicked(qint64 buildingId);
    void gridClicked(qint64 gridId);
    void changed(const QString &message);
    void failed(const QString &message);

private:
    void applyColoring();
    void colorByGrid();
    void colorByArea();
    GridFigures::Measure measure() const;
    QString legendTitle() const;
    QString tooltipFor(qint64 gridId, const QString &title) const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Coloring m_coloring = Coloring::GridColors;
    bool m_byArea = false;
    GridRollup m_rollup;
    bool m_editable = false;
    QSize m_imageSize;
    QHash<qint64, MapGridItem *> m_gridItems;
    QHash<qint64, MapBuildingItem *> m_buildingItems;
    QHash<qint64, QString> m_gridColors;
    QHash<qint64, QString> m_gridTitles;
    QHash<qint64, GridFigure> m_figures;
    MapLegend m_legend;
};
