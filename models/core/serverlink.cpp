#include "serverlink.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

Q_LOGGING_CATEGORY(lcLink, "communitydesk.serverlink")

ServerLink::ServerLink()
    : m_timer(new QTimer(this))
{
    m_timer->setInterval(3000);
    connect(m_timer, &QTimer::timeout, this, &ServerLink::retry);
}

ServerLink *ServerLink::instance()
{
    static ServerLink *link = [] {
        auto *l = new ServerLink;
        if (QCoreApplication::instance())
            l->moveToThread(QCoreApplication::instance()->thread());
        return l;
    }();
    return link;
}

bool ServerLink::isConnectionLoss(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return false;
    // libpq's wording for a socket that is gone (server restarted or stopped, a standby
    // promoted, the network cut); a refused statement never says these.
    static const char *const kLost[] = {
        "server closed the connection",
        "no connection to the server",
        "terminating connection",
        "could not send data to server",
        "could not receive data",
        "connection to server",
        "connection not open",
        "SSL connection has been closed",
        "the database system is shutting down",
        "the database system is starting up",
        "Connection refused",
        "Broken pipe",
    };
    const QString text = error.driverText() + QLatin1Char(' ') + error.databaseText();
    for (const char *lost : kLost)
        if (text.contains(QLatin1String(lost), Qt::CaseInsensitive))
            return true;
    // 57P01-57P03: admin shutdown, crash shutdown, cannot connect now; 08xxx: connection exceptions.
    const QString code = error.nativeErrorCode();
    return code.startsWith(QLatin1String("57P0")) || code.startsWith(QLatin1String("08"));
}

bool ServerLink::recover(const QString &connectionName)
{
    if (QThread::currentThread() != thread())
        return false;
    if (m_down.contains(connectionName)) {
        // Known to be down: the timer tries again; a statement does not wait for a reconnect.
        emit workFailed(connectionName);
        return false;
    }
    // A lost transaction must fail as a whole: reconnecting under it would run its remaining
    // statements outside it. The retry comes after the Transaction has unwound.
    if (!Transaction::isOpen(connectionName) && reopen(connectionName)) {
        // Lost and back within one statement: still said, so the clerk knows why it paused.
        emit connectionLost(connectionName);
        emit connectionRestored(connectionName);
        return true;
    }
    m_down.insert(connectionName);
    qCWarning(lcLink) << "connection" << connectionName << "lost; retrying";
    emit connectionLost(connectionName);
    emit workFailed(connectionName);
    if (!m_timer->isActive())
        m_timer->start();
    return false;
}

bool ServerLink::isDown(const QString &connectionName) const
{
    return m_down.contains(connectionName);
}

void ServerLink::setRetryInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool ServerLink::reopen(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid() || db.driverName() != QLatin1String("QPSQL"))
        return false;
    // The same host, login, password and options (the schema) as the first open.
    db.close();
    if (!db.open()) {
        qCDebug(lcLink) << "reconnect failed:" << db.lastError().text();
        return false;
    }
    qCInfo(lcLink) << "connection" << connectionName << "restored";
    return true;
}

void ServerLink::retry()
{
    const QSet<QString> down = m_down;
    for (const QString &name : down) {
        if (!QSqlDatabase::contains(name)) {
            m_down.remove(name); // closed meanwhile: nothing to bring back
            continue;
        }
        if (Transaction::isOpen(name) || !reopen(name))
            continue;
        m_down.remove(name);
        emit connectionRestored(name);
    }
    if (m_down.isEmpty())
        m_timer->stop();
}
