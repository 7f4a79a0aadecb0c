#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

// When the demo's working day ends: `end` on `today`, but never later than the clock when the
// demo is made today, so nothing it writes lies in the future.
class DemoClock final
{
public:
    static QDateTime endOfDay(const QDate &today, const QTime &end)
    {
        const QDateTime close(today, end);
        return today == QDate::currentDate() ? qMin(close, QDateTime::currentDateTime()) : close;
    }
};
