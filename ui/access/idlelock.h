#pragma once

#include "models/access/accessscope.h"

#include <QObject>
#include <QSqlDatabase>

class IdleWatcher;
class QWidget;

// Locks the window after a while without input: covers the open windows (LockCurtain) and asks
// the signed-in person's password (LockDialog) over whatever was open, which stays open with
// what was typed. Works only on a database with accounts and with someone signed in.
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    IdleLock(QSqlDatabase db, const AccessScope &scope, QWidget *window);

    // 0: never. The window passes the office's minutes; tests a second or two.
    void setTimeout(int milliseconds);
    int timeout() const;
    bool isActive() const { return m_active; }
    bool isLocked() const { return m_locked; }
    // Locks now, as the timeout would (returns once unlocked).
    void lock();

signals:
    void locked();
    void unlocked();

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QWidget *m_window = nullptr;
    IdleWatcher *m_watcher = nullptr;
    bool m_active = false;
    bool m_locked = false;
};
