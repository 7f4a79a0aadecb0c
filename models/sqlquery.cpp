#include "sqlquery.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcSql, "communitydesk.sql", QtWarningMsg)

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        qCWarning(lcSql) << "prepare failed:" << m_query.lastError().text() << sql;
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

bool SqlQuery::run()
{
    if (!m_prepared)
        return false;
    if (!m_query.exec()) {
        qCWarning(lcSql) << "exec failed:" << m_query.lastError().text() << m_sql;
        return false;
    }
    return true;
}

QVariant SqlQuery::scalar()
{
    if (!m_query.isActive() && !run())
        return {};
    return m_query.next() ? m_query.value(0) : QVariant();
}

QString SqlQuery::errorDetail() const
{
    return m_query.lastError().text();
}
