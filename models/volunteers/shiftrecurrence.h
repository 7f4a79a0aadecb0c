#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

// A weekly pattern of shifts, e.g. every Saturday 9:00–11:00 for 8 weeks, and the shifts it
// makes. Times are wall-clock times without a time zone (China keeps no daylight saving), so
// every shift of a pattern has the same length. An end at or before the start means the
// shift ends the next day (night duty).
class ShiftRecurrence final
{
    Q_DECLARE_TR_FUNCTIONS(ShiftRecurrence)

public:
    struct Pattern
    {
        QList<int> weekdays; // ISO 1 (Monday) .. 7 (Sunday)
        QTime start;
        QTime end;
        QDate from;
        int weeks = 0; // > 0: the weeks from `from` on (7 × weeks days); else up to `until`
        QDate until;   // inclusive
    };
    struct Slot
    {
        QDateTime start; // Qt::UTC used as a plain wall clock: no DST jumps
        QDateTime end;
        qreal hours() const { return start.secsTo(end) / 3600.0; }
    };
    static constexpr int kMaxShifts = 1000;

    // Empty when valid, else a translated sentence naming the field.
    static QString validate(const Pattern &pattern);
    // The shifts in date order; empty if the pattern is not valid.
    static QList<Slot> generate(const Pattern &pattern);

    // "yyyy-MM-ddTHH:mm:ss", the form stored in volunteer_shift.
    static QString toText(const QDateTime &wallClock);
    static QDateTime fromText(const QString &text);
    static QDateTime wallClock(const QDate &date, const QTime &time);
};
