#include "models/cnrules/lunardate.h"

#include <QObject>
#include <QTest>

#include <iterator>

// Every lunar year 1900–2100 as computed by an astronomical calendar that does not use the
// hex table (lunar-javascript 1.7.7, after the sxwnl algorithm), so a typo in the table shows
// up here: solar date of 正月初一 as MMDD, leap month in hex (0 = none), then the month
// lengths in calendar order (1 = 30 days, 0 = 29 days; a leap month follows its ordinary
// month). Index = lunar year - 1900.
// clang-format off
static const char *const Reference[] = {
    "0131 8 0100101101101", "0219 0 010010101110", "0208 0 101001010111", "0129 5 0101001001101",
    "0216 0 110100100110", "0204 0 110110010101", "0125 4 0110101010101", "0213 0 010101101010",
    "0202 0 100110101101", "0122 2 0100101011101", "0210 0 010010101110", "0130 6 1010010011011",
    "0218 0 101001001101", "0206 0 110100100101", "0126 5 1101010100101", "0214 0 101101010100",
    "0203 0 110101101010", "0123 2 1001011011010", "0211 0 100101011011", "0201 7 0100100110111",
    "0220 0 010010010111", "0208 0 101001001011", "0128 5 1011001001011", "0216 0 011010100101",
    "0205 0 011011010100", "0124 4 1010110110101", "0213 0 001010110110", "0202 0 100101010111",
    "0123 2 0100100101111", "0210 0 010010010111", "0130 6 0110010010110", "0217 0 110101001010",
    "0206 0 111010100101", "0126 5 0110110101001", "0214 0 010110101101", "0204 0 001010110110",
    "0124 3 1001001101110", "0211 0 100100101110", "0131 7 1100100101101", "0219 0 110010010101",
    "0208 0 110101001010", "0127 6 1101101001010", "0215 0 101101010101", "0205 0 010101101010",
    "0125 4 1010101011011", "0213 0 001001011101", "0202 0 100100101101", "0122 2 1100100101011",
    "0210 0 101010010101", "0129 7 1011010010101", "0217 0 011011001010", "0206 0 101101010101",
    "0127 5 0101010110101", "0214 0 010011011010", "0203 0 101001011011", "0124 3 0101001010111",
    "0212 0 010100101011", "0131 8 1010100101010", "0218 0 111010010101", "0208 0 011010101010",
    "0128 6 1010110101010", "0215 0 101010110101", "0205 0 010010110110", "0125 4 1010010101110",
    "0213 0 101001010111", "0202 0 010100100110", "0121 3 1110100100110", "0209 0 110110010101",
    "0130 7 0101101010101", "0217 0 010101101010", "0206 0 100101101101", "0127 5 0100101011101",
    "0215 0 010010101101", "0203 0 101001001101", "0123 4 1101001001101", "0211 0 110100100101",
    "0131 8 1101010100101", "0218 0 101101010100", "0207 0 101101101010", "0128 6 1001011011010",
    "0216 0 100101011011", "0205 0 010010011011", "0125 4 1010010010111", "0213 0 101001001011",
    "0202 a 1011001001011", "0220 0 011010100101", "0209 0 011011010100", "0129 6 1010110110100",
    "0217 0 101010110110", "0206 0 100101010111", "0127 5 0100100101111", "0215 0 010010010111",
    "0204 0 011001001011", "0123 3 0110101001010", "0210 0 111010100101", "0131 8 0110101100101",
    "0219 0 010110101100", "0207 0 101010110110", "0128 5 1001001101101", "0216 0 100100101110",
    "0205 0 110010010110", "0124 4 1101010010101", "0212 0 110101001010", "0201 0 110110100101",
    "0122 2 0101101010101", "0209 0 010101101010", "0129 7 1010101011011", "0218 0 001001011101",
    "0207 0 100100101101", "0126 5 1100100101011", "0214 0 101010010101", "0203 0 101101001010",
    "0123 4 1011010101010", "0210 0 101011010101", "0131 9 0101010110101", "0219 0 010010111010",
    "0208 0 101001011011", "0128 6 0101001010111", "0216 0 010100101011", "0205 0 101010010011",
    "0125 4 0111010010101", "0212 0 011010101010", "0201 0 101011010101", "0122 2 0100110110101",
    "0210 0 010010110110", "0129 6 1010010101110", "0217 0 101001001110", "0206 0 110100100110",
    "0126 5 1110100100110", "0213 0 110101010011", "0203 0 010110101010", "0123 3 0110101101010",
    "0211 0 100101101101", "0131 b 0100101011101", "0219 0 010010101101", "0208 0 101001001101",
    "0128 6 1101001001011", "0215 0 110100100101", "0204 0 110101010010", "0124 5 1101101010100",
    "0212 0 101101011010", "0201 0 010101101101", "0122 2 0100101011011", "0210 0 010010011011",
    "0130 7 1010010010111", "0217 0 101001001011", "0206 0 101010100101", "0126 5 1011010100101",
    "0214 0 011011010010", "0202 0 101011011010", "0123 3 0101010110110", "0211 0 100100110111",
    "0201 8 0100100101111", "0219 0 010010010111", "0208 0 011001001011", "0128 6 0110101001010",
    "0215 0 111010100101", "0204 0 011010110010", "0124 4 1010101101100", "0212 0 101010101110",
    "0202 0 100100101110", "0121 3 1100100101110", "0209 0 110010010110", "0129 7 1101010010101",
    "0217 0 110101001010", "0205 0 110110100101", "0126 5 0101101010101", "0214 0 010101101010",
    "0203 0 101001101101", "0123 4 0101001011101", "0211 0 010100101101", "0131 8 1010100101011",
    "0219 0 101010010101", "0207 0 101101001010", "0127 6 1011010101010", "0215 0 101011010101",
    "0205 0 010101011010", "0124 4 1010010111010", "0212 0 101001011011", "0202 0 010100101011",
    "0122 3 1010100100111", "0209 0 011010010011", "0129 7 0111001010011", "0217 0 011010101010",
    "0206 0 101011010101", "0126 5 0100110110101", "0214 0 010010110110", "0203 0 101001010111",
    "0124 4 0101001001110", "0210 0 110100010110", "0130 8 1110100100110", "0218 0 110101010010",
    "0207 0 110110101010", "0127 6 0110101101010", "0215 0 010101101101", "0205 0 010010101110",
    "0125 4 1010010011101", "0212 0 101000101101", "0201 0 110100010101", "0121 2 1101100100101",
    "0209 0 110101010010",
};
// clang-format on

