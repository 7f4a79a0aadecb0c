#pragma once

#include <functional>
#include <QSqlDatabase>
#include <QStringList>

// Integrity of a database file: SQLite's own page check plus foreign keys.
class DatabaseCheck final
{
public:
    // Empty when everything is fine; otherwise one line per problem found. `keepGoing` is called
    // now and then during the check; false stops it (*cancelled is set then).
    static QStringList run(const QSqlDatabase &db, const std::function<bool()> &keepGoing = {},
                           bool *cancelled = nullptr);
};
