#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// How a case stands against its deadline at a moment.
//   None:    the case is closed or followed up (no deadline to meet).
//   Overdue: now > deadline (red).
//   Near:    deadline - threshold <= now <= deadline (yellow), threshold being the larger of
//            24 hours and a fifth of the time allotted (deadline - received): a 3-day case turns
//            yellow on its last day, a 15-day case in its last 3 days.
//   Ok:      otherwise.
class CaseDeadline final
{
    Q_DECLARE_TR_FUNCTIONS(CaseDeadline)

public:
    enum class State { None, Ok, Near, Overdue };

    static State state(const QString &status, const QDateTime &received, const QDateTime &deadline,
                       const QDateTime &now);
    static qint64 nearThresholdSeconds(const QDateTime &received, const QDateTime &deadline);
    static QColor background(State state); // invalid for None and Ok
    static QColor foreground(State state);
    static QString label(State state);
};
