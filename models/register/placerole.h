#pragma once

#include <QString>

// A contact person of a place (楼栋长, 单元长, 三长, 业委会, 物业): on a compound (buildingId 0), a
// building (unit empty) or one unit of a building. Optionally a resident of the register.
struct PlaceRole
{
    qint64 id = 0;
    qint64 compoundId = 0;
    qint64 buildingId = 0;
    QString unit;
    QString role; // PlaceRoleStore::roles() code
    QString name;
    QString phone;
    qint64 residentId = 0;
};
