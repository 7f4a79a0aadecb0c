#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// A community event (活动): per grid or community-wide, with the residents who took part, a head
// count of people not listed by name, and the volunteers who served and for how long.
struct Event
{
    struct Volunteer
    {
        qint64 volunteerId = 0;
        double hours = 0; // 0: the event's duration
        QString role;
    };

    qint64 id = 0;
    QString title;
    qint64 typeId = 0;
    qint64 gridId = 0; // 0: community-wide
    QString place;
    QDateTime startsAt;
    QDateTime endsAt;
    QString organiser;
    QList<qint64> participantIds; // residents of the register
    int extraParticipants = 0;    // people who came but are not listed by name
    QList<Volunteer> volunteers;
    QString notes;
    bool cancelled = false;
    int rowVersion = 0; // as read; a save over someone else's newer save is refused

    int participantCount() const { return int(participantIds.size()) + extraParticipants; }
    double durationHours() const { return startsAt.secsTo(endsAt) / 3600.0; }
};
