#include "casedeadline.h"

#include "caseworkflow.h"

namespace {
constexpr qint64 kDaySeconds = 24 * 60 * 60;
}

qint64 CaseDeadline::nearThresholdSeconds(const QDateTime &received, const QDateTime &deadline)
{
    const qint64 allotted = received.isValid() ? qMax<qint64>(0, received.secsTo(deadline)) : 0;
    return qMax(kDaySeconds, allotted / 5);
}

CaseDeadline::State CaseDeadline::state(const QString &status, const QDateTime &received, const QDateTime &deadline,
                                        const QDateTime &now)
{
    if (!CaseWorkflow::isOpen(status) || !deadline.isValid())
        return State::None;
    const qint64 left = now.secsTo(deadline);
    if (left < 0)
        return State::Overdue;
    if (left <= nearThresholdSeconds(received, deadline))
        return State::Near;
    return State::Ok;
}

QColor CaseDeadline::background(State state)
{
    switch (state) {
    case State::Near:
        return QColor(0xff, 0xf1, 0xb8);
    case State::Overdue:
        return QColor(0xfb, 0xd0, 0xcd);
    default:
        return {};
    }
}

QColor CaseDeadline::foreground(State state)
{
    switch (state) {
    case State::Near:
        return QColor(0x7a, 0x4f, 0x00);
    case State::Overdue:
        return QColor(0xa1, 0x1b, 0x1b);
    default:
        return {};
    }
}

QString CaseDeadline::label(State state)
{
    switch (state) {
    case State::Near:
        return tr("Due soon");
    case State::Overdue:
        return tr("Overdue");
    case State::Ok:
        return tr("On time");
    case State::None:
        break;
    }
    return {};
}
