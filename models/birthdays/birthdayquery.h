#pragma once

#include "models/access/accessscope.h"

#include "birthdayentry.h"
#include "birthdayrules.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

class SqlQuery;

// Finds the living residents whose birthday is kept in a month (or any span of days), aged at
// least the minimum on that birthday, each by their own calendar or the office default.
// Reads go through the stored birthday keys and their indexes (migration 3), so a
// month of a million-resident register reads only that month's elderly.
class BirthdayQuery final
{
public:
    BirthdayQuery(QSqlDatabase db, const AccessScope &scope);

    void setMinimumAge(int age) { m_minimumAge = age; }
    int minimumAge() const { return m_minimumAge; }
    // For residents with no calendar of their own.
    void setDefaultCalendar(BirthdayRules::Calendar calendar) { m_defaultCalendar = calendar; }
    BirthdayRules::Calendar defaultCalendar() const { return m_defaultCalendar; }

    // Birthdays kept between from and to inclusive (at most 366 days), unsorted.
    QList<BirthdayEntry> between(const QDate &from, const QDate &to) const;
    QList<BirthdayEntry> month(int year, int month) const;
    // The same residents with only what a summary counts (birth date, calendar, the day kept,
    // age turning and grid): no names, phones or tags, so a month of a large register is quick.
    QList<BirthdayEntry> monthBrief(int year, int month) const;
    // Living residents on the list of a party recorded for year/month who neither came nor
    // were visited at any party for that month; missedMonth is set, keptOn is in that month.
    QList<BirthdayEntry> missed(int year, int month) const;
    // The month's list plus those missed in the month before (each resident once).
    QList<BirthdayEntry> monthWithMissed(int year, int month) const;
    // The dashboard figure: birthdays in the `days` days from today on (today included).
    int upcomingCount(const QDate &today, int days = 7) const;

    // List order: by grid if asked, residents living alone first (home visits), then by the
    // day kept, then by name.
    static void sort(QList<BirthdayEntry> &entries, bool byGrid);

private:
    struct Tag
    {
        QString code;
        QString name;
    };
    struct Place // of a building
    {
        QString compound;
        QString building;
        qint64 gridId = 0;
        QString gridCode;
        QString gridName;
    };
    void loadLookups() const;
    void readRows(SqlQuery &q, QList<BirthdayEntry> &out) const;
    bool complete(BirthdayEntry &e, const QDate &from, const QDate &to) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    int m_minimumAge = 60;
    BirthdayRules::Calendar m_defaultCalendar = BirthdayRules::Calendar::Solar;
    mutable bool m_lookupsLoaded = false;
    mutable QHash<qint64, Tag> m_tags;
    mutable QList<qint64> m_tagOrder;
    mutable QHash<qint64, Place> m_places;
};
