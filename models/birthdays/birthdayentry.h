#pragma once

#include "birthdayrules.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// One resident on a month's birthday list, with what the list, the sign-in sheet and the
// exports show of them.
struct BirthdayEntry
{
    Q_DECLARE_TR_FUNCTIONS(BirthdayEntry)

public:
    qint64 residentId = 0;
    qint64 householdId = 0;
    qint64 gridId = 0; // 0: the building has no grid
    QString name;
    QString namePinyin; // sort key
    QString gender;     // "M" / "F"
    QString phone;      // normalized; mask for display unless the clerk chose to show it
    QString address;
    QString gridCode;
    QString gridName;
    QDate birthDate;
    BirthdayRules::Calendar calendar = BirthdayRules::Calendar::Solar; // how this resident keeps it
    bool personalCalendar = false; // chosen for this resident rather than the office default
    QDate keptOn;                  // the day of the birthday in the listed (or missed) month
    int ageTurning = -1;           // 周岁 reached on that birthday
    int nominalAge = -1;           // 虚岁 on keptOn
    QList<qint64> tagIds;
    QStringList tagNames;
    bool livingAlone = false;
    QString missedMonth; // "yyyy-MM": on that month's party list but neither came nor was visited

    bool isMilestone() const;
    bool isMissed() const { return !missedMonth.isEmpty(); }

    // "农历三月初五" ("lunar 三月初五" untranslated); empty before 1900-01-31.
    QString lunarBirthdayText() const;
    // The day it is kept, e.g. "5月12日" / "12 May", with "(lunar)" for a lunar birthday.
    QString keptOnText() const;
    // Remarks for lists and prints: milestone, missed last time.
    QString noteText() const;
    QString genderText() const;
    QString phoneText(bool reveal) const;
    QString tagsText() const;
    QString gridText() const;
};
Q_DECLARE_TYPEINFO(BirthdayEntry, Q_RELOCATABLE_TYPE);
