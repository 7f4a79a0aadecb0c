#pragma once

#include "testsupport.h"

#include <QDate>
#include <QString>

// The residents the tests of attendee lists share (the picker, the event and meeting forms and
// stores): 张秀英 (born 1950) and 张伟 (1975) in room 101 of building A1 in grid A, 李娜 (1980) in
// room 301 of building B1 in grid B. Searching "张" finds the first two; their ids ascend in
// that order.
class AttendeeTestData final
{
public:
    const QString zhangXiuyingIdNumber = TestDatabase::idFor(QDate(1950, 1, 1), false, 41);
    const QString zhangWeiIdNumber = TestDatabase::idFor(QDate(1975, 1, 1), true, 42);
    const QString liNaIdNumber = TestDatabase::idFor(QDate(1980, 1, 1), false, 43);
    qint64 zhangXiuying = 0;
    qint64 zhangWei = 0;
    qint64 liNa = 0;

    // Adds the three to `t`; false when the register refused one.
    bool addTo(TestDatabase &t)
    {
        if (!t.addHousehold(
                t.buildingA1, QStringLiteral("1"), QStringLiteral("101"),
                {{QStringLiteral("张秀英"), zhangXiuyingIdNumber}, {QStringLiteral("张伟"), zhangWeiIdNumber}}) ||
            !t.addHousehold(t.buildingB1, QStringLiteral("1"), QStringLiteral("301"),
                            {{QStringLiteral("李娜"), liNaIdNumber}}))
            return false;
        zhangXiuying = t.residentId(zhangXiuyingIdNumber);
        zhangWei = t.residentId(zhangWeiIdNumber);
        liNa = t.residentId(liNaIdNumber);
        return zhangXiuying > 0 && zhangWei > 0 && liNa > 0;
    }
};
