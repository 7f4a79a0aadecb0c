#pragma once

#include <QDate>
#include <QList>
#include <QString>

// A day of the Chinese lunisolar calendar (农历) for lunar years 1900–2100, that is solar
// 1900-01-31 (lunar 1900 正月初一) up to 2101-01-28 (lunar 2100 腊月廿九). Residents give
// their birthdays in it, so the register needs both directions of conversion. A
// default-constructed LunarDate is invalid, as is anything made from an out-of-range or
// impossible date.
class LunarDate final
{
public:
    static constexpr int MinYear = 1900;
    static constexpr int MaxYear = 2100;

    LunarDate() = default;

    // Invalid if date is invalid or outside minimumSolarDate()..maximumSolarDate().
    static LunarDate fromSolar(const QDate &date);
    // Invalid unless the day exists: e.g. day 30 of a 29-day month, or leapMonth set for a
    // month that is not that year's leap month, give an invalid LunarDate.
    static LunarDate fromLunar(int year, int month, int day, bool leapMonth = false);
    // An invalid QDate for an invalid LunarDate.
    QDate toSolar() const;

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    bool isLeapMonth() const { return m_leapMonth; }

    // "正月初一", "闰四月十五", "冬月廿九", "腊月三十"; empty if invalid.
    QString toString() const;
    // "正月", "闰四月", "冬月", "腊月"; empty if invalid.
    QString monthName() const;
    // "初一" … "初十", "十一" … "十九", "二十", "廿一" … "廿九", "三十"; empty if invalid.
    QString dayName() const;
    // Stem-branch name (干支) and zodiac animal (生肖) of the lunar year, e.g. "甲辰" and "龙"
    // for 2024. The year changes at 春节, as people reckon their 属相 in everyday use
    // (almanacs that change at 立春 can differ for births in between).
    QString ganzhiYear() const;
    QString zodiac() const;
    static QString ganzhiYear(int lunarYear);
    static QString zodiac(int lunarYear);

    // Leap month number of lunarYear (1–12), 0 if it has none or is out of range.
    static int leapMonth(int lunarYear);
    // 29 or 30; 0 if the month does not exist (out of range, or leap but not the leap month).
    static int monthDays(int lunarYear, int month, bool leap = false);
    // 353–385; 0 if out of range.
    static int yearDays(int lunarYear);

    static QDate minimumSolarDate();
    static QDate maximumSolarDate();

    // The solar dates within solarYear/solarMonth on which someone born on lunar
    // lunarMonth/lunarDay celebrates the lunar birthday. Both lunar years overlapping the
    // solar month are considered. Customs followed:
    //  - a birthday in a leap month is kept in the ordinary month of the same number every
    //    year, even in years that repeat that leap month (the common custom).
    //    bornInLeapMonth therefore does not change the result today; it is taken so callers
    //    pass what they know and the rule stays in one place.
    //  - a birthday on day 30 is kept on day 29 in years where that month has 29 days.
    // With these rules the list holds 0 or 1 date; it is empty for invalid arguments.
    static QList<QDate> solarDatesInMonth(int lunarMonth, int lunarDay, bool bornInLeapMonth, int solarYear,
                                          int solarMonth);

    friend bool operator==(const LunarDate &a, const LunarDate &b)
    {
        return a.m_year == b.m_year && a.m_month == b.m_month && a.m_day == b.m_day && a.m_leapMonth == b.m_leapMonth;
    }
    friend bool operator!=(const LunarDate &a, const LunarDate &b) { return !(a == b); }
    // Calendar order; the leap month follows the ordinary month of the same number.
    friend bool operator<(const LunarDate &a, const LunarDate &b);

private:
    LunarDate(int year, int month, int day, bool leapMonth);

    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    bool m_leapMonth = false;
};
