#pragma once

#include <QDate>
#include <QList>
#include <QString>

// On which day of a given month a resident's birthday is kept, by the solar (公历) or the
// lunar (农历) calendar, and the keys the register stores to find those residents quickly.
//
// Customs followed (the same ones in lists, prints, reminders and the stored keys):
//  - Solar: someone born on 29 February keeps the birthday on 28 February in common years, so
//    they stay in the February list. (Age::birthdayIn gives 1 March: that is when the 周岁
//    age increases by law, a different question from the day of the party.)
//  - Lunar: as LunarDate::solarDatesInMonth: a birthday in a leap month is kept in the
//    ordinary month of the same number; day 30 is kept on day 29 in a 29-day month.
class BirthdayRules final
{
public:
    BirthdayRules() = delete;

    enum class Calendar { Solar, Lunar };
    // Stored codes: "solar", "lunar".
    static QString code(Calendar calendar);
    static Calendar fromCode(const QString &code, Calendar fallback);

    // The solar birthday in solarYear (29 February becomes 28 February in common years).
    static QDate solarBirthdayIn(const QDate &birth, int solarYear);
    // The solar date within solarYear/solarMonth on which the lunar birthday is kept, or an
    // invalid date if it is not kept in that month or birth has no lunar date (before 1900-01-31).
    static QDate lunarBirthdayIn(const QDate &birth, int solarYear, int solarMonth);
    // The day within [from, to] on which the birthday is kept, or an invalid date. A lunar
    // birthday falls back to the solar one when birth has no lunar date.
    static QDate keptBetween(const QDate &birth, Calendar calendar, const QDate &from, const QDate &to);

    // The age reached on the birthday kept on keptOn: solar, keptOn's year - birth year (周岁);
    // lunar, the lunar year of keptOn - the lunar year of birth, so a 腊月 birthday kept in
    // January still counts for the lunar year that is ending. -1 if it cannot be computed.
    static int ageTurning(const QDate &birth, Calendar calendar, const QDate &keptOn);

    // Stored search keys (resident.birth_md and resident.birth_lunar_md, kept by triggers):
    // month * 100 + day of the solar birth date, and of the lunar birth date with a leap month
    // folded into its ordinary month. 0 when there is none.
    static int solarKey(const QDate &birth);
    static int lunarKey(const QDate &birth);

    // Inclusive key ranges, in key order, that together select exactly the birthdays kept
    // between from and to (a span of at most 366 days; empty otherwise).
    struct KeyRange
    {
        int first = 0;
        int last = 0;
        friend bool operator==(const KeyRange &a, const KeyRange &b) { return a.first == b.first && a.last == b.last; }
    };
    static QList<KeyRange> solarKeysBetween(const QDate &from, const QDate &to);
    static QList<KeyRange> lunarKeysBetween(const QDate &from, const QDate &to);
};
