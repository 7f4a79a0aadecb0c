#include "models/birthdays/birthdayrules.h"
#include "models/cnrules/age.h"
#include "models/cnrules/lunardate.h"

#include <QObject>
#include <QTest>

using Calendar = BirthdayRules::Calendar;
using KeyRange = BirthdayRules::KeyRange;

// Dates of the lunar calendar used below, from published almanacs:
//   2025-01-28 腊月廿九 (no 三十 that year: 除夕 on 廿九), 2025-01-29 正月初一,
//   2025-04-28 四月初一, 2025-07-25 闰六月初一, 2025-09-22 八月初一, 2025-10-06 中秋 八月十五,
//   2020-05-23 闰四月初一, 2024-02-09 腊月三十, 2026-02-17 正月初一.
class BirthdayRulesTest final : public QObject
{
    Q_OBJECT

private slots:
    void codes();
    void solarFeb29();
    void solarTurnOfYear();
    void lunarOrdinary();
    void lunarLeapMonthKeptInOrdinaryMonth();
    void lunarDay30InShortMonth();
    void lunarTurnOfYear();
    void lunarBeforeCalendar();
    void ageTurning_data();
    void ageTurning();
    void keys();
    void solarKeyRanges();
    void lunarKeyRanges();
    void keyRangesSelectExactly_data();
    void keyRangesSelectExactly();
};

void BirthdayRulesTest::codes()
{
    QCOMPARE(BirthdayRules::code(Calendar::Lunar), QStringLiteral("lunar"));
    QCOMPARE(BirthdayRules::code(Calendar::Solar), QStringLiteral("solar"));
    QCOMPARE(BirthdayRules::fromCode(QStringLiteral("lunar"), Calendar::Solar), Calendar::Lunar);
    QCOMPARE(BirthdayRules::fromCode(QStringLiteral("solar"), Calendar::Lunar), Calendar::Solar);
    QCOMPARE(BirthdayRules::fromCode(QString(), Calendar::Lunar), Calendar::Lunar);
    QCOMPARE(BirthdayRules::fromCode(QStringLiteral("bogus"), Calendar::Solar), Calendar::Solar);
}

void BirthdayRulesTest::solarFeb29()
{
    const QDate leapling(1944, 2, 29);
    QCOMPARE(BirthdayRules::solarBirthdayIn(leapling, 2024), QDate(2024, 2, 29));
    // Kept on 28 February in common years: still in the February list ...
    QCOMPARE(BirthdayRules::solarBirthdayIn(leapling, 2023), QDate(2023, 2, 28));
    QCOMPARE(BirthdayRules::keptBetween(leapling, Calendar::Solar, QDate(2023, 2, 1), QDate(2023, 2, 28)),
             QDate(2023, 2, 28));
    QVERIFY(!BirthdayRules::keptBetween(leapling, Calendar::Solar, QDate(2023, 3, 1), QDate(2023, 3, 31)).isValid());
    // ... 2100 is not a leap year either ...
    QCOMPARE(BirthdayRules::solarBirthdayIn(leapling, 2100), QDate(2100, 2, 28));
    // ... while the 周岁 age still increases on 1 March, as Age rules.
    QCOMPARE(Age::birthdayIn(leapling, 2023), QDate(2023, 3, 1));
    QCOMPARE(BirthdayRules::ageTurning(leapling, Calendar::Solar, QDate(2023, 2, 28)), 79);
    // Someone born on 28 February is not moved.
    QCOMPARE(BirthdayRules::solarBirthdayIn(QDate(1944, 2, 28), 2024), QDate(2024, 2, 28));
    QVERIFY(!BirthdayRules::solarBirthdayIn(QDate(), 2024).isValid());
}

