#pragma once

#include <QDate>
#include <QList>
#include <QString>

// 结对帮扶: a helper paired with a household (care_pair). helperKind: 'cadre' (干部),
// 'party_member' (党员) or 'volunteer' (志愿者); residentId / volunteerId link the helper when known.
struct CarePair
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString helperName;
    QString helperKind = QStringLiteral("cadre");
    QString helperPhone;
    qint64 residentId = 0;
    qint64 volunteerId = 0;
    QDate startedOn;
    QDate endedOn; // invalid: still paired
    QString note;
    // Read with the pair.
    QString address;
    QString head;
    qint64 gridId = 0;
    QString gridName;
    int activities = 0;
    QDate lastActivity;
};

// What a helper did for the household, and when (care_pair_activity).
struct CarePairActivity
{
    qint64 id = 0;
    qint64 pairId = 0;
    QDate doneOn;
    QString what;
};

// Which pairs a list shows.
struct CarePairFilter
{
    qint64 gridId = 0;
    qint64 householdId = 0;
    bool currentOnly = false; // only pairs not ended
    QString text;             // in the helper's name or the household's head
};
