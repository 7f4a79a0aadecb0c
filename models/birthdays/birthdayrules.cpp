#include "birthdayrules.h"

#include "models/cnrules/lunardate.h"

#include <QSet>

#include <algorithm>

namespace {

bool isFeb29(const QDate &d)
{
    return d.month() == 2 && d.day() == 29;
}

// Every key that can occur, in calendar order, so that runs of selected keys can be merged into
// ranges: two keys are adjacent when no possible key lies between them.
QList<int> allKeys(int lastDay)
{
    QList<int> keys;
    keys.reserve(12 * lastDay);
    for (int month = 1; month <= 12; ++month) {
        const int days = lastDay == 30 ? 30 : QDate(2000, month, 1).daysInMonth(); // 2000: leap year
        for (int day = 1; day <= days; ++day)
            keys.append(month * 100 + day);
    }
    return keys;
}

const QList<int> &solarKeys()
{
    static const QList<int> keys = allKeys(31);
    return keys;
}

const QList<int> &lunarKeys()
{
    static const QList<int> keys = allKeys(30);
    return keys;
}

QList<BirthdayRules::KeyRange> ranges(const QList<int> &all, const QSet<int> &selected)
{
    QList<BirthdayRules::KeyRange> list;
    bool open = false;
    for (const int key : all) {
        if (selected.contains(key)) {
            if (open)
                list.last().last = key;
            else
                list.append({key, key});
            open = true;
        } else {
            open = false;
        }
    }
    return list;
}

bool validSpan(const QDate &from, const QDate &to)
{
    return from.isValid() && to.isValid() && from <= to && from.daysTo(to) <= 366;
}

} // namespace

QString BirthdayRules::code(Calendar calendar)
{
    return calendar == Calendar::Lunar ? QStringLiteral("lunar") : QStringLiteral("solar");
}

BirthdayRules::Calendar BirthdayRules::fromCode(const QString &code, Calendar fallback)
{
    if (code == QLatin1String("lunar"))
        return Calendar::Lunar;
    if (code == QLatin1String("solar"))
        return Calendar::Solar;
    return fallback;
}

QDate BirthdayRules::solarBirthdayIn(const QDate &birth, int solarYear)
{
    if (!birth.isValid())
        return {};
    if (isFeb29(birth) && !QDate::isLeapYear(solarYear))
        return QDate(solarYear, 2, 28);
    return QDate(solarYear, birth.month(), birth.day());
}

QDate BirthdayRules::lunarBirthdayIn(const QDate &birth, int solarYear, int solarMonth)
{
    const LunarDate lunar = LunarDate::fromSolar(birth);
    if (!lunar.isValid())
        return {};
    const QList<QDate> dates =
        LunarDate::solarDatesInMonth(lunar.month(), lunar.day(), lunar.isLeapMonth(), solarYear, solarMonth);
    return dates.isEmpty() ? QDate() : dates.constFirst();
}

QDate BirthdayRules::keptBetween(const QDate &birth, Calendar calendar, const QDate &from, const QDate &to)
{
    if (!birth.isValid() || !validSpan(from, to))
        return {};
    if (calendar == Calendar::Lunar && LunarDate::fromSolar(birth).isValid()) {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            const QDate kept = lunarBirthdayIn(birth, month.year(), month.month());
            if (kept.isValid() && kept >= from && kept <= to && kept >= birth)
                return kept;
        }
        return {};
    }
    for (int year = from.year(); year <= to.year(); ++year) {
        const QDate kept = solarBirthdayIn(birth, year);
        if (kept >= from && kept <= to && kept >= birth)
            return kept;
    }
    return {};
}

int BirthdayRules::ageTurning(const QDate &birth, Calendar calendar, const QDate &keptOn)
{
    if (!birth.isValid() || !keptOn.isValid() || keptOn < birth)
        return -1;
    if (calendar == Calendar::Lunar) {
        const LunarDate lunarBirth = LunarDate::fromSolar(birth);
        const LunarDate lunarKept = LunarDate::fromSolar(keptOn);
        if (lunarBirth.isValid() && lunarKept.isValid())
            return lunarKept.year() - lunarBirth.year();
    }
    return keptOn.year() - birth.year();
}

int BirthdayRules::solarKey(const QDate &birth)
{
    return birth.isValid() ? birth.month() * 100 + birth.day() : 0;
}

int BirthdayRules::lunarKey(const QDate &birth)
{
    const LunarDate lunar = LunarDate::fromSolar(birth);
    return lunar.isValid() ? lunar.month() * 100 + lunar.day() : 0;
}

QList<BirthdayRules::KeyRange> BirthdayRules::solarKeysBetween(const QDate &from, const QDate &to)
{
    if (!validSpan(from, to))
        return {};
    QSet<int> selected;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        selected.insert(solarKey(d));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            selected.insert(229);
    }
    return ranges(solarKeys(), selected);
}

QList<BirthdayRules::KeyRange> BirthdayRules::lunarKeysBetween(const QDate &from, const QDate &to)
{
    if (!validSpan(from, to))
        return {};
    QSet<int> selected;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        for (const int key : lunarKeys()) {
            const QList<QDate> dates =
                LunarDate::solarDatesInMonth(key / 100, key % 100, false, month.year(), month.month());
            for (const QDate &d : dates)
                if (d >= from && d <= to)
                    selected.insert(key);
        }
    }
    return ranges(lunarKeys(), selected);
}
