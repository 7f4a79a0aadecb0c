#pragma once

#include "models/access/accessscope.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

// Assigns buildings to the current grid: pick a compound, tick buildings (each shows the grid
// it is in now), then assign the ticked ones or the whole compound. A building is in exactly
// one grid, so assigning moves it.
class GridAssignPanel final : public QWidget
{
    Q_OBJECT

public:
    GridAssignPanel(QSqlDatabase db, const AccessScope &scope, QWidget *parent = nullptr);

    void setGrid(qint64 gridId, const QString &name);
    void reload();
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
    QComboBox *m_compound = nullptr;
    QListWidget *m_buildings = nullptr;
    QPushButton *m_assignChecked = nullptr;
    QPushButton *m_assignCompound = nullptr;
    QLabel *m_message = nullptr;
};
