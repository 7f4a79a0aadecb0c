#pragma once

#include <QDateTime>
#include <QString>

// What the intake form gives CaseStore::intake().
struct CaseIntake
{
    QString source; // CaseWorkflow::sources() code
    qint64 categoryId = 0;
    qint64 buildingId = 0; // optional; when given, the grid is the building's
    qint64 gridId = 0;     // used only when no building is given
    QString location;
    qint64 reporterResidentId = 0; // a resident of the register, or else the free text below
    QString reporterName;
    QString reporterPhone;
    QString description;
    QDateTime receivedAt;
    QDateTime deadline; // invalid = received + the category's deadline days
    QString byName;     // who took the case in
};
