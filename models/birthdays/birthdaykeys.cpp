#include "birthdaykeys.h"

#include "models/cnrules/lunardate.h"
#include "models/core/sqlquery.h"

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
    // One statement rather than firing the update trigger row by row: about 13 s for a million
    // residents, a third of the time.
    const QString date = QStringLiteral("resident.birth_date");
    SqlQuery keys(db, QStringLiteral("UPDATE resident SET birth_md = ") + solarKeyExpression(date) +
                          QStringLiteral(", birth_lunar_md = ") + lunarKeyExpression(date) +
                          QStringLiteral(" WHERE birth_date IS NOT NULL"));
    return keys.exec();
}

QString BirthdayKeys::solarKeyExpression(const QString &dateColumn)
{
    return QStringLiteral("(CASE WHEN %1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' THEN CAST(substr(%1, 6, 2) "
                          "AS INTEGER) * 100 + CAST(substr(%1, 9, 2) AS INTEGER) END)")
        .arg(dateColumn);
}

QString BirthdayKeys::lunarKeyExpression(const QString &dateColumn)
{
    // The lunar month that starts on or before the date and has not ended by it.
    return QStringLiteral("(SELECT lm.month * 100 + CAST(julianday(%1) - julianday(lm.start_date) AS INTEGER) + 1 "
                          "FROM lunar_month lm WHERE lm.start_date <= %1 AND julianday(%1) - julianday(lm.start_date) "
                          "< lm.days ORDER BY lm.start_date DESC LIMIT 1)")
        .arg(dateColumn);
}
