#pragma once

#include "birthdayentry.h"

#include <QList>

// The figures shown above a birthday list and printed under it. 80+ includes 100+: many
// cities pay the old-age allowance (高龄津贴) from 80, and centenarians are counted apart.
struct BirthdayCounts
{
    int total = 0;
    int aged80 = 0;
    int aged100 = 0;
    int milestones = 0;
    int livingAlone = 0;
    int missed = 0;

    static BirthdayCounts of(const QList<BirthdayEntry> &entries)
    {
        BirthdayCounts c;
        for (const BirthdayEntry &e : entries) {
            ++c.total;
            c.aged80 += e.ageTurning >= 80 ? 1 : 0;
            c.aged100 += e.ageTurning >= 100 ? 1 : 0;
            c.milestones += e.isMilestone() ? 1 : 0;
            c.livingAlone += e.livingAlone ? 1 : 0;
            c.missed += e.isMissed() ? 1 : 0;
        }
        return c;
    }
};
