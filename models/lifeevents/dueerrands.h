#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "dueerrand.h"
#include "lifeeventrule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

// The errands the office's life-event rules open on a day, for the residents a person may see:
// a birthday that reaches a rule's age (from its lead time before the day until a month after,
// so a desk that was not opened on the day still lists it), each later birthday of a yearly
// rule, a death, a birth, a move-in of a household whose members' 户口 is elsewhere, a tag's date
// (低保 复核日期, from its lead time before the date). An errand
// opened once is never listed again (life_event_errand keeps which rule, resident and occasion).
class DueErrands final
{
    Q_DECLARE_TR_FUNCTIONS(DueErrands)

public:
    // After the event, how long it stays on the list before it is history.
    static constexpr int kGraceDays = 30;

    DueErrands(QSqlDatabase db, const AccessScope &scope);

    // Grid by grid (in grid order), then by date.
    QList<DueErrand> list(const QDate &day) const;
    // Opens each as an errand (代办) of the resident, in one transaction; the result's id is the
    // number opened. Those opened meanwhile (by another desk) are skipped, never doubled.
    SaveResult open(const QList<DueErrand> &due);

private:
    void collect(const LifeEventRule &rule, const QDate &day, QList<DueErrand> *out) const;
    // A rule on a tag's date attribute (低保 复核日期): the occasion is the date itself.
    void collectTagDate(const LifeEventRule &rule, const QDate &day, QList<DueErrand> *out) const;
    bool isOpened(qint64 ruleId, qint64 residentId, const QString &occasion) const;
    // Whether an errand of this rule was opened for a date near this one: a review date corrected
    // by a few days is the same review; next year's is a new one.
    bool isOpenedNear(const LifeEventRule &rule, qint64 residentId, const QDate &date) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
