#pragma once

#include "models/access/accessscope.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// 不落一户: the gaps a clerk must close — buildings in no (active) grid and active households
// with no building.
class GridCoverage final
{
public:
    struct Building
    {
        qint64 id = 0;
        QString compoundName;
        QString name;
        int households = 0;
    };
    struct Household
    {
        qint64 id = 0;
        QString unit;
        QString room;
        QString head; // the head's name, or the first member's
        int members = 0;
    };

    // The buildings of the communities in the person's view; a household with no building
    // belongs to no community and is listed to the street (every community in view) only.
    GridCoverage(QSqlDatabase db, const AccessScope &scope);
    QList<Building> buildingsWithoutGrid() const;
    QList<Household> householdsWithoutBuilding() const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