void BirthdayRulesTest::solarTurnOfYear()
{
    // A window across New Year finds birthdays on both sides.
    const QDate from(2025, 12, 28), to(2026, 1, 3);
    QCOMPARE(BirthdayRules::keptBetween(QDate(1950, 12, 31), Calendar::Solar, from, to), QDate(2025, 12, 31));
    QCOMPARE(BirthdayRules::keptBetween(QDate(1950, 1, 2), Calendar::Solar, from, to), QDate(2026, 1, 2));
    QVERIFY(!BirthdayRules::keptBetween(QDate(1950, 1, 4), Calendar::Solar, from, to).isValid());
    QVERIFY(!BirthdayRules::keptBetween(QDate(1950, 12, 27), Calendar::Solar, from, to).isValid());
    QCOMPARE(BirthdayRules::ageTurning(QDate(1950, 12, 31), Calendar::Solar, QDate(2025, 12, 31)), 75);
    QCOMPARE(BirthdayRules::ageTurning(QDate(1950, 1, 2), Calendar::Solar, QDate(2026, 1, 2)), 76);
    // Nothing is kept before the person was born.
    QVERIFY(!BirthdayRules::keptBetween(QDate(2026, 1, 2), Calendar::Solar, QDate(2026, 1, 1), QDate(2026, 1, 1))
                 .isValid());
}

void BirthdayRulesTest::lunarOrdinary()
{
    // Born on 四月十五; in 2025 that is 12 May (四月初一 = 28 April).
    const QDate birth = LunarDate::fromLunar(1960, 4, 15).toSolar();
    QVERIFY(birth.isValid());
    QCOMPARE(BirthdayRules::lunarBirthdayIn(birth, 2025, 5), QDate(2025, 5, 12));
    QVERIFY(!BirthdayRules::lunarBirthdayIn(birth, 2025, 4).isValid());
    QCOMPARE(BirthdayRules::keptBetween(birth, Calendar::Lunar, QDate(2025, 5, 1), QDate(2025, 5, 31)),
             QDate(2025, 5, 12));
    // Mid-autumn: 八月十五 2025 is 6 October.
    const QDate midAutumn = LunarDate::fromLunar(1945, 8, 15).toSolar();
    QCOMPARE(BirthdayRules::lunarBirthdayIn(midAutumn, 2025, 10), QDate(2025, 10, 6));
}

void BirthdayRulesTest::lunarLeapMonthKeptInOrdinaryMonth()
{
    // 1957 has a leap eighth month. Born 闰八月初十 (1957-10-03): kept on 八月初十, which in
    // 2025 is 1 October (八月初一 = 22 September).
    const QDate birth = LunarDate::fromLunar(1957, 8, 10, true).toSolar();
    QCOMPARE(birth, QDate(1957, 10, 3));
    QCOMPARE(BirthdayRules::lunarBirthdayIn(birth, 2025, 10), QDate(2025, 10, 1));
    QCOMPARE(BirthdayRules::lunarKey(birth), 810);
    QCOMPARE(BirthdayRules::ageTurning(birth, Calendar::Lunar, QDate(2025, 10, 1)), 68);
    // 2025 repeats its sixth month (闰六月初一 = 25 July). Someone born in an ordinary sixth
    // month keeps the ordinary one only: 六月初十 2025 = 4 July, nothing in the leap month.
    const QDate sixth = LunarDate::fromLunar(1950, 6, 10).toSolar();
    QCOMPARE(BirthdayRules::lunarBirthdayIn(sixth, 2025, 7), QDate(2025, 7, 4));
    QVERIFY(!BirthdayRules::lunarBirthdayIn(sixth, 2025, 8).isValid());
    // Born in the leap fourth month of 2020 (闰四月初八 = 2020-05-30): 四月初八 = 5 May 2025.
    QCOMPARE(BirthdayRules::lunarBirthdayIn(QDate(2020, 5, 30), 2025, 5), QDate(2025, 5, 5));
}

void BirthdayRulesTest::lunarDay30InShortMonth()
{
    // Born 腊月三十 of lunar 1949; 腊月 of lunar 2024 has 29 days, so the birthday is kept on
    // 廿九, which is 28 January 2025 (除夕).
    QCOMPARE(LunarDate::monthDays(1949, 12), 30);
    QCOMPARE(LunarDate::monthDays(2024, 12), 29);
    const QDate birth = LunarDate::fromLunar(1949, 12, 30).toSolar();
    QCOMPARE(BirthdayRules::lunarBirthdayIn(birth, 2025, 1), QDate(2025, 1, 28));
    QCOMPARE(BirthdayRules::lunarKey(birth), 1230);
    // Lunar 2023 腊月 has 30 days: 9 February 2024.
    QCOMPARE(BirthdayRules::lunarBirthdayIn(birth, 2024, 2), QDate(2024, 2, 9));
}

