#pragma once

#include <QString>

// A kind of case (table case_category); a clerk may add, rename, retime and archive them.
struct CaseCategory
{
    qint64 id = 0;
    QString code;
    QString name;
    int deadlineDays = 7;
    int sortOrder = 0;
    bool archived = false;
};
