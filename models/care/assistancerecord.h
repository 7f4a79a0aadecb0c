#pragma once

#include <QDate>
#include <QString>

// One assistance given to a household (assistance): 临时救助, 慰问, 物资 or a kind the office
// added, with an amount in fen or items, the day and who gave it.
struct AssistanceRecord
{
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 residentId = 0; // 0: the household as a whole
    qint64 kindId = 0;
    qint64 amountFen = 0; // 0: none (goods only)
    QString items;
    QDate givenOn;
    QString givenBy;
    QString note;
    bool archived = false; // archived: a mistaken record, kept but no longer counted
    int rowVersion = 0;    // 0: not saved yet; a save over another's change is refused
    // Read with the record.
    QString kindName;
    QString residentName;
    QString address;
    QString head;
    qint64 gridId = 0;
    QString gridName;
};

// Which records a list shows.
struct AssistanceFilter
{
    QDate from; // invalid: from the first
    QDate to;   // inclusive; invalid: to the last
    qint64 gridId = 0;
    qint64 kindId = 0;
    qint64 householdId = 0;
};

// Totals of one grid and kind over a period.
struct AssistanceTotal
{
    qint64 gridId = 0;
    QString gridName;
    qint64 kindId = 0;
    QString kindName;
    int count = 0;
    int households = 0;
    qint64 amountFen = 0;
};