void BirthdayRulesTest::lunarTurnOfYear()
{
    // A 腊月 birthday is kept in January or February of the next solar year, and the age
    // counts for the lunar year that is ending.
    const QDate birth = LunarDate::fromLunar(1945, 12, 10).toSolar();
    QCOMPARE(birth.year(), 1946);
    const QDate kept = BirthdayRules::lunarBirthdayIn(birth, 2025, 1); // lunar 2024 腊月初十
    QCOMPARE(kept, LunarDate::fromLunar(2024, 12, 10).toSolar());
    QCOMPARE(kept.year(), 2025);
    QCOMPARE(BirthdayRules::ageTurning(birth, Calendar::Lunar, kept), 79);              // 2024 - 1945
    QCOMPARE(BirthdayRules::ageTurning(birth, Calendar::Solar, QDate(2025, 1, 9)), 79); // 2025 - 1946
    // A window across the solar New Year.
    QCOMPARE(BirthdayRules::keptBetween(birth, Calendar::Lunar, QDate(2024, 12, 1), kept.addDays(1)), kept);
}

void BirthdayRulesTest::lunarBeforeCalendar()
{
    // Before lunar 1900 正月初一 there is no lunar date: the solar birthday is kept instead.
    const QDate early(1900, 1, 20);
    QCOMPARE(BirthdayRules::lunarKey(early), 0);
    QVERIFY(!BirthdayRules::lunarBirthdayIn(early, 2025, 1).isValid());
    QCOMPARE(BirthdayRules::keptBetween(early, Calendar::Lunar, QDate(2025, 1, 1), QDate(2025, 1, 31)),
             QDate(2025, 1, 20));
}

void BirthdayRulesTest::ageTurning_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("calendar");
    QTest::addColumn<QDate>("kept");
    QTest::addColumn<int>("expected");
    QTest::newRow("solar sixtieth") << QDate(1965, 5, 20) << int(Calendar::Solar) << QDate(2025, 5, 20) << 60;
    QTest::newRow("solar centenarian") << QDate(1925, 5, 1) << int(Calendar::Solar) << QDate(2025, 5, 1) << 100;
    QTest::newRow("lunar born before 春节") << QDate(1966, 1, 20) << int(Calendar::Lunar) // lunar 1965; 除夕 2026
                                            << LunarDate::fromLunar(2026, 1, 1).toSolar().addDays(-1) << 60;
    QTest::newRow("before birth") << QDate(1965, 5, 20) << int(Calendar::Solar) << QDate(1965, 5, 19) << -1;
    QTest::newRow("invalid") << QDate() << int(Calendar::Solar) << QDate(2025, 5, 20) << -1;
}

void BirthdayRulesTest::ageTurning()
{
    QFETCH(QDate, birth);
    QFETCH(int, calendar);
    QFETCH(QDate, kept);
    QFETCH(int, expected);
    QCOMPARE(BirthdayRules::ageTurning(birth, Calendar(calendar), kept), expected);
}

void BirthdayRulesTest::keys()
{
    QCOMPARE(BirthdayRules::solarKey(QDate(1950, 3, 5)), 305);
    QCOMPARE(BirthdayRules::solarKey(QDate(1950, 12, 31)), 1231);
    QCOMPARE(BirthdayRules::solarKey(QDate()), 0);
    QCOMPARE(BirthdayRules::lunarKey(QDate(2025, 1, 29)), 101); // 正月初一
    QCOMPARE(BirthdayRules::lunarKey(QDate(2025, 10, 6)), 815); // 八月十五
    QCOMPARE(BirthdayRules::lunarKey(QDate(2020, 5, 23)), 401); // 闰四月初一, folded
    QCOMPARE(BirthdayRules::lunarKey(QDate(2024, 2, 9)), 1230); // 腊月三十
}

