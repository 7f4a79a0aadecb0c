#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QSqlError;
class QTimer;

// A server connection that drops (the server restarted, a standby took over, the network
// blinked) comes back by itself. SqlQuery and Transaction report a statement that failed because
// its connection is gone:
// - outside a transaction nothing was half done, so the connection is opened again at once and
//   the statement runs again (a server restarted while the desk sat idle costs nothing);
// - inside one, the transaction is lost: the save fails, the form stays open (FormGuard) and is
//   saved again when connectionRestored() says the server is back. Until then the link tries
//   again every few seconds.
// Only PostgreSQL connections are reconnected; a SQLite file has nothing to lose. Lives in the
// main thread; reports from other threads (background counts) are left to their own retries.
class ServerLink final : public QObject
{
    Q_OBJECT

public:
    static ServerLink *instance();

    // The driver's error says the connection itself is gone (not a refused statement).
    static bool isConnectionLoss(const QSqlError &error);

    // A statement on `connectionName` failed with a connection loss: tries to open it again now
    // (never inside an open Transaction). True when the connection works again.
    bool recover(const QString &connectionName);
    bool isDown(const QString &connectionName) const;
    // The interval between tries while a connection is down (tests shorten it).
    void setRetryInterval(int milliseconds);

signals:
    void connectionLost(const QString &connectionName);
    void connectionRestored(const QString &connectionName);
    // Work on the connection failed because it is down (each time): a form saving now keeps its
    // data and saves again when the connection is back.
    void workFailed(const QString &connectionName);

private:
    ServerLink();
    bool reopen(const QString &connectionName);
    void retry();

    QSet<QString> m_down;
    QTimer *m_timer;
};
