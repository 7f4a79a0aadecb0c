#include "age.h"

#include "lunardate.h"

int Age::fullYears(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    const int turning = on.year() - birth.year();
    return on < birthdayIn(birth, on.year()) ? turning - 1 : turning;
}

QDate Age::birthdayIn(const QDate &birth, int solarYear)
{
    if (!birth.isValid())
        return {};
    if (birth.month() == 2 && birth.day() == 29 && !QDate::isLeapYear(solarYear))
        return QDate(solarYear, 3, 1);
    return QDate(solarYear, birth.month(), birth.day());
}

int Age::nominalAge(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return -1;
    const LunarDate lunarBirth = LunarDate::fromSolar(birth);
    const LunarDate lunarOn = LunarDate::fromSolar(on);
    if (!lunarBirth.isValid() || !lunarOn.isValid())
        return -1;
    return lunarOn.year() - lunarBirth.year() + 1;
}

int Age::ageTurning(const QDate &birth, int solarYear)
{
    if (!birth.isValid() || solarYear < birth.year())
        return -1;
    return solarYear - birth.year();
}

bool Age::isMilestone(int age)
{
    return age >= 100 || age == 60 || age == 70 || age == 80 || age == 90;
}
