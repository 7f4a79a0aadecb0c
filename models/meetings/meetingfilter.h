#pragma once

#include <QDate>
#include <QString>

// What the meeting list shows. Zero / empty / invalid means "any".
struct MeetingFilter
{
    QDate from;
    QDate to;          // inclusive
    qint64 gridId = 0; // -1: community-wide and compound meetings only
    qint64 kindId = 0;
    QString text; // topic or place
    bool includeArchived = false;

    bool operator==(const MeetingFilter &o) const
    {
        return from == o.from && to == o.to && gridId == o.gridId && kindId == o.kindId && text == o.text &&
               includeArchived == o.includeArchived;
    }
    bool operator!=(const MeetingFilter &o) const { return !(*this == o); }
};
