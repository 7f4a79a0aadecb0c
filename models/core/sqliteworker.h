#pragma once

#include <functional>
#include <QSqlDatabase>

// Long SQLite work (VACUUM INTO, an integrity check) on a connection of its own in a worker
// thread, so the window stays live and its own connection is never used in the middle of a
// statement. `poll` is called on the calling thread about every 50 ms while the work runs (a
// progress dialog updates there); returning false interrupts the work's statement, which then
// fails. Without `poll`, and for a private in-memory database another connection cannot see,
// the work runs in place.
class SqliteWorker final
{
public:
    static bool run(const QSqlDatabase &db, const std::function<bool(const QSqlDatabase &)> &work,
                    const std::function<bool()> &poll, bool *interrupted = nullptr);
};
