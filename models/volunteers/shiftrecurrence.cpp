#include "shiftrecurrence.h"

#include <QTimeZone>

QString ShiftRecurrence::validate(const Pattern &p)
{
    if (p.weekdays.isEmpty())
        return tr("Days: please choose at least one weekday.");
    for (const int d : p.weekdays)
        if (d < 1 || d > 7)
            return tr("Days: please choose weekdays from Monday to Sunday.");
    if (!p.start.isValid() || !p.end.isValid())
        return tr("Time: please enter the start and end time.");
    if (p.start == p.end)
        return tr("Time: the shift must not start and end at the same time.");
    if (!p.from.isValid())
        return tr("From: please enter the first day.");
    if (p.weeks <= 0) {
        if (!p.until.isValid())
            return tr("Until: please enter the number of weeks or the last day.");
        if (p.until < p.from)
            return tr("Until: the last day must not be before the first.");
    }
    const QDate last = p.weeks > 0 ? p.from.addDays(7LL * p.weeks - 1) : p.until;
    if (p.from.daysTo(last) / 7 * p.weekdays.size() > kMaxShifts)
        return tr("Until: at most %1 shifts can be made at once.").arg(kMaxShifts);
    return {};
}

QList<ShiftRecurrence::Slot> ShiftRecurrence::generate(const Pattern &p)
{
    QList<Slot> made;
    if (!validate(p).isEmpty())
        return made;
    const QDate last = p.weeks > 0 ? p.from.addDays(7LL * p.weeks - 1) : p.until;
    for (QDate d = p.from; d <= last && made.size() < kMaxShifts; d = d.addDays(1)) {
        if (!p.weekdays.contains(d.dayOfWeek()))
            continue;
        Slot s;
        s.start = wallClock(d, p.start);
        s.end = wallClock(p.end > p.start ? d : d.addDays(1), p.end);
        made.append(s);
    }
    return made;
}

QDateTime ShiftRecurrence::wallClock(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

QString ShiftRecurrence::toText(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime ShiftRecurrence::fromText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(text.left(16), QStringLiteral("yyyy-MM-ddTHH:mm"));
    if (!t.isValid())
        return {};
    return wallClock(t.date(), t.time());
}
