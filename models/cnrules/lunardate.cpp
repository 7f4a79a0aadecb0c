#include "lunardate.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>

namespace {

constexpr int YearCount = LunarDate::MaxYear - LunarDate::MinYear + 1;

// The widely published lunar year table (1900–2100), one entry per lunar year:
//   bits 0–3   leap month number, 0 if none;
//   bits 4–15  months 1–12, month m at bit (16 - m): set = 30 days, clear = 29 days;
//   bit 16     length of the leap month: set = 30 days, clear = 29 days.
// Lunar 1900 正月初一 is solar 1900-01-31. Copies of the table in circulation disagree in a
// few entries; 1996 (0x05ac0) and 2060 (0x092e0) here are the variants that match the
// astronomical new moons (Beijing time), and the whole table was checked day by day against
// an independent astronomical calendar; tests/lunardate_test.cpp carries that reference.
// clang-format off
constexpr std::array<std::uint32_t, YearCount> YearInfo = {
    0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, // 1900
    0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, // 1910
    0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, // 1920
    0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, // 1930
    0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, // 1940
    0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, // 1950
    0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0, // 1960
    0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6, // 1970
    0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570, // 1980
    0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0, // 1990
    0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000
    0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010
    0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020
    0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030
    0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040
    0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, // 2050
    0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, // 2060
    0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, // 2070
    0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, // 2080
    0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, // 2090
    0x0d520, // 2100
};
// clang-format on

constexpr int leapMonthOf(std::uint32_t info)
{
    return static_cast<int>(info & 0xf);
}

constexpr int leapMonthDaysOf(std::uint32_t info)
{
    if (leapMonthOf(info) == 0)
        return 0;
    return (info & 0x10000) ? 30 : 29;
}

constexpr int ordinaryMonthDaysOf(std::uint32_t info, int month)
{
    return (info & (0x10000u >> month)) ? 30 : 29;
}

constexpr int yearDaysOf(std::uint32_t info)
{
    int days = leapMonthDaysOf(info);
    for (int month = 1; month <= 12; ++month)
        days += ordinaryMonthDaysOf(info, month);
    return days;
}

// Day offset of each lunar new year from the epoch, plus one past the end, so that a solar
// date maps to its lunar year by binary search instead of a walk through 200 years.
constexpr std::array<int, YearCount + 1> YearStart = [] {
    std::array<int, YearCount + 1> starts{};
    int offset = 0;
    for (int i = 0; i < YearCount; ++i) {
        starts[i] = offset;
        offset += yearDaysOf(YearInfo[i]);
    }
    starts[YearCount] = offset;
    return starts;
}();

bool inRange(int lunarYear)
{
    return lunarYear >= LunarDate::MinYear && lunarYear <= LunarDate::MaxYear;
}

std::uint32_t infoOf(int lunarYear)
{
    return YearInfo[static_cast<std::size_t>(lunarYear - LunarDate::MinYear)];
}

QDate epoch()
{
    return QDate(1900, 1, 31);
}

// Days from the lunar new year to the first day of the given month.
int daysBeforeMonth(int lunarYear, int month, bool leap)
{
    const std::uint32_t info = infoOf(lunarYear);
    const int leapMonth = leapMonthOf(info);
    int days = 0;
    for (int m = 1; m < month; ++m) {
        days += ordinaryMonthDaysOf(info, m);
        if (m == leapMonth)
            days += leapMonthDaysOf(info);
    }
    if (leap)
        days += ordinaryMonthDaysOf(info, month);
    return days;
}

constexpr char16_t Digits[] = u"一二三四五六七八九十";
constexpr char16_t MonthChars[] = u"正二三四五六七八九十冬腊";
constexpr char16_t Stems[] = u"甲乙丙丁戊己庚辛壬癸";
constexpr char16_t Branches[] = u"子丑寅卯辰巳午未申酉戌亥";
constexpr char16_t Animals[] = u"鼠牛虎兔龙蛇马羊猴鸡狗猪";

// Position of lunarYear in the 60-year cycle, 0 = 甲子 (1984, 1924, …).
int cycleIndex(int lunarYear)
{
    return ((lunarYear - 1984) % 60 + 60) % 60;
}

} // namespace

LunarDate::LunarDate(int year, int month, int day, bool leapMonth)
    : m_year(year)
    , m_month(month)
    , m_day(day)
    , m_leapMonth(leapMonth)
{}

