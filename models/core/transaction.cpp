#include "transaction.h"

#include "changehub.h"
#include "commitwatch.h"
#include "serverlink.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Open Transactions per connection (connections belong to one thread). An inner Transaction
// becomes a savepoint, so a store's save can run inside a larger unit such as the demo data.
int &depth(const QString &connectionName)
{
    thread_local QHash<QString, int> depths;
    return depths[connectionName];
}

int &depth(const QSqlDatabase &db)
{
    return depth(db.connectionName());
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &open = depth(m_db);
    if (open == 0) {
        m_active = m_db.transaction();
        // A server connection that dropped while the desk was idle: nothing is half done yet, so
        // reconnect and begin again (ServerLink).
        if (!m_active && m_db.driverName() == QLatin1String("QPSQL") &&
            (ServerLink::isConnectionLoss(m_db.lastError()) || !m_db.isOpen() ||
             ServerLink::instance()->isDown(m_db.connectionName())) &&
            ServerLink::instance()->recover(m_db.connectionName()))
            m_active = m_db.transaction();
    } else {
        m_savepoint = QStringLiteral("cd_savepoint_%1").arg(open);
        m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_active)
        ++open;
}

Transaction::~Transaction()
{
    if (m_active)
        finish(false);
}

bool Transaction::isOpen(const QString &connectionName)
{
    return depth(connectionName) > 0;
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    return finish(true);
}

bool Transaction::finish(bool keep)
{
    m_active = false;
    --depth(m_db);
    if (!m_savepoint.isEmpty()) {
        QSqlQuery q(m_db);
        if (keep && q.exec(QStringLiteral("RELEASE ") + m_savepoint))
            return true;
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        q.exec(QStringLiteral("RELEASE ") + m_savepoint);
        return false;
    }
    if (keep && m_db.commit()) {
        ChangeHub::instance()->announce(m_db.connectionName()); // pages showing this data reload
        CommitWatch::committed(m_db);
        return true;
    }
    m_db.rollback();
    return false;
}
