#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every column that points at a resident, and how a row of it is told apart, for the merge to
// move them all and its undo to put back exactly those rows. A table added later that references
// resident(id) gets one line in ResidentLinks::all().
struct ResidentLink
{
    QString table;
    QString column;   // the resident column
    QStringList keys; // the other columns that name one row (the row's id, or the rest of its key)
    // Whether a row may exist once only for `column` with `uniqueWith` (empty: the resident column
    // alone is unique): a row whose twin the kept record already has stays on the merged record.
    QStringList uniqueWith;
    bool unique = false;
    // A further condition on the table's own columns (trusted SQL from all()), for a table whose
    // column points at other records too (custom_value: residents' and households' fields).
    QString condition;

    // "SELECT keys FROM table WHERE column = ? [AND no twin on the kept record (?)]".
    QString selectMovable() const;
    // "UPDATE table SET column = ? WHERE column = ? AND key1 = ? …".
    QString updateOne() const;
};

namespace ResidentLinks {
QList<ResidentLink> all();
// The condition that keeps custom_value to residents' fields.
QString residentCustomFields();
} // namespace ResidentLinks
