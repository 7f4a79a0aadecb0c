#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Integrity of a database file: SQLite's own page check plus foreign keys.
class DatabaseCheck final
{
public:
    // Empty when everything is fine; otherwise one line per problem found.
    static QStringList run(const QSqlDatabase &db);
};
