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
    QString kind;       // "" or "case", or "errand" (代办) with its errand_type code below
    QString errandType;
    qint64 visitNeedId = 0; // the visit need the case was raised from (set by VisitStore)
};
