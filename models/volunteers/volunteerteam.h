#pragma once

#include <QString>

// A volunteer service team (志愿服务队) with its leader; archived, never deleted.
struct VolunteerTeam
{
    qint64 id = 0;
    QString name;
    qint64 gridId = 0;
    qint64 leaderId = 0;
    QString leaderName; // read only
    QString description;
    bool archived = false;
    int memberCount = 0; // read only: current members
};
