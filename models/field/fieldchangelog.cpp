#include "fieldchangelog.h"

#include "fieldtables.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QStringList>

namespace {

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    // The table name comes from FieldTables, never from the file's user.
    SqlQuery q(db, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    QStringList columns;
    if (q.exec(table))
        while (q.next())
            columns << q.value(0).toString();
    return columns;
}

QString jsonRow(const QStringList &columns, const QString &prefix)
{
    QStringList args;
    for (const QString &c : columns)
        args << QStringLiteral("'%1', %2.%1").arg(c, prefix);
    return QStringLiteral("json_object(") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString jsonKey(const QStringList &keys, const QString &prefix)
{
    QStringList args;
    for (const QString &k : keys)
        args << prefix + QLatin1Char('.') + k;
    return QStringLiteral("json_array(") + args.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString loginExpression(const QStringList &columns, const QString &prefix)
{
    const QString fallback =
        QStringLiteral("(SELECT value FROM field_checkout WHERE key = 'signed_in'), (SELECT value FROM "
                       "field_checkout WHERE key = 'worker_login')");
    if (prefix == QLatin1String("NEW") && columns.contains(QStringLiteral("user_name")))
        return QStringLiteral("coalesce(NEW.user_name, ") + fallback + QLatin1Char(')');
    return QStringLiteral("coalesce(") + fallback + QLatin1Char(')');
}

QStringList triggerStatements(const FieldTable &table, const QStringList &columns)
{
    const QString t = table.name;
    const QString at = QStringLiteral("strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')");
    const QString insert = QStringLiteral("INSERT INTO field_change (table_name, row_key, op, old_row, new_row, at, "
                                          "login) VALUES ('%1', ")
                               .arg(t);
    QStringList changed;
    for (const QString &c : columns)
        changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(c);
    return {
        QStringLiteral("DROP TRIGGER IF EXISTS field_change_%1_insert").arg(t),
        QStringLiteral("DROP TRIGGER IF EXISTS field_change_%1_update").arg(t),
        QStringLiteral("DROP TRIGGER IF EXISTS field_change_%1_delete").arg(t),
        QStringLiteral("CREATE TRIGGER field_change_%1_insert AFTER INSERT ON %1 BEGIN ").arg(t) + insert +
            jsonKey(table.keyColumns, QStringLiteral("NEW")) + QStringLiteral(", 'insert', NULL, ") +
            jsonRow(columns, QStringLiteral("NEW")) + QStringLiteral(", ") + at + QStringLiteral(", ") +
            loginExpression(columns, QStringLiteral("NEW")) + QStringLiteral("); END"),
        // An UPDATE that changes nothing (a form saved as it was) is not a change.
        QStringLiteral("CREATE TRIGGER field_change_%1_update AFTER UPDATE ON %1 WHEN ").arg(t) +
            changed.join(QStringLiteral(" OR ")) + QStringLiteral(" BEGIN ") + insert +
            jsonKey(table.keyColumns, QStringLiteral("OLD")) + QStringLiteral(", 'update', ") +
            jsonRow(columns, QStringLiteral("OLD")) + QStringLiteral(", ") + jsonRow(columns, QStringLiteral("NEW")) +
            QStringLiteral(", ") + at + QStringLiteral(", ") + loginExpression(columns, QStringLiteral("NEW")) +
            QStringLiteral("); END"),
        QStringLiteral("CREATE TRIGGER field_change_%1_delete AFTER DELETE ON %1 BEGIN ").arg(t) + insert +
            jsonKey(table.keyColumns, QStringLiteral("OLD")) + QStringLiteral(", 'delete', ") +
            jsonRow(columns, QStringLiteral("OLD")) + QStringLiteral(", NULL, ") + at + QStringLiteral(", ") +
            loginExpression(columns, QStringLiteral("OLD")) + QStringLiteral("); END"),
    };
}

} // namespace

bool FieldChangeLog::install(QSqlDatabase field)
{
    Transaction tx(field);
    if (!tx.isActive())
        return false;
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS field_checkout (key TEXT PRIMARY KEY, value TEXT)"),
        // AUTOINCREMENT: a seq is never reused, so the office's "merged up to seq N" stays true.
        QStringLiteral("CREATE TABLE IF NOT EXISTS field_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, table_name "
                       "TEXT NOT NULL, row_key TEXT NOT NULL, op TEXT NOT NULL, old_row TEXT, new_row TEXT, at TEXT "
                       "NOT NULL, login TEXT)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS field_change_row ON field_change(table_name, row_key, seq)"),
    };
    for (const FieldTable &table : FieldTables::all()) {
        const QStringList columns = columnsOf(field, table.name);
        if (!columns.isEmpty())
            statements += triggerStatements(table, columns);
    }
    for (const QString &sql : std::as_const(statements)) {
        SqlQuery q(field, sql);
        if (!q.exec())
            return false;
    }
    return tx.commit();
}

bool FieldChangeLog::setSignedIn(QSqlDatabase field, const QString &login)
{
    SqlQuery q(field, QStringLiteral("INSERT OR REPLACE INTO field_checkout (key, value) VALUES ('signed_in', ?)"));
    return q.exec(login);
}

bool FieldChangeLog::isFieldDatabase(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                                  "'field_checkout'"));
    return q.exec() && q.scalar().toInt() > 0;
}

bool FieldChangeLog::hasChangeLog(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'field_change'"));
    return q.exec() && q.scalar().toInt() > 0;
}

QString FieldChangeLog::checkoutValue(const QSqlDatabase &field, const QString &key)
{
    SqlQuery q(field, QStringLiteral("SELECT value FROM field_checkout WHERE key = ?"));
    return q.exec(key) && q.next() ? q.value(0).toString() : QString();
}

int FieldChangeLog::pendingChanges(const QSqlDatabase &field, qint64 afterSeq)
{
    SqlQuery q(field, QStringLiteral("SELECT count(*) FROM field_change WHERE seq > ?"));
    return q.exec(afterSeq) ? q.scalar().toInt() : 0;
}
