#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// A deliberation meeting (议事会): where and when, the residents present (listed from the
// register plus a head count of others), the cases discussed, the motions voted on and the
// follow-up tasks with their owners and due dates.
struct Meeting
{
    struct Motion
    {
        qint64 id = 0;
        QString text;
        int votesFor = 0;
        int votesAgainst = 0;
        int votesAbstain = 0;
        QString decision; // set on save from the votes (MotionVote::code)
    };
    struct Task
    {
        qint64 id = 0;
        int motionIndex = -1; // into motions; -1: not tied to a motion
        QString description;
        QString owner;
        QDate dueOn;
        QDate doneOn; // invalid: not done yet
    };

    qint64 id = 0;
    QDate heldOn;
    QTime startsAt; // invalid: not recorded
    QString place;
    qint64 gridId = 0;     // 0 and compoundId 0: community-wide
    qint64 compoundId = 0; // a compound's council; gridId is then 0
    qint64 kindId = 0;
    QString topic;
    QList<qint64> attendeeIds; // residents of the register
    int headCount = 0;         // people present who are not listed by name
    QList<qint64> caseIds;
    QList<Motion> motions;
    QList<Task> tasks;
    QString notes;
    bool archived = false;

    int attendeeTotal() const { return int(attendeeIds.size()) + headCount; }
};