class LunarDateTest final : public QObject
{
    Q_OBJECT

private slots:
    void knownConversions_data();
    void knownConversions();
    void outOfRange();
    void fromLunarValidation();
    void leapMonths_data();
    void leapMonths();
    void referenceTable();
    void everyDay();
    void names();
    void ganzhiAndZodiac();
    void solarDatesInMonth_data();
    void solarDatesInMonth();
    void solarDatesInMonthEveryDay();
};

void LunarDateTest::knownConversions_data()
{
    QTest::addColumn<QDate>("solar");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<QString>("text");

    auto row = [](const char *name, QDate solar, int year, int month, int day, bool leap, const QString &text) {
        QTest::newRow(name) << solar << year << month << day << leap << text;
    };
    row("epoch", QDate(1900, 1, 31), 1900, 1, 1, false, QStringLiteral("正月初一"));
    row("1912 new year", QDate(1912, 2, 18), 1912, 1, 1, false, QStringLiteral("正月初一"));
    row("1949-10-01", QDate(1949, 10, 1), 1949, 8, 10, false, QStringLiteral("八月初十"));
    row("1984 new year", QDate(1984, 2, 2), 1984, 1, 1, false, QStringLiteral("正月初一"));
    row("1995 leap 8", QDate(1995, 9, 25), 1995, 8, 1, true, QStringLiteral("闰八月初一"));
    row("1996 five 30", QDate(1996, 7, 15), 1996, 5, 30, false, QStringLiteral("五月三十"));
    row("1996 six 1", QDate(1996, 7, 16), 1996, 6, 1, false, QStringLiteral("六月初一"));
    row("1997-07-01", QDate(1997, 7, 1), 1997, 5, 27, false, QStringLiteral("五月廿七"));
    row("2000-01-01", QDate(2000, 1, 1), 1999, 11, 25, false, QStringLiteral("冬月廿五"));
    row("2000 eve", QDate(2000, 2, 4), 1999, 12, 29, false, QStringLiteral("腊月廿九"));
    row("2001 new year", QDate(2001, 1, 24), 2001, 1, 1, false, QStringLiteral("正月初一"));
    row("2006 leap 7", QDate(2006, 8, 24), 2006, 7, 1, true, QStringLiteral("闰七月初一"));
    row("2008-08-08", QDate(2008, 8, 8), 2008, 7, 8, false, QStringLiteral("七月初八"));
    row("2014 leap 9", QDate(2014, 10, 24), 2014, 9, 1, true, QStringLiteral("闰九月初一"));
    row("2017 leap 6", QDate(2017, 7, 23), 2017, 6, 1, true, QStringLiteral("闰六月初一"));
    row("2020 leap 4", QDate(2020, 5, 23), 2020, 4, 1, true, QStringLiteral("闰四月初一"));
    row("2021-01-01", QDate(2021, 1, 1), 2020, 11, 18, false, QStringLiteral("冬月十八"));
    row("2023 eve", QDate(2023, 1, 21), 2022, 12, 30, false, QStringLiteral("腊月三十"));
    row("2023 new year", QDate(2023, 1, 22), 2023, 1, 1, false, QStringLiteral("正月初一"));
    row("2023 two 30", QDate(2023, 3, 21), 2023, 2, 30, false, QStringLiteral("二月三十"));
    row("2023 leap 2", QDate(2023, 3, 22), 2023, 2, 1, true, QStringLiteral("闰二月初一"));
    row("2023 leap 2 end", QDate(2023, 4, 19), 2023, 2, 29, true, QStringLiteral("闰二月廿九"));
    row("2023 three 1", QDate(2023, 4, 20), 2023, 3, 1, false, QStringLiteral("三月初一"));
    row("2024 la yue", QDate(2024, 1, 11), 2023, 12, 1, false, QStringLiteral("腊月初一"));
    row("2024 eve", QDate(2024, 2, 9), 2023, 12, 30, false, QStringLiteral("腊月三十"));
    row("2024 new year", QDate(2024, 2, 10), 2024, 1, 1, false, QStringLiteral("正月初一"));
    row("2024 mid-autumn", QDate(2024, 9, 17), 2024, 8, 15, false, QStringLiteral("八月十五"));
    row("2024-12-31", QDate(2024, 12, 31), 2024, 12, 1, false, QStringLiteral("腊月初一"));
    row("2025 eve", QDate(2025, 1, 28), 2024, 12, 29, false, QStringLiteral("腊月廿九"));
    row("2025 new year", QDate(2025, 1, 29), 2025, 1, 1, false, QStringLiteral("正月初一"));
    row("2025 leap 6", QDate(2025, 7, 25), 2025, 6, 1, true, QStringLiteral("闰六月初一"));
    row("2025 mid-autumn", QDate(2025, 10, 6), 2025, 8, 15, false, QStringLiteral("八月十五"));
    row("2033 leap 11", QDate(2033, 12, 22), 2033, 11, 1, true, QStringLiteral("闰冬月初一"));
    row("2050 new year", QDate(2050, 1, 23), 2050, 1, 1, false, QStringLiteral("正月初一"));
    row("2057 nine 1", QDate(2057, 9, 29), 2057, 9, 1, false, QStringLiteral("九月初一"));
    row("2060 four 1", QDate(2060, 4, 30), 2060, 4, 1, false, QStringLiteral("四月初一"));
    row("2100 new year", QDate(2100, 2, 9), 2100, 1, 1, false, QStringLiteral("正月初一"));
    row("2100-12-31", QDate(2100, 12, 31), 2100, 12, 1, false, QStringLiteral("腊月初一"));
    row("last day", QDate(2101, 1, 28), 2100, 12, 29, false, QStringLiteral("腊月廿九"));
}

