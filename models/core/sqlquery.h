#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringBuilder>
#include <QVariant>
#include <type_traits>

// A prepared statement with positional binding. SQL text is always a constant of models/;
// values only ever travel as bound parameters. The SQL runs as written (DialectSql where engines
// differ, SqlDialect checks it on PostgreSQL); INSERTs report their new id through RETURNING.
class SqlQuery final
{
    template<typename T> struct IsStringBuilder : std::false_type
    {
    };
    template<typename A, typename B> struct IsStringBuilder<QStringBuilder<A, B>> : std::true_type
    {
    };
    // An `a + b` string expression is a QStringBuilder; QVariant::fromValue() would keep it as an
    // unknown type that binds as an empty value, so it becomes the QString it stands for.
    template<typename T> static QVariant toVariant(const T &value)
    {
        if constexpr (IsStringBuilder<T>::value)
            return QVariant(QString(value));
        else
            return QVariant::fromValue(value);
    }

public:
    SqlQuery(const QSqlDatabase &db, const QString &sql);
    Q_DISABLE_COPY_MOVE(SqlQuery)

    SqlQuery &bind(const QVariant &value);
    template<typename... Args> bool exec(const Args &...args)
    {
        (bind(toVariant(args)), ...);
        return run();
    }

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const;
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar();
    QString errorDetail() const;
    QSqlQuery &query() { return m_query; }

private:
    bool run();

    QSqlQuery m_query;
    QString m_sql;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_explicitIdTable; // PostgreSQL: an INSERT giving its own id moves the sequence on
    qint64 m_lastId = 0;
    bool m_prepared = false;
    bool m_postgres = false;
    bool m_direct = false;    // PostgreSQL cannot PREPARE DDL: run it as it is
    bool m_returning = false; // PostgreSQL: RETURNING * appended, for lastInsertId()
};
