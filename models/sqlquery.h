#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// A prepared statement with positional binding. SQL text is always a constant of models/;
// values only ever travel as bound parameters.
class SqlQuery final
{
public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QVariant &value);
    template<typename... Args> bool exec(const Args &...args)
    {
        (bind(QVariant::fromValue(args)), ...);
        return run();
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar();
    QString errorDetail() const;
    QSqlQuery &query() { return m_query; }

private:
    bool run();

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};