void LunarDateTest::knownConversions()
{
    QFETCH(QDate, solar);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(bool, leap);
    QFETCH(QString, text);

    const LunarDate lunar = LunarDate::fromSolar(solar);
    QVERIFY(lunar.isValid());
    QCOMPARE(lunar.year(), year);
    QCOMPARE(lunar.month(), month);
    QCOMPARE(lunar.day(), day);
    QCOMPARE(lunar.isLeapMonth(), leap);
    QCOMPARE(lunar.toString(), text);

    const LunarDate made = LunarDate::fromLunar(year, month, day, leap);
    QVERIFY(made.isValid());
    QVERIFY(made == lunar);
    QCOMPARE(made.toSolar(), solar);
}

void LunarDateTest::outOfRange()
{
    QCOMPARE(LunarDate::minimumSolarDate(), QDate(1900, 1, 31));
    QCOMPARE(LunarDate::maximumSolarDate(), QDate(2101, 1, 28));

    for (const QDate &date :
         {QDate(1899, 12, 31), QDate(1900, 1, 30), QDate(2101, 1, 29), QDate(2200, 1, 1), QDate(1, 1, 1), QDate()}) {
        const LunarDate lunar = LunarDate::fromSolar(date);
        QVERIFY2(!lunar.isValid(), qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(!lunar.toSolar().isValid());
        QVERIFY(lunar.toString().isEmpty());
        QVERIFY(lunar.ganzhiYear().isEmpty());
        QVERIFY(lunar.zodiac().isEmpty());
    }
    QVERIFY(LunarDate::fromSolar(QDate(1900, 1, 31)).isValid());
    QVERIFY(LunarDate::fromSolar(QDate(2101, 1, 28)).isValid());

    QVERIFY(!LunarDate().isValid());
    QVERIFY(!LunarDate::fromLunar(1899, 12, 1, false).isValid());
    QVERIFY(!LunarDate::fromLunar(2101, 1, 1, false).isValid());
    QCOMPARE(LunarDate::yearDays(1899), 0);
    QCOMPARE(LunarDate::yearDays(2101), 0);
    QCOMPARE(LunarDate::leapMonth(2101), 0);
    QCOMPARE(LunarDate::monthDays(1899, 1, false), 0);
}

void LunarDateTest::fromLunarValidation()
{
    // 2024's 腊月 has 29 days, 2023's has 30.
    QCOMPARE(LunarDate::monthDays(2024, 12, false), 29);
    QVERIFY(!LunarDate::fromLunar(2024, 12, 30, false).isValid());
    QVERIFY(LunarDate::fromLunar(2024, 12, 29, false).isValid());
    QCOMPARE(LunarDate::monthDays(2023, 12, false), 30);
    QVERIFY(LunarDate::fromLunar(2023, 12, 30, false).isValid());

    // A leap flag is only valid on that year's leap month.
    QVERIFY(LunarDate::fromLunar(2023, 2, 1, true).isValid());
    QVERIFY(!LunarDate::fromLunar(2023, 3, 1, true).isValid());
    QVERIFY(!LunarDate::fromLunar(2024, 2, 1, true).isValid());
    QCOMPARE(LunarDate::monthDays(2023, 3, true), 0);
    QCOMPARE(LunarDate::monthDays(2023, 2, true), 29);
    QVERIFY(!LunarDate::fromLunar(2023, 2, 30, true).isValid());
    QCOMPARE(LunarDate::monthDays(2033, 11, true), 29);
    QVERIFY(!LunarDate::fromLunar(2033, 11, 30, true).isValid());

    QVERIFY(!LunarDate::fromLunar(2024, 0, 1, false).isValid());
    QVERIFY(!LunarDate::fromLunar(2024, 13, 1, false).isValid());
    QVERIFY(!LunarDate::fromLunar(2024, 1, 0, false).isValid());
    QVERIFY(!LunarDate::fromLunar(2024, 1, 31, false).isValid());
    QVERIFY(!LunarDate::fromLunar(2024, 1, -1, false).isValid());
}

void LunarDateTest::leapMonths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("leapMonth");

    const int known[][2] = {{1900, 8}, {1976, 8}, {1987, 6}, {1990, 5}, {1993, 3}, {1995, 8},  {1998, 5},
                            {2001, 4}, {2004, 2}, {2006, 7}, {2009, 5}, {2012, 4}, {2014, 9},  {2017, 6},
                            {2020, 4}, {2023, 2}, {2025, 6}, {2028, 5}, {2031, 3}, {2033, 11}, {2099, 2},
                            {2000, 0}, {2021, 0}, {2022, 0}, {2024, 0}, {2026, 0}, {2100, 0}};
    for (const auto &entry : known)
        QTest::addRow("%d", entry[0]) << entry[0] << entry[1];
}

