#pragma once

#include <QList>
#include <QString>

// What the register list shows. Zero / empty means "any".
struct ResidentFilter
{
    QString text; // search: name, pinyin initials, traditional characters, ID, phone, address
    qint64 gridId = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    QString unit; // with buildingId
    qint64 householdId = 0;
    qint64 tagId = 0;
    QString residencyType;
    QString status = QStringLiteral("living"); // empty = every status
    int minAge = -1;
    int maxAge = -1;
    QList<qint64> residentIds; // these people only (the import's missing people); empty: anyone

    bool operator==(const ResidentFilter &o) const
    {
        return residentIds == o.residentIds && text == o.text && gridId == o.gridId && compoundId == o.compoundId &&
               buildingId == o.buildingId && unit == o.unit && householdId == o.householdId && tagId == o.tagId &&
               residencyType == o.residencyType && status == o.status && minAge == o.minAge && maxAge == o.maxAge;
    }
    bool operator!=(const ResidentFilter &o) const { return !(*this == o); }
};
