#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QTreeWidget;

// The coverage check (不落一户): buildings in no grid and households with no building, with a
// one-line verdict. Double-clicking a building asks the register to show its households.
class GridCoveragePanel final : public QWidget
{
    Q_OBJECT

public:
    GridCoveragePanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void reload();
    QTreeWidget *buildings() const { return m_buildings; }
    QTreeWidget *households() const { return m_households; }
    QLabel *summary() const { return m_summary; }

signals:
    void buildingActivated(qint64 buildingId);

private:
    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    QLabel *m_summary = nullptr;
    QTreeWidget *m_buildings = nullptr;
    QTreeWidget *m_households = nullptr;
};
