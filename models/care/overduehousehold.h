#pragma once

#include <QDate>
#include <QString>

// One household overdue for a follow-up visit (CareOverdue), with why: the member, tag and rule
// that ask for the most urgent visit.
struct OverdueHousehold
{
    qint64 householdId = 0;
    qint64 gridId = 0;
    QString gridName;
    QString address;
    QString head;    // the head of household's name, or the first living member's
    QDate lastVisit; // invalid: never visited
    QDate due;       // the day the visit was due
    int daysOverdue = 0;
    QString level; // the highest level among its overdue members ('normal', 'focus', 'severe')
    // Why: the member and the rule with the most days overdue.
    qint64 residentId = 0;
    QString residentName;
    qint64 ruleId = 0;
    QString tagName;
    int minAge = 0;
    int rhythmDays = 0;
};