void LunarDateTest::leapMonths()
{
    QFETCH(int, year);
    QFETCH(int, leapMonth);
    QCOMPARE(LunarDate::leapMonth(year), leapMonth);
    if (leapMonth != 0)
        QVERIFY(LunarDate::monthDays(year, leapMonth, true) >= 29);
    else
        QCOMPARE(LunarDate::monthDays(year, 1, true), 0);
}

void LunarDateTest::referenceTable()
{
    QCOMPARE(int(std::size(Reference)), LunarDate::MaxYear - LunarDate::MinYear + 1);
    for (int year = LunarDate::MinYear; year <= LunarDate::MaxYear; ++year) {
        const QString entry = QLatin1String(Reference[year - LunarDate::MinYear]);
        const QStringList fields = entry.split(QLatin1Char(' '));
        QCOMPARE(fields.size(), 3);
        const QDate newYear(year, fields.at(0).left(2).toInt(), fields.at(0).mid(2).toInt());
        const int leap = fields.at(1).toInt(nullptr, 16);

        QString lengths;
        int total = 0;
        for (int month = 1; month <= 12; ++month) {
            for (const bool isLeap : {false, true}) {
                const int days = LunarDate::monthDays(year, month, isLeap);
                if (days == 0)
                    continue;
                lengths += days == 30 ? QLatin1Char('1') : QLatin1Char('0');
                total += days;
            }
        }
        const QByteArray context = QByteArray::number(year);
        QVERIFY2(LunarDate::fromLunar(year, 1, 1, false).toSolar() == newYear, context.constData());
        QVERIFY2(LunarDate::leapMonth(year) == leap, context.constData());
        QVERIFY2(lengths == fields.at(2), context.constData());
        QVERIFY2(LunarDate::yearDays(year) == total, context.constData());
    }
}

