#pragma once

#include <QString>

// Where the register lives: a SQLite file path, or a PostgreSQL server given as
// "postgresql://user[:password]@host[:port]/dbname[?schema=name]". The password is kept for
// connecting only; display() never contains it.
class DatabaseUrl final
{
public:
    static DatabaseUrl parse(const QString &location);
    static bool isServerUrl(const QString &location);
    // The server URL with this password in it (replacing any); other locations unchanged.
    static QString withPassword(const QString &location, const QString &password);

    bool isServer() const { return m_server; }
    bool isValid() const { return m_valid; }
    QString filePath() const { return m_filePath; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // A PostgreSQL schema to keep the tables in (created when missing); empty: the server's default.
    QString schema() const { return m_schema; }
    // For messages and logs: the file path, or the URL without its password.
    QString display() const;

private:
    QString m_filePath;
    QString m_host;
    QString m_userName;
    QString m_password;
    QString m_databaseName;
    QString m_schema;
    int m_port = 5432;
    bool m_server = false;
    bool m_valid = false;
};
