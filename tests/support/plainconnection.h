#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A QPSQL connection to the test server as `user`, in the test's schema: what psql -U user would
// be. No SqlDialect, no migrations: the server's own checks (row-level security, grants) are
// what the tests see. Closed by the destructor.
class PlainConnection final
{
public:
    PlainConnection(const QString &user, const QString &password, const QString &schema);
    ~PlainConnection();
    Q_DISABLE_COPY_MOVE(PlainConnection)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const;
    // Runs one statement; false when the server refused it.
    bool run(const QString &sql, int *rowsAffected = nullptr) const;
    // The first column of the first row as an int, or -1.
    int scalar(const QString &sql) const;
    // The first column of every row.
    QStringList column(const QString &sql) const;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};