// Walks every supported day: round trip, strict calendar order, and each day is the
// successor of the one before, which together pin down the month and year lengths.
void LunarDateTest::everyDay()
{
    const QDate first = LunarDate::minimumSolarDate();
    const QDate last = LunarDate::maximumSolarDate();
    LunarDate previous;
    qint64 count = 0;
    for (QDate date = first; date <= last; date = date.addDays(1), ++count) {
        const LunarDate lunar = LunarDate::fromSolar(date);
        QVERIFY2(lunar.isValid(), qPrintable(date.toString(Qt::ISODate)));
        if (lunar.toSolar() != date)
            QFAIL(qPrintable(QStringLiteral("round trip fails at ") + date.toString(Qt::ISODate)));
        if (lunar != LunarDate::fromLunar(lunar.year(), lunar.month(), lunar.day(), lunar.isLeapMonth()))
            QFAIL(qPrintable(QStringLiteral("fromLunar disagrees at ") + date.toString(Qt::ISODate)));

        if (previous.isValid()) {
            bool successor = false;
            if (lunar.day() > 1) {
                successor = lunar.year() == previous.year() && lunar.month() == previous.month() &&
                            lunar.isLeapMonth() == previous.isLeapMonth() && lunar.day() == previous.day() + 1;
            } else {
                const int previousLength =
                    LunarDate::monthDays(previous.year(), previous.month(), previous.isLeapMonth());
                const bool monthEnded = previous.day() == previousLength;
                const bool intoLeap = lunar.isLeapMonth() && !previous.isLeapMonth() &&
                                      lunar.year() == previous.year() && lunar.month() == previous.month();
                const bool nextMonth =
                    !lunar.isLeapMonth() && lunar.year() == previous.year() && lunar.month() == previous.month() + 1;
                const bool newYear = !lunar.isLeapMonth() && lunar.year() == previous.year() + 1 &&
                                     lunar.month() == 1 && previous.month() == 12;
                successor = monthEnded && (intoLeap || nextMonth || newYear);
            }
            if (!successor || !(previous < lunar))
                QFAIL(qPrintable(QStringLiteral("not consecutive at ") + date.toString(Qt::ISODate)));
        }
        previous = lunar;
    }

    qint64 yearDaysTotal = 0;
    for (int year = LunarDate::MinYear; year <= LunarDate::MaxYear; ++year) {
        const int days = LunarDate::yearDays(year);
        QVERIFY(days == 353 || days == 354 || days == 355 || days == 383 || days == 384 || days == 385);
        QCOMPARE(days > 355, LunarDate::leapMonth(year) != 0);
        yearDaysTotal += days;
    }
    QCOMPARE(count, yearDaysTotal);
    QCOMPARE(count, first.daysTo(last) + 1);
    QCOMPARE(yearDaysTotal, qint64(73412));
}

