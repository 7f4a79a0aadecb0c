#pragma once

#include <QDate>

// Age rules used in the register. Everything is a pure function of dates, so the same rule
// is applied in lists, reminders, reports and validation.
class Age final
{
public:
    Age() = delete;

    // 周岁: completed years on the given day. The new year of age starts on the solar
    // birthday itself (everyday and administrative practice). Someone born on 29 February
    // turns a year older on 1 March in non-leap years: under Civil Code art. 202 the year
    // period then ends with 28 February, so it is complete from 1 March, and eligibility for
    // age-based benefits never starts early. (Criminal-law ages count from the day after the
    // birthday, per the Supreme People's Court; that is not this function's concern.)
    // Returns -1 if a date is invalid or on is before birth.
    static int fullYears(const QDate &birth, const QDate &on);

    // The day in solarYear on which the 周岁 age increases: the birthday, or 1 March for a
    // 29 February birth in a non-leap year. Invalid if birth is invalid.
    static QDate birthdayIn(const QDate &birth, int solarYear);

    // 虚岁: 1 in the lunar year of birth, one more at every 春节 after it, i.e.
    // lunarYear(on) - lunarYear(birth) + 1. Returns -1 if a date is invalid, outside the
    // range LunarDate covers, or on is before birth.
    static int nominalAge(const QDate &birth, const QDate &on);

    // The 周岁 age reached on the birthday in solarYear (year - birth year): 0 in the birth
    // year. Returns -1 if birth is invalid or solarYear is before the birth year.
    static int ageTurning(const QDate &birth, int solarYear);

    // Birthdays the community office marks: 60, 70, 80, 90 and every one from 100 on.
    static bool isMilestone(int age);
};
