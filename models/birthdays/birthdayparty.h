#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A birthday party held for one month's birthdays, for one grid or the whole community, and
// what became of each resident on its list.
struct BirthdayParty
{
    enum class Outcome { Attended, Visited, Absent }; // visited: a home visit with the gift instead

    struct Attendance
    {
        qint64 residentId = 0;
        Outcome outcome = Outcome::Absent;
        QString gift;    // what was given, if other than the party's gift
        QString givenBy; // who gave it or visited, if other than the party's host
        QString note;
    };

    qint64 id = 0;
    QString month;     // "yyyy-MM": the birthdays celebrated
    QDate date;        // when it was held
    qint64 gridId = 0; // 0: the whole community
    QString place;
    QString gift;     // e.g. a cake and longevity noodles
    QString hostedBy; // who held it
    QString notes;
    QList<Attendance> attendance; // everyone on the list, absent ones included

    static QString outcomeCode(Outcome outcome);
    static Outcome outcomeFromCode(const QString &code);
};
