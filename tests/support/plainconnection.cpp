#include "plainconnection.h"

#include "models/core/databaseurl.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

PlainConnection::PlainConnection(const QString &user, const QString &password, const QString &schema)
    : m_name(QStringLiteral("plain-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    const DatabaseUrl url = DatabaseUrl::parse(testServerUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.databaseName());
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("options='-c search_path=%1 -c client_min_messages=error'").arg(schema));
    m_open = db.open();
    m_error = db.lastError().text();
}

PlainConnection::~PlainConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase PlainConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool PlainConnection::run(const QString &sql, int *rowsAffected) const
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    if (rowsAffected)
        *rowsAffected = ok ? q.numRowsAffected() : -1;
    return ok;
}

int PlainConnection::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

QStringList PlainConnection::column(const QString &sql) const
{
    QStringList out;
    QSqlQuery q(db());
    if (q.exec(sql))
        while (q.next())
            out << q.value(0).toString();
    return out;
}
