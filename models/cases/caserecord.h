#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// One case as stored (table cases), with the names of its category, grid, building
// and errand type, and the visit it came from.
struct CaseRecord
{
    qint64 id = 0;
    QString caseNo;
    QString source;
    qint64 categoryId = 0;
    QString categoryName;
    qint64 gridId = 0;
    QString gridName;
    qint64 buildingId = 0;
    QString buildingName;
    QString location;
    qint64 reporterResidentId = 0;
    QString reporterName;
    QString reporterPhone;
    QString description;
    QDateTime receivedAt;
    QDateTime deadline;
    QString status;
    QString assignee;
    QString result;
    QDateTime closedAt;
    QString satisfaction;
    QDateTime followedUpAt;
    int reopenCount = 0;
    int rowVersion = 0;
    QString kind; // "case" or "errand"
    QString errandType;
    QString errandTypeName;
    qint64 visitNeedId = 0;
    QDate visitedOn; // the visit whose need became this case, if any
    QString visitWorker;
    QString withdrawnFrom; // status "withdrawn": the status it had, given back on reinstating
};
