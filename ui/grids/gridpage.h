#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class GridAssignPanel;
class GridCoveragePanel;
class GridEditor;
class GridTableModel;
class MapPage;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// Grids and map: the list of grids with their figures, the selected grid's editor and
// building assignment, the coverage check, and the offline grid map.
class GridPage final : public QWidget
{
    Q_OBJECT

public:
    GridPage(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *gridView() const { return m_view; }
    GridTableModel *gridModel() const { return m_model; }
    GridEditor *editor() const { return m_editor; }
    GridAssignPanel *assignPanel() const { return m_assign; }
    GridCoveragePanel *coveragePanel() const { return m_coverage; }
    MapPage *mapPage() const { return m_map; }
    QLabel *figuresLabel() const { return m_figures; }
    void showGrid(qint64 gridId);
    QPushButton *handoverButton() const { return m_handover; }
    // Writes the grid's handover pack (the button asks where); false with a message if it failed.
    bool writeHandoverPack(qint64 gridId, const QString &path);

signals:
    // Asks the register to list this building's households.
    void showBuildingHouseholds(qint64 buildingId);
    void statusMessage(const QString &text);

private:
    void currentGridChanged();
    void refresh(qint64 selectGridId);
    void archiveCurrent();
    void showFigures(qint64 gridId);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QTabWidget *m_tabs = nullptr;
    GridTableModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    bool m_reverting = false; // going back to the grid being edited, not choosing another
    GridEditor *m_editor = nullptr;
    GridAssignPanel *m_assign = nullptr;
    GridCoveragePanel *m_coverage = nullptr;
    MapPage *m_map = nullptr;
    QLabel *m_figures = nullptr;
    QPushButton *m_handover = nullptr;
};
