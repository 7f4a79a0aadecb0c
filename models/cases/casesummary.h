#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// The per-month, per-grid case figures behind the dashboard, kept up to date by every writer of
// `cases` in the writer's own transaction, so the dashboard reads a few thousand summary rows
// instead of every case of the year (see DashboardQuery).
//   case_month: for (month, grid, category): cases received that month, how many of those are
//     closed now, and cases closed that month.
//   case_close_minutes: for (month closed, grid): the minutes from receipt to closure of each
//     case closed that month, as a comma-separated list, so medians stay exact.
class CaseSummary final
{
public:
    struct Facts
    {
        QDateTime receivedAt;
        QDateTime closedAt; // invalid while open
        qint64 gridId = 0;  // 0: no grid
        qint64 categoryId = 0;
    };

    // Counts a new case in (add) or out (remove); a change is remove(old) then add(new).
    static bool add(const QSqlDatabase &db, const Facts &facts);
    static bool remove(const QSqlDatabase &db, const Facts &facts);
    static bool change(const QSqlDatabase &db, const Facts &before, const Facts &after);
    // Recomputes both tables from `cases` (migration, bulk generators, repair).
    static bool rebuild(const QSqlDatabase &db);

    static QString monthKey(const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM")); }
    static qint64 minutesToClose(const QDateTime &receivedAt, const QDateTime &closedAt);
    // "12,30,7" → {12, 30, 7}; empty items are skipped.
    static QList<int> parseMinutes(const QString &list);

private:
    static bool apply(const QSqlDatabase &db, const Facts &facts, int sign);
};
