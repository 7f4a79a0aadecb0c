#pragma once

#include "models/access/accessscope.h"
#include "models/core/database.h"

#include <memory>
#include <QDate>
#include <QString>

// A fresh in-memory database with a small, hand-countable register:
// 2 grids, 2 compounds, 3 buildings, and the households added by the tests themselves.
// With CD_TEST_DATABASE=postgresql://… it is a fresh schema on that server instead.
class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    QSqlDatabase db() const { return m_database->connection(); }
    Database &database() { return *m_database; }

    qint64 gridA = 0, gridB = 0;
    qint64 compoundA = 0, compoundB = 0;
    qint64 buildingA1 = 0, buildingA2 = 0, buildingB1 = 0;

    // Adds a household with one living member per (name, id number) pair; returns the household id.
    qint64 addHousehold(qint64 buildingId, const QString &unit, const QString &room,
                        const QList<std::pair<QString, QString>> &members);
    qint64 residentId(const QString &idNumber) const;
    // One living resident born on `birth`, alone in a new household in unit 1 of `room`; returns
    // the resident's id. `sequence` keeps their ID number apart from others born that day.
    qint64 addResidentBornOn(qint64 buildingId, const QString &room, const QString &name, const QDate &birth,
                             int sequence);
    int count(const QString &table) const;
    static QString idFor(const QDate &birth, bool male, int sequence = 1,
                         const QString &region = QStringLiteral("320106"));

private:
    std::unique_ptr<Database> m_database;
    QString m_schema; // PostgreSQL: the schema dropped by the destructor
};

// The PostgreSQL server the tests run against (CD_TEST_DATABASE), or empty for SQLite.
QString testServerUrl();
bool testingOnServer();
// testServerUrl() with a new, unique ?schema=; the schema's name goes to *schema.
QString freshServerSchemaUrl(QString *schema = nullptr);
// A plain connection to the test server's database (no schema, no migrations) for setting up
// and inspecting what a test did; closed by the destructor.
class ServerConnection final
{
public:
    ServerConnection();
    ~ServerConnection();
    Q_DISABLE_COPY_MOVE(ServerConnection)
    QSqlDatabase db() const;

private:
    QString m_name;
};
// The person a test acts as, handed explicitly to every store, query and page it makes, as the
// window hands on the signed-in person: an administrator "tester" unless a test chose another
// (setTestScope, SignedIn). testScope(login) is an administrator with that login.
AccessScope testScope();
AccessScope testScope(const QString &login);
void setTestScope(const AccessScope &scope);
void resetTestScope();

// Acts as a user for the rest of the C++ scope, as the sign-in dialog would; the previous test
// scope comes back at the end.
class SignedIn final
{
public:
    SignedIn(AccessScope::Role role, const QString &login, const QString &displayName);
    ~SignedIn();
    Q_DISABLE_COPY_MOVE(SignedIn)

private:
    AccessScope m_before;
};
// Drops a schema made for a test (and everything in it).
void dropServerSchema(const QSqlDatabase &db, const QString &schema);

// For a test function that only makes sense on SQLite (files, backups, pragmas).
#define SKIP_ON_SERVER(reason)                                                                                         \
    do {                                                                                                               \
        if (testingOnServer())                                                                                         \
            QSKIP(reason);                                                                                             \
    } while (false)

// The text of a PDF as pdftotext gives it (-layout, pages separated by form feeds); a null
// string when pdftotext (poppler-utils) is not installed, "(pdftotext failed)" when it fails.
QString pdfText(const QString &path);

// Chinese text arrives from an input method as a commit string, not as key presses: sends
// `text` to the (focused) widget the way an input method does.
void commitText(QObject *target, const QString &text);
