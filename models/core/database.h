#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class DatabaseUrl;

// Owns one named QSqlDatabase connection for its lifetime (RAII). open() only connects: it
// applies the connection pragmas and refuses a file that is not SQLite or is damaged. Checking
// the schema version and migrating is the workspace's job (models/workspace/workspace.h), one
// floor above the domains whose schemas it knows. The location is a SQLite file or a PostgreSQL
// server URL (see DatabaseUrl); the SQLite-only steps (pragmas, quick_check, WAL) are skipped on
// a server.
class Database final
{
public:
    enum class Status {
        Closed,
        Open,
        CannotOpen,          // missing driver, unreadable file, locked
        ReadOnly,            // the file or its folder cannot be written: refused before any save fails
        NotADatabase,        // not SQLite, or damaged
        Damaged,             // SQLite, but its quick_check finds damage: refused, offer a backup
        NewerSchema,         // written by a newer CommunityDesk: refused, left untouched
        MigrationFailed,     // upgrade rolled back, file unchanged
        AuthenticationFailed // a server refused the user name or password (or wants one)
    };

    explicit Database(const QString &connectionName = QStringLiteral("communitydesk"));
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // ":memory:" opens a private in-memory database (tests); "postgresql://…" a server.
    bool open(const QString &path);
    // Takes over the connection named connectionName() that its caller has already opened on an
    // in-memory copy of the file at `path` (a field copy, decrypted by models/field): applies
    // the pragmas and treats it as open. The file itself is its owner's: no WAL, no checks here.
    bool adoptMemoryCopy(const QString &path);
    bool isMemoryCopy() const { return m_memoryCopy; }
    // Closing a file leaves fresh planner statistics behind (PRAGMA optimize), so the next
    // start's queries do not depend on a plan chosen without them.
    void close();

    bool isOpen() const { return m_status == Status::Open; }
    Status status() const { return m_status; }
    // Clerk-facing explanation of the last failure, translated; never raw SQL.
    QString errorText() const { return m_errorText; }
    // Technical detail for logs and the CLI's --verbose.
    QString errorDetail() const { return m_errorDetail; }

    QSqlDatabase connection() const;
    // The file path, or the server URL without its password.
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    QString connectionName() const { return m_connectionName; }

    // For the layer that opens workspaces: close and report why the file was refused.
    bool refuse(Status status, const QString &text, const QString &detail = QString());
    // Switches a file to write-ahead logging once it is known good and current.
    bool enableWriteAheadLog();

    // The command line's `check` opens a file the background check marked damaged, to check it
    // again (DamageMark); nothing else does.
    void setAcceptDamageMark(bool accept) { m_acceptDamageMark = accept; }

    static QString defaultPath();
    // Files larger than this are not checked page by page when opened (it would take seconds);
    // the window checks them in the background instead, with damagedPagesSql().
    static constexpr qint64 kQuickCheckLimit = 256LL * 1024 * 1024;
    // One number: the problems PRAGMA quick_check finds (0 for a sound file).
    static QString damagedPagesSql();

private:
    static bool isReadOnly(const QString &path);
    bool fail(Status status, const QString &text, const QString &detail);
    // Runs the connection's settings and marks it open: the end of every successful open.
    bool opened(const QSqlDatabase &db, const QStringList &settings);
    bool openServer(const DatabaseUrl &url);

    QString m_connectionName;
    QString m_path;
    Status m_status = Status::Closed;
    bool m_server = false;
    bool m_acceptDamageMark = false;
    bool m_memoryCopy = false;
    QString m_errorText;
    QString m_errorDetail;
};
