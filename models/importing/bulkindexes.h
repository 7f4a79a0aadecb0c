#pragma once

#include <QSqlDatabase>
#include <QStringList>

// A bulk load into an empty table drops the table's secondary indexes for the load and makes
// them again afterwards from their own CREATE statements: building an index from the finished
// table is one sort, where keeping it current is a random B-tree insert per row and index.
// SQLite only (elsewhere nothing is suspended); the caller's transaction covers both calls, so a
// rollback brings the indexes back as they were.
class BulkIndexes final
{
public:
    explicit BulkIndexes(QSqlDatabase db);

    // Drops the indexes of `table` but those named in `keep` (which the load itself reads).
    // False when they could not be dropped; the load then simply keeps them.
    bool suspend(const QString &table, const QStringList &keep);
    // Drops the trigger `name` for the load, for a caller that writes what it computes itself
    // (the resident insert writes the birthday keys); restore() makes it again. False: kept.
    bool suspendTrigger(const QString &name);
    // Makes the dropped indexes and triggers again (a UNIQUE index fails on duplicates); true
    // when none was dropped.
    bool restore();

private:
    QSqlDatabase m_db;
    QStringList m_create;   // the CREATE INDEX statements of the dropped indexes
    QStringList m_triggers; // the CREATE TRIGGER statements of the dropped triggers
};
