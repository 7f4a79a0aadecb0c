#include "rowcounter.h"

#include "sqlquery.h"

#include <QSqlQuery>
#include <QUuid>

RowCounter::RowCounter(const QSqlDatabase &db, QObject *parent)
    : QObject(parent)
    , m_target{db.driverName(), db.databaseName(), db.connectOptions(), db.hostName(),
               db.port(),       db.userName(),     db.password()}
{
    const bool sqlite = m_target.driver == QLatin1String("QSQLITE");
    m_background = !(sqlite && (m_target.databaseName.isEmpty() || m_target.databaseName == QLatin1String(":memory:")));
    m_pool.setMaxThreadCount(1); // one count at a time; a newer request supersedes a queued one
}

RowCounter::~RowCounter()
{
    m_latest->store(-1);
    m_pool.waitForDone();
}

void RowCounter::count(int ticket, const QString &sql, const QVariantList &bindings)
{
    m_latest->store(ticket);
    m_pool.start([this, ticket, sql, bindings, target = m_target, latest = m_latest] {
        if (latest->load() != ticket)
            return; // superseded while queued
        const QString name = QStringLiteral("count-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        int result = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(target.driver, name);
            db.setDatabaseName(target.databaseName);
            db.setConnectOptions(target.options);
            db.setHostName(target.host);
            db.setPort(target.port);
            db.setUserName(target.user);
            db.setPassword(target.password);
            if (db.open()) {
                // SqlQuery: the same translation for PostgreSQL as the window's own queries.
                SqlQuery q(db, sql);
                for (const QVariant &v : bindings)
                    q.bind(v);
                if (q.exec() && q.next())
                    result = q.value(0).toInt();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (latest->load() != ticket)
            return;
        if (result >= 0)
            QMetaObject::invokeMethod(
                this, [this, ticket, result] { emit counted(ticket, result); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, ticket] { emit failed(ticket); }, Qt::QueuedConnection);
    });
}
