#pragma once

#include <QDate>
#include <QString>

// An errand a rule opens for a resident on a day (DueErrands::list), not opened yet.
struct DueErrand
{
    qint64 ruleId = 0;
    QString ruleCode;
    QString errandType;
    QString errandTypeName;
    qint64 residentId = 0;
    QString residentName;
    qint64 buildingId = 0;
    qint64 gridId = 0;
    QString gridName;
    QString occasion; // what makes it one errand only: the birthday, the year, the date of death…
    QDate eventDate;  // the birthday, the date of death, of birth or of the move
    QString text;     // the rule's wording filled in
};