void LunarDateTest::names()
{
    const QStringList days =
        QStringLiteral("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 "
                       "十六 十七 十八 十九 二十 廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十")
            .split(QLatin1Char(' '));
    QCOMPARE(days.size(), 30);
    for (int day = 1; day <= 30; ++day)
        QCOMPARE(LunarDate::fromLunar(2023, 12, day, false).dayName(), days.at(day - 1));

    const QStringList months =
        QStringLiteral("正月 二月 三月 四月 五月 六月 七月 八月 九月 十月 冬月 腊月").split(QLatin1Char(' '));
    for (int month = 1; month <= 12; ++month)
        QCOMPARE(LunarDate::fromLunar(2024, month, 1, false).monthName(), months.at(month - 1));

    QCOMPARE(LunarDate::fromLunar(2020, 4, 15, true).toString(), QStringLiteral("闰四月十五"));
    QCOMPARE(LunarDate::fromLunar(2033, 11, 29, true).toString(), QStringLiteral("闰冬月廿九"));
    QCOMPARE(LunarDate::fromLunar(2024, 11, 29, false).toString(), QStringLiteral("冬月廿九"));
    QCOMPARE(LunarDate::fromLunar(2023, 12, 30, false).toString(), QStringLiteral("腊月三十"));
    QCOMPARE(LunarDate::fromLunar(2023, 12, 20, false).toString(), QStringLiteral("腊月二十"));
    QCOMPARE(LunarDate::fromLunar(2023, 10, 10, false).toString(), QStringLiteral("十月初十"));
}

void LunarDateTest::ganzhiAndZodiac()
{
    const LunarDate dragon = LunarDate::fromSolar(QDate(2024, 2, 10));
    QCOMPARE(dragon.ganzhiYear(), QStringLiteral("甲辰"));
    QCOMPARE(dragon.zodiac(), QStringLiteral("龙"));
    // The eve before still belongs to the rabbit year.
    const LunarDate rabbit = LunarDate::fromSolar(QDate(2024, 2, 9));
    QCOMPARE(rabbit.ganzhiYear(), QStringLiteral("癸卯"));
    QCOMPARE(rabbit.zodiac(), QStringLiteral("兔"));

    QCOMPARE(LunarDate::ganzhiYear(1900), QStringLiteral("庚子"));
    QCOMPARE(LunarDate::zodiac(1900), QStringLiteral("鼠"));
    QCOMPARE(LunarDate::ganzhiYear(1949), QStringLiteral("己丑"));
    QCOMPARE(LunarDate::zodiac(1949), QStringLiteral("牛"));
    QCOMPARE(LunarDate::ganzhiYear(1984), QStringLiteral("甲子"));
    QCOMPARE(LunarDate::ganzhiYear(1983), QStringLiteral("癸亥"));
    QCOMPARE(LunarDate::zodiac(1983), QStringLiteral("猪"));
    QCOMPARE(LunarDate::ganzhiYear(2025), QStringLiteral("乙巳"));
    QCOMPARE(LunarDate::zodiac(2025), QStringLiteral("蛇"));
    QCOMPARE(LunarDate::ganzhiYear(2100), QStringLiteral("庚申"));
    QCOMPARE(LunarDate::zodiac(2100), QStringLiteral("猴"));
    QCOMPARE(LunarDate::ganzhiYear(1924 + 60), LunarDate::ganzhiYear(1924));
}

