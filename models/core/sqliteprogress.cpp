#include "sqliteprogress.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

SqliteProgress::SqliteProgress(const QSqlDatabase &db, std::function<bool()> keepGoing)
    : m_keepGoing(std::move(keepGoing))
{
    // Qt's SQLite driver hands out its sqlite3 pointer; it links the same system library.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    // A thousand virtual machine steps take microseconds; the clock decides when to ask.
    if (m_handle && m_keepGoing)
        sqlite3_progress_handler(m_handle, 1000, &SqliteProgress::callback, this);
}

SqliteProgress::~SqliteProgress()
{
    if (m_handle && m_keepGoing)
        sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
}

int SqliteProgress::callback(void *self)
{
    auto *progress = static_cast<SqliteProgress *>(self);
    if (progress->m_interrupted)
        return 1;
    if (progress->m_sinceAsked.isValid() && progress->m_sinceAsked.elapsed() < 50)
        return 0;
    progress->m_sinceAsked.start();
    if (!progress->m_keepGoing())
        progress->m_interrupted = true;
    return progress->m_interrupted ? 1 : 0; // non-zero makes SQLite stop with SQLITE_INTERRUPT
}
