#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class MapScene;
class MapView;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;

// The offline grid map with its tools: colour by figure, draw or edit boundaries, place
// buildings, import a base image or GeoJSON boundaries, export to PDF or PNG.
class MapPage final : public QWidget
{
    Q_OBJECT

public:
    MapPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    MapScene *scene() const { return m_scene; }
    MapView *view() const { return m_view; }
    QComboBox *gridCombo() const { return m_grid; }
    QComboBox *coloringCombo() const { return m_coloring; }
    QCheckBox *byAreaBox() const { return m_byArea; }
    QAction *editAction() const { return m_edit; }
    void reload();
    // Without a dialog, for the command line and tests.
    bool exportTo(const QString &path, bool a3);
    void drawBoundaryFor(qint64 gridId);

signals:
    void buildingActivated(qint64 buildingId);
    void gridActivated(qint64 gridId);
    void dataChanged();
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillGrids();
    void importImage();
    void importGeoJson();
    void exportMap();
    void printMap();
    void polygonDrawn(const QPolygonF &polygon);
    QString mapTitle() const;

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    MapScene *m_scene = nullptr;
    MapView *m_view = nullptr;
    QComboBox *m_grid = nullptr;
    QComboBox *m_coloring = nullptr;
    QCheckBox *m_byArea = nullptr;
    QComboBox *m_pageSize = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_draw = nullptr;
    QLabel *m_hint = nullptr;
    qint64 m_drawingFor = 0;
    bool m_fitted = false;
};
