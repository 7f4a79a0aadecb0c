#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// The current grid's buildings (only those, from every compound), and below them the way to add
// more: pick a compound, tick its buildings not yet in this grid (each shows the grid it is in
// now), then assign the ticked ones or the whole compound. A building is in exactly one grid,
// so assigning moves it.
class GridAssignPanel final : public QWidget
{
    Q_OBJECT

public:
    GridAssignPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setGrid(qint64 gridId, const QString &name);
    void reload();
    QListWidget *gridBuildingList() const { return m_own; }
    QComboBox *compoundCombo() const { return m_compound; }
    QListWidget *buildingList() const { return m_buildings; }
    bool assignChecked();
    bool assignCompound();

signals:
    void assigned();

private:
    void fillBuildings();
    void report(bool ok, const QString &message);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    qint64 m_gridId = 0;
    QString m_gridName;
    QListWidget *m_own = nullptr;
    QLabel *m_ownCount = nullptr;
    QComboBox *m_compound = nullptr;
    QListWidget *m_buildings = nullptr;
    QPushButton *m_assignChecked = nullptr;
    QPushButton *m_assignCompound = nullptr;
    QLabel *m_message = nullptr;
};
