#pragma once

#include <functional>
#include <QElapsedTimer>
#include <QSqlDatabase>

struct sqlite3;

// While it lives, a long SQLite statement on `db` (VACUUM INTO, an integrity check) calls
// `keepGoing` at its start and then about every 50 ms: the caller updates its progress dialog there, and
// returning false interrupts the statement, which then fails and writes nothing. On a server
// connection it does nothing (the statement runs to its end).
class SqliteProgress final
{
public:
    SqliteProgress(const QSqlDatabase &db, std::function<bool()> keepGoing);
    ~SqliteProgress();
    Q_DISABLE_COPY_MOVE(SqliteProgress)

    // True once keepGoing returned false.
    bool interrupted() const { return m_interrupted; }

private:
    static int callback(void *self);

    sqlite3 *m_handle = nullptr;
    std::function<bool()> m_keepGoing;
    QElapsedTimer m_sinceAsked; // invalid until keepGoing was first asked
    bool m_interrupted = false;
};
