#include "birthdaykeys.h"

#include "lunardate.h"
#include "sqlquery.h"

bool BirthdayKeys::fill(QSqlDatabase &db)
{
    SqlQuery insert(db, QStringLiteral("INSERT INTO lunar_month (start_date, month, leap, days) VALUES (?, ?, ?, ?)"));
    for (int year = LunarDate::MinYear; year <= LunarDate::MaxYear; ++year) {
        const int leapMonth = LunarDate::leapMonth(year);
        for (int month = 1; month <= 12; ++month) {
            for (const bool leap : {false, true}) {
                if (leap && month != leapMonth)
                    continue;
                const QDate start = LunarDate::fromLunar(year, month, 1, leap).toSolar();
                if (!insert.exec(start.toString(Qt::ISODate), month, leap ? 1 : 0,
                                 LunarDate::monthDays(year, month, leap)))
                    return false;
            }
        }
    }
    // Setting birth_date to itself fires the update trigger, which computes both keys.
    SqlQuery keys(db, QStringLiteral("UPDATE resident SET birth_date = birth_date WHERE birth_date IS NOT NULL"));
    return keys.exec();
}