void BirthdayRulesTest::solarKeyRanges()
{
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2025, 5, 1), QDate(2025, 5, 31)), (QList<KeyRange>{{501, 531}}));
    // February of a common year includes those born on 29 February.
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2023, 2, 1), QDate(2023, 2, 28)), (QList<KeyRange>{{201, 229}}));
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2024, 2, 1), QDate(2024, 2, 29)), (QList<KeyRange>{{201, 229}}));
    // In a leap year 28 February is 28 February only.
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2024, 2, 27), QDate(2024, 2, 28)), (QList<KeyRange>{{227, 228}}));
    // Across New Year: two ranges, in key order.
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2025, 12, 28), QDate(2026, 1, 3)),
             (QList<KeyRange>{{101, 103}, {1228, 1231}}));
    // 30 April and 1 May are adjacent keys.
    QCOMPARE(BirthdayRules::solarKeysBetween(QDate(2025, 4, 30), QDate(2025, 5, 1)), (QList<KeyRange>{{430, 501}}));
    QVERIFY(BirthdayRules::solarKeysBetween(QDate(2025, 5, 2), QDate(2025, 5, 1)).isEmpty());
    QVERIFY(BirthdayRules::solarKeysBetween(QDate(2025, 1, 1), QDate(2026, 6, 1)).isEmpty());
}

void BirthdayRulesTest::lunarKeyRanges()
{
    // May 2025 runs from 四月初四 to 五月初五.
    QCOMPARE(BirthdayRules::lunarKeysBetween(QDate(2025, 5, 1), QDate(2025, 5, 31)), (QList<KeyRange>{{404, 505}}));
    // January 2025: 腊月初二 … 廿九 (with 三十 kept on 廿九), then 正月初一 … 初三.
    QCOMPARE(BirthdayRules::lunarKeysBetween(QDate(2025, 1, 1), QDate(2025, 1, 31)),
             (QList<KeyRange>{{101, 103}, {1202, 1230}}));
    // July and August 2025 hold 闰六月, which nobody keeps: 六月初七 … 七月初九.
    QCOMPARE(BirthdayRules::lunarKeysBetween(QDate(2025, 7, 1), QDate(2025, 8, 31)), (QList<KeyRange>{{607, 709}}));
    QVERIFY(BirthdayRules::lunarKeysBetween(QDate(2025, 8, 1), QDate(2025, 7, 1)).isEmpty());
}

void BirthdayRulesTest::keyRangesSelectExactly_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("January 2025") << QDate(2025, 1, 1) << QDate(2025, 1, 31);
    QTest::newRow("February 2023") << QDate(2023, 2, 1) << QDate(2023, 2, 28);
    QTest::newRow("February 2024") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("August 2025 (leap month)") << QDate(2025, 8, 1) << QDate(2025, 8, 31);
    QTest::newRow("June 2020 (leap month)") << QDate(2020, 6, 1) << QDate(2020, 6, 30);
    QTest::newRow("December 2025") << QDate(2025, 12, 1) << QDate(2025, 12, 31);
    QTest::newRow("7 days across New Year") << QDate(2025, 12, 28) << QDate(2026, 1, 3);
    QTest::newRow("7 days across 春节") << QDate(2026, 2, 14) << QDate(2026, 2, 20);
}

// The stored keys and the ranges must select exactly the residents whose birthday is kept in
// the span: checked for every birth date of ten decades.
void BirthdayRulesTest::keyRangesSelectExactly()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const QList<KeyRange> solar = BirthdayRules::solarKeysBetween(from, to);
    const QList<KeyRange> lunar = BirthdayRules::lunarKeysBetween(from, to);
    auto inRanges = [](const QList<KeyRange> &ranges, int key) {
        for (const KeyRange &r : ranges)
            if (key >= r.first && key <= r.last)
                return true;
        return false;
    };
    int solarHits = 0, lunarHits = 0;
    for (QDate birth(1915, 1, 1); birth < QDate(2015, 1, 1); birth = birth.addDays(1)) {
        const bool solarKept = BirthdayRules::keptBetween(birth, Calendar::Solar, from, to).isValid();
        QVERIFY2(inRanges(solar, BirthdayRules::solarKey(birth)) == solarKept, qPrintable(birth.toString(Qt::ISODate)));
        const bool lunarKept = BirthdayRules::keptBetween(birth, Calendar::Lunar, from, to).isValid();
        QVERIFY2(inRanges(lunar, BirthdayRules::lunarKey(birth)) == lunarKept, qPrintable(birth.toString(Qt::ISODate)));
        solarHits += solarKept;
        lunarHits += lunarKept;
    }
    QVERIFY(solarHits > 0);
    QVERIFY(lunarHits > 0);
}

QTEST_APPLESS_MAIN(BirthdayRulesTest)
#include "birthdayrules_test.moc"
