#pragma once

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

    explicit GridCoverage(QSqlDatabase db);
    QList<Building> buildingsWithoutGrid() const;
    QList<Household> householdsWithoutBuilding() const;

private:
    QSqlDatabase m_db;
};
