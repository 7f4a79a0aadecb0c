#pragma once

#include <QSqlDatabase>
#include <QString>

// The field copy's record of what the worker changed since the check-out, written by SQLite
// triggers on every tracked table (FieldTables) into
//   field_change(seq, table_name, row_key, op, old_row, new_row, at, login)
// row_key: the row's primary key as a JSON array; op: insert, update or delete; old_row / new_row:
// the whole row before and after as JSON objects (old_row of a row's first change is the version
// it started from, the base of the three-way merge); at: local time; login: the row's user_name
// when it has one, else the field copy's signed-in login (setSignedIn), else the worker's.
// Triggers rather than the session extension: they need nothing from the driver or the handle,
// survive a crash of the app mid-session (each change is logged in its own transaction) and keep
// who and when per change, which a changeset does not.
class FieldChangeLog final
{
public:
    // Called at the end of a check-out, on the new field database: creates the log and the
    // triggers (again, harmlessly, on a file that has them). False on failure, nothing changed.
    static bool install(QSqlDatabase field);
    // The person signed in on the field copy, named by the changes logged from now on.
    static bool setSignedIn(QSqlDatabase field, const QString &login);
    // Whether `db` is a field copy (it has field_checkout).
    static bool isFieldDatabase(const QSqlDatabase &db);
    // Whether the change log is installed (a copy without it cannot be merged).
    static bool hasChangeLog(const QSqlDatabase &db);
    // A field_checkout value (checkout_id, office, worker_login, worker_name, grids, …).
    static QString checkoutValue(const QSqlDatabase &field, const QString &key);
    // How many changes are logged after `afterSeq`.
    static int pendingChanges(const QSqlDatabase &field, qint64 afterSeq = 0);
};
