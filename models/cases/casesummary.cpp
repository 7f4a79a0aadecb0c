#include "casesummary.h"

#include "models/core/sqlquery.h"

#include <QStringList>

namespace {

// The upsert syntax is shared by SQLite (3.24+) and PostgreSQL.
bool bumpMonth(const QSqlDatabase &db, const QString &month, qint64 grid, qint64 category, int received,
               int receivedClosed, int closed)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO case_month (month, grid_id, category_id, received, received_closed, "
                                  "closed) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (month, grid_id, category_id) DO "
                                  "UPDATE SET received = case_month.received + excluded.received, received_closed = "
                                  "case_month.received_closed + excluded.received_closed, closed = case_month.closed "
                                  "+ excluded.closed"));
    return q.exec(month, grid, category, received, receivedClosed, closed);
}

bool changeMinutes(const QSqlDatabase &db, const QString &month, qint64 grid, qint64 minutes, int sign)
{
    SqlQuery read(db, QStringLiteral("SELECT minutes FROM case_close_minutes WHERE month = ? AND grid_id = ?"));
    if (!read.exec(month, grid))
        return false;
    const bool exists = read.next();
    QList<int> values = exists ? CaseSummary::parseMinutes(read.value(0).toString()) : QList<int>();
    if (sign > 0)
        values.append(int(minutes));
    else
        values.removeOne(int(minutes));
    QStringList text;
    text.reserve(values.size());
    for (int v : values)
        text << QString::number(v);
    // An empty list is '' (never NULL: the column is NOT NULL).
    const QString joined = values.isEmpty() ? QStringLiteral("") : text.join(QLatin1Char(','));
    if (exists) {
        SqlQuery write(db, QStringLiteral("UPDATE case_close_minutes SET minutes = ? WHERE month = ? AND grid_id = ?"));
        return write.exec(joined, month, grid);
    }
    SqlQuery write(db, QStringLiteral("INSERT INTO case_close_minutes (month, grid_id, minutes) VALUES (?, ?, ?)"));
    return write.exec(month, grid, joined);
}

} // namespace

qint64 CaseSummary::minutesToClose(const QDateTime &receivedAt, const QDateTime &closedAt)
{
    // Rounded to the minute: stamps are stored to the second.
    return (receivedAt.secsTo(closedAt) + 30) / 60;
}

QList<int> CaseSummary::parseMinutes(const QString &list)
{
    QList<int> values;
    for (QStringView item : QStringView(list).split(QLatin1Char(','), Qt::SkipEmptyParts))
        values.append(item.toInt());
    return values;
}

bool CaseSummary::apply(const QSqlDatabase &db, const Facts &f, int sign)
{
    if (!f.receivedAt.isValid())
        return true;
    const bool closed = f.closedAt.isValid();
    if (!bumpMonth(db, monthKey(f.receivedAt), f.gridId, f.categoryId, sign, closed ? sign : 0, 0))
        return false;
    if (!closed)
        return true;
    return bumpMonth(db, monthKey(f.closedAt), f.gridId, f.categoryId, 0, 0, sign) &&
           changeMinutes(db, monthKey(f.closedAt), f.gridId, minutesToClose(f.receivedAt, f.closedAt), sign);
}

bool CaseSummary::add(const QSqlDatabase &db, const Facts &facts)
{
    return apply(db, facts, 1);
}

bool CaseSummary::remove(const QSqlDatabase &db, const Facts &facts)
{
    return apply(db, facts, -1);
}

bool CaseSummary::change(const QSqlDatabase &db, const Facts &before, const Facts &after)
{
    if (before.receivedAt == after.receivedAt && before.closedAt == after.closedAt && before.gridId == after.gridId &&
        before.categoryId == after.categoryId)
        return true;
    return remove(db, before) && add(db, after);
}

bool CaseSummary::rebuild(const QSqlDatabase &db)
{
    if (!SqlQuery(db, QStringLiteral("DELETE FROM case_month")).exec() ||
        !SqlQuery(db, QStringLiteral("DELETE FROM case_close_minutes")).exec())
        return false;
    SqlQuery received(
        db, QStringLiteral(
                "INSERT INTO case_month (month, grid_id, category_id, received, "
                "received_closed, closed) SELECT substr(received_at, 1, 7), "
                "coalesce(grid_id, 0), category_id, count(*), count(closed_at), 0 FROM cases "
                "WHERE status <> 'withdrawn' GROUP BY substr(received_at, 1, 7), coalesce(grid_id, 0), category_id"));
    if (!received.exec())
        return false;
    SqlQuery closed(db, QStringLiteral("SELECT substr(closed_at, 1, 7), coalesce(grid_id, 0), category_id, count(*) "
                                       "FROM cases WHERE closed_at IS NOT NULL AND status <> 'withdrawn' GROUP BY "
                                       "substr(closed_at, 1, 7), "
                                       "coalesce(grid_id, 0), category_id"));
    if (!closed.exec())
        return false;
    while (closed.next())
        if (!bumpMonth(db, closed.value(0).toString(), closed.value(1).toLongLong(), closed.value(2).toLongLong(), 0, 0,
                       closed.value(3).toInt()))
            return false;

    // Minutes are computed here rather than in SQL: date arithmetic differs between the engines.
    SqlQuery times(db, QStringLiteral("SELECT substr(closed_at, 1, 7), coalesce(grid_id, 0), received_at, closed_at "
                                      "FROM cases WHERE closed_at IS NOT NULL AND status <> 'withdrawn'"));
    if (!times.exec())
        return false;
    QHash<std::pair<QString, qint64>, QStringList> lists;
    while (times.next()) {
        const QDateTime r = QDateTime::fromString(times.value(2).toString(), Qt::ISODate);
        const QDateTime c = QDateTime::fromString(times.value(3).toString(), Qt::ISODate);
        lists[{times.value(0).toString(), times.value(1).toLongLong()}] << QString::number(minutesToClose(r, c));
    }
    SqlQuery insert(db, QStringLiteral("INSERT INTO case_close_minutes (month, grid_id, minutes) VALUES (?, ?, ?)"));
    for (auto it = lists.cbegin(); it != lists.cend(); ++it)
        if (!insert.exec(it.key().first, it.key().second, it.value().join(QLatin1Char(','))))
            return false;
    return true;
}