void LunarDateTest::solarDatesInMonth_data()
{
    QTest::addColumn<int>("lunarMonth");
    QTest::addColumn<int>("lunarDay");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<int>("solarYear");
    QTest::addColumn<int>("solarMonth");
    QTest::addColumn<QList<QDate>>("expected");

    const QList<QDate> none;
    QTest::newRow("new year 2024") << 1 << 1 << false << 2024 << 2 << QList<QDate>{QDate(2024, 2, 10)};
    QTest::newRow("new year in January") << 1 << 1 << false << 2025 << 1 << QList<QDate>{QDate(2025, 1, 29)};
    QTest::newRow("new year not in Feb 2025") << 1 << 1 << false << 2025 << 2 << none;
    QTest::newRow("la yue 1 in January") << 12 << 1 << false << 2024 << 1 << QList<QDate>{QDate(2024, 1, 11)};
    QTest::newRow("la yue 1 in December") << 12 << 1 << false << 2024 << 12 << QList<QDate>{QDate(2024, 12, 31)};
    QTest::newRow("la yue 30 kept") << 12 << 30 << false << 2024 << 2 << QList<QDate>{QDate(2024, 2, 9)};
    QTest::newRow("la yue 30 on 29") << 12 << 30 << false << 2025 << 1 << QList<QDate>{QDate(2025, 1, 28)};
    QTest::newRow("la yue 30 none") << 12 << 30 << false << 2024 << 1 << none;
    QTest::newRow("dong yue 15") << 11 << 15 << false << 2024 << 12 << QList<QDate>{QDate(2024, 12, 15)};
    QTest::newRow("mid-autumn 2024") << 8 << 15 << false << 2024 << 9 << QList<QDate>{QDate(2024, 9, 17)};
    QTest::newRow("mid-autumn 2025") << 8 << 15 << false << 2025 << 10 << QList<QDate>{QDate(2025, 10, 6)};
    QTest::newRow("mid-autumn not Sep 2025") << 8 << 15 << false << 2025 << 9 << none;
    // Born in a leap month: kept in the ordinary month, even in a year with the same leap month.
    QTest::newRow("leap birth, leap year") << 4 << 15 << true << 2020 << 5 << QList<QDate>{QDate(2020, 5, 7)};
    QTest::newRow("leap birth, not leap month") << 4 << 15 << true << 2020 << 6 << none;
    QTest::newRow("leap birth, other year") << 2 << 10 << true << 2024 << 3 << QList<QDate>{QDate(2024, 3, 19)};
    QTest::newRow("leap 2 day 30, 2023") << 2 << 30 << true << 2023 << 3 << QList<QDate>{QDate(2023, 3, 21)};
    QTest::newRow("range start") << 1 << 1 << false << 1900 << 1 << QList<QDate>{QDate(1900, 1, 31)};
    QTest::newRow("before range") << 12 << 15 << false << 1900 << 1 << none;
    QTest::newRow("range end") << 12 << 29 << false << 2101 << 1 << QList<QDate>{QDate(2101, 1, 28)};
    QTest::newRow("after range") << 1 << 1 << false << 2101 << 2 << none;
    QTest::newRow("month 13") << 13 << 1 << false << 2024 << 2 << none;
    QTest::newRow("day 31") << 1 << 31 << false << 2024 << 2 << none;
    QTest::newRow("day 0") << 1 << 0 << false << 2024 << 2 << none;
    QTest::newRow("solar month 0") << 1 << 1 << false << 2024 << 0 << none;
    QTest::newRow("solar month 13") << 1 << 1 << false << 2024 << 13 << none;
}

void LunarDateTest::solarDatesInMonth()
{
    QFETCH(int, lunarMonth);
    QFETCH(int, lunarDay);
    QFETCH(bool, leap);
    QFETCH(int, solarYear);
    QFETCH(int, solarMonth);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(LunarDate::solarDatesInMonth(lunarMonth, lunarDay, leap, solarYear, solarMonth), expected);
}

// For every day of 1901–2099: an ordinary-month day is found by its own lunar month/day
// in its solar month, a leap-month day is not (leap births use the ordinary month), and no
// solar month holds more than one date for a birthday.
void LunarDateTest::solarDatesInMonthEveryDay()
{
    for (QDate date(1901, 1, 1); date.year() < 2100; date = date.addDays(1)) {
        const LunarDate lunar = LunarDate::fromSolar(date);
        for (const bool bornInLeap : {false, true}) {
            const QList<QDate> dates =
                LunarDate::solarDatesInMonth(lunar.month(), lunar.day(), bornInLeap, date.year(), date.month());
            if (dates.size() > 1 || dates.contains(date) == lunar.isLeapMonth())
                QFAIL(qPrintable(QStringLiteral("wrong birthday dates around ") + date.toString(Qt::ISODate)));
            for (const QDate &found : dates) {
                const LunarDate back = LunarDate::fromSolar(found);
                const bool sameDay =
                    back.day() == lunar.day() || (lunar.day() == 30 && back.day() == 29 &&
                                                  LunarDate::monthDays(back.year(), back.month(), false) == 29);
                if (back.isLeapMonth() || back.month() != lunar.month() || !sameDay)
                    QFAIL(qPrintable(QStringLiteral("birthday maps wrongly at ") + date.toString(Qt::ISODate)));
            }
        }
    }
}

QTEST_APPLESS_MAIN(LunarDateTest)

#include "lunardate_test.moc"
