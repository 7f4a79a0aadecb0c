#pragma once

#include <QDate>
#include <QString>

// One call at a household (table visit), with the address it was made at for display.
struct Visit
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 gridId = 0; // the building's grid on the day; set by VisitStore
    QDate visitedOn;
    QString worker; // the grid worker who went
    QString met;    // who was met at the door
    QString notes;
    bool archived = false;
    int rowVersion = 0;
    QString address; // compound, building, unit and room (read only)
};