LunarDate LunarDate::fromSolar(const QDate &date)
{
    if (!date.isValid())
        return {};
    const qint64 offset = epoch().daysTo(date);
    if (offset < 0 || offset >= YearStart.back())
        return {};

    const auto next = std::upper_bound(YearStart.begin(), YearStart.end(), static_cast<int>(offset));
    const int index = static_cast<int>(next - YearStart.begin()) - 1;
    const int year = MinYear + index;
    int remaining = static_cast<int>(offset) - YearStart[static_cast<std::size_t>(index)];

    const std::uint32_t info = infoOf(year);
    const int leap = leapMonthOf(info);
    for (int month = 1; month <= 12; ++month) {
        const int ordinary = ordinaryMonthDaysOf(info, month);
        if (remaining < ordinary)
            return LunarDate(year, month, remaining + 1, false);
        remaining -= ordinary;
        if (month == leap) {
            const int leapDays = leapMonthDaysOf(info);
            if (remaining < leapDays)
                return LunarDate(year, month, remaining + 1, true);
            remaining -= leapDays;
        }
    }
    Q_UNREACHABLE();
    return {};
}

LunarDate LunarDate::fromLunar(int year, int month, int day, bool leapMonth)
{
    const int days = monthDays(year, month, leapMonth);
    if (day < 1 || day > days)
        return {};
    return LunarDate(year, month, day, leapMonth);
}

QDate LunarDate::toSolar() const
{
    if (!isValid())
        return {};
    const int offset = YearStart[static_cast<std::size_t>(m_year - MinYear)] +
                       daysBeforeMonth(m_year, m_month, m_leapMonth) + m_day - 1;
    return epoch().addDays(offset);
}

QString LunarDate::toString() const
{
    if (!isValid())
        return {};
    return monthName() + dayName();
}

QString LunarDate::monthName() const
{
    if (!isValid())
        return {};
    QString name;
    if (m_leapMonth)
        name += QStringLiteral("闰");
    name += QChar(MonthChars[m_month - 1]);
    name += QStringLiteral("月");
    return name;
}

QString LunarDate::dayName() const
{
    if (!isValid())
        return {};
    // 初一…初十, 十一…十九, 二十, 廿一…廿九, 三十: the tens word is 初/十/廿, except the
    // round days 20 and 30, which are written 二十 and 三十.
    const int tens = m_day / 10;
    const int units = m_day % 10;
    QString name;
    if (units == 0) {
        name += tens == 1 ? QStringLiteral("初") : QString(QChar(Digits[tens - 1]));
        name += QChar(Digits[9]);
        return name;
    }
    static constexpr char16_t TensWords[] = u"初十廿";
    name += QChar(TensWords[tens]);
    name += QChar(Digits[units - 1]);
    return name;
}

QString LunarDate::ganzhiYear() const
{
    return isValid() ? ganzhiYear(m_year) : QString();
}

QString LunarDate::zodiac() const
{
    return isValid() ? zodiac(m_year) : QString();
}

QString LunarDate::ganzhiYear(int lunarYear)
{
    const int index = cycleIndex(lunarYear);
    QString name;
    name += QChar(Stems[index % 10]);
    name += QChar(Branches[index % 12]);
    return name;
}

QString LunarDate::zodiac(int lunarYear)
{
    return QString(QChar(Animals[cycleIndex(lunarYear) % 12]));
}

int LunarDate::leapMonth(int lunarYear)
{
    return inRange(lunarYear) ? leapMonthOf(infoOf(lunarYear)) : 0;
}

int LunarDate::monthDays(int lunarYear, int month, bool leap)
{
    if (!inRange(lunarYear) || month < 1 || month > 12)
        return 0;
    const std::uint32_t info = infoOf(lunarYear);
    if (leap)
        return leapMonthOf(info) == month ? leapMonthDaysOf(info) : 0;
    return ordinaryMonthDaysOf(info, month);
}

int LunarDate::yearDays(int lunarYear)
{
    return inRange(lunarYear) ? yearDaysOf(infoOf(lunarYear)) : 0;
}

QDate LunarDate::minimumSolarDate()
{
    return epoch();
}

QDate LunarDate::maximumSolarDate()
{
    return epoch().addDays(YearStart.back() - 1);
}

QList<QDate> LunarDate::solarDatesInMonth(int lunarMonth, int lunarDay, [[maybe_unused]] bool bornInLeapMonth,
                                          int solarYear, int solarMonth)
{
    QList<QDate> dates;
    if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30 || solarMonth < 1 || solarMonth > 12)
        return dates;

    // Lunar year Y runs from late January/February of Y into January/February of Y + 1, so a
    // solar month of year S can only hold days of lunar years S - 1 and S.
    for (const int year : {solarYear - 1, solarYear}) {
        const int days = monthDays(year, lunarMonth, false);
        if (days == 0)
            continue;
        const QDate date = fromLunar(year, lunarMonth, std::min(lunarDay, days), false).toSolar();
        if (date.year() == solarYear && date.month() == solarMonth)
            dates.append(date);
    }
    return dates;
}

bool operator<(const LunarDate &a, const LunarDate &b)
{
    if (a.m_year != b.m_year)
        return a.m_year < b.m_year;
    if (a.m_month != b.m_month)
        return a.m_month < b.m_month;
    if (a.m_leapMonth != b.m_leapMonth)
        return !a.m_leapMonth;
    return a.m_day < b.m_day;
}
