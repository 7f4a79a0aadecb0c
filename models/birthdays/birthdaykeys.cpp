#include "birthdaykeys.h"

#include "models/cnrules/lunardate.h"
#include "models/core/dialectsql.h"
#include "models/core/sqldialect.h"
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
    const bool postgres = SqlDialect::isPostgres(db);
    SqlQuery keys(db, QStringLiteral("UPDATE resident SET birth_md = ") + solarKeyExpression(postgres, date) +
                          QStringLiteral(", birth_lunar_md = ") + lunarKeyExpression(postgres, date) +
                          QStringLiteral(" WHERE birth_date IS NOT NULL"));
    return keys.exec();
}

QString BirthdayKeys::solarKeyExpression(bool postgres, const QString &dateColumn)
{
    return QStringLiteral("(CASE WHEN ") + DialectSql::isIsoDate(postgres, dateColumn) +
           QStringLiteral(" THEN CAST(substr(%1, 6, 2) AS INTEGER) * 100 + CAST(substr(%1, 9, 2) AS INTEGER) END)")
               .arg(dateColumn);
}

QString BirthdayKeys::lunarKeyExpression(bool postgres, const QString &dateColumn)
{
    // The lunar month that starts on or before the date and has not ended by it.
    const QString days = DialectSql::Text{QStringLiteral("CAST(julianday(%1) - julianday(lm.start_date) AS INTEGER)"),
                                          QStringLiteral("(CAST(%1 AS DATE) - CAST(lm.start_date AS DATE))")}
                             .forEngine(postgres)
                             .arg(dateColumn);
    return QStringLiteral("(SELECT lm.month * 100 + %2 + 1 FROM lunar_month lm WHERE lm.start_date <= %1 AND %2 < "
                          "lm.days ORDER BY lm.start_date DESC LIMIT 1)")
        .arg(dateColumn, days);
}

QStringList BirthdayKeys::triggerStatements(bool postgres)
{
    const QString date = QStringLiteral("NEW.birth_date");
    const QString update = QStringLiteral("UPDATE resident SET birth_md = ") + solarKeyExpression(postgres, date) +
                           QStringLiteral(", birth_lunar_md = ") + lunarKeyExpression(postgres, date) +
                           QStringLiteral(" WHERE id = NEW.id;");
    if (!postgres)
        return {
            QStringLiteral("CREATE TRIGGER resident_birth_keys_insert AFTER INSERT ON resident WHEN NEW.birth_date "
                           "IS NOT NULL BEGIN ") +
                update + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER resident_birth_keys_update AFTER UPDATE OF birth_date ON resident BEGIN ") +
                update + QStringLiteral(" END")};
    // The functions keep the names the databases upgraded before native triggers already have.
    auto function = [&update](const QString &name) -> QString {
        return QStringLiteral("CREATE OR REPLACE FUNCTION %1_fn() RETURNS trigger LANGUAGE plpgsql AS $cd$ BEGIN ")
                   .arg(name) +
               update + QStringLiteral(" RETURN NULL; END $cd$");
    };
    return {function(QStringLiteral("resident_birth_keys_insert")),
            QStringLiteral("CREATE TRIGGER resident_birth_keys_insert AFTER INSERT ON resident FOR EACH ROW WHEN "
                           "(NEW.birth_date IS NOT NULL) EXECUTE FUNCTION resident_birth_keys_insert_fn()"),
            function(QStringLiteral("resident_birth_keys_update")),
            QStringLiteral("CREATE TRIGGER resident_birth_keys_update AFTER UPDATE OF birth_date ON resident FOR EACH "
                           "ROW EXECUTE FUNCTION resident_birth_keys_update_fn()")};
}
