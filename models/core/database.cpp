#include "database.h"

#include "damagemark.h"

#include "commitwatch.h"
#include "databaseurl.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QStandardPaths>

Database::Database(const QString &connectionName)
    : m_connectionName(connectionName)
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("communitydesk.sqlite"));
}

bool Database::fail(Status status, const QString &text, const QString &detail)
{
    m_status = status;
    m_errorText = text;
    m_errorDetail = detail;
    // Only closed here: the caller may still hold a handle, so removing the connection waits
    // for close() (the next open() or the destructor).
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::database(m_connectionName, false).close();
    return false;
}

bool Database::isReadOnly(const QString &path)
{
    // Saving needs the file and its folder (the journal and write-ahead-log files live beside it).
    const QFileInfo file(path);
    return file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
}

bool Database::open(const QString &path)
{
    close();
    const DatabaseUrl url = DatabaseUrl::parse(path);
    m_server = url.isServer();
    if (m_server)
        return openServer(url);
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The SQLite database driver is not installed."),
                    QStringLiteral("QSQLITE driver missing"));

    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Status::CannotOpen,
                        QCoreApplication::translate("Database", "Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(info.absolutePath())),
                        QString());
    }

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Wait for a lock held by another desk or instance rather than failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return fail(Status::CannotOpen,
                        QCoreApplication::translate("Database", "Cannot open the database file %1.")
                            .arg(QDir::toNativeSeparators(path)),
                        db.lastError().text());
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);

    // A file that is not SQLite fails on its first read, so probe before changing anything.
    // The probe is scoped: a statement left open would keep a read transaction and block WAL mode
    // (and keep the connection busy when a refusal removes it).
    bool read = false;
    QString probeDetail;
    {
        SqlQuery probe(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        read = probe.exec();
        probeDetail = probe.errorDetail();
    }
    // A write-ahead-log file in a folder nobody may write to fails the first read with
    // "readonly"; a plain file opens and would fail at the first save instead. Either way the
    // clerk hears that the file is read-only, not that it is damaged.
    if ((!read && probeDetail.contains(QLatin1String("readonly"))) || (!inMemory && isReadOnly(path)))
        return fail(Status::ReadOnly,
                    QCoreApplication::translate("Database",
                                                "The database file %1 is read-only (or its folder is). "
                                                "CommunityDesk needs to save to it: copy it to a folder you "
                                                "may write to, or ask for write permission.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("read-only file or folder"));
    if (!read)
        return fail(
            Status::NotADatabase,
            QCoreApplication::translate("Database", "The file %1 is not a CommunityDesk database or it is damaged.")
                .arg(QDir::toNativeSeparators(path)),
            probeDetail);

    // A large file the window's background check found damaged stays refused until a backup is
    // restored or a full check finds it sound (DamageMark); the command line's `check` may look.
    if (!inMemory && !m_acceptDamageMark && DamageMark::isSet(path)) {
        QDateTime found;
        DamageMark::isSet(path, nullptr, &found);
        return fail(Status::Damaged,
                    QCoreApplication::translate("Database",
                                                "The database %1 was found damaged on %2. CommunityDesk does not "
                                                "write to it: restore a backup, or check it again with "
                                                "communitydesk-cli check.")
                        .arg(QDir::toNativeSeparators(path), QLocale().toString(found, QLocale::ShortFormat)),
                    QStringLiteral("damage mark %1").arg(DamageMark::markPath(path)));
    }

    // A damaged file is refused before anything writes to it, so the clerk can be offered a
    // backup instead of the program failing later in the middle of a save. quick_check reads
    // every page (about 4 s for a 1.2 GB register of a million residents), so very large files
    // skip it here and the window checks them in the background (BackupActions::checkInBackground).
    if (!inMemory && QFileInfo(path).size() <= kQuickCheckLimit) {
        SqlQuery check(db, QStringLiteral("PRAGMA quick_check"));
        const bool ran = check.exec() && check.next();
        const QString result = ran ? check.value(0).toString() : QString();
        if (!ran && check.errorDetail().contains(QLatin1String("locked")))
            return fail(Status::CannotOpen,
                        QCoreApplication::translate("Database",
                                                    "The database %1 is locked by another program; please close "
                                                    "it or try again in a moment.")
                            .arg(QDir::toNativeSeparators(path)),
                        check.errorDetail());
        if (result != QLatin1String("ok"))
            return fail(Status::Damaged,
                        QCoreApplication::translate("Database", "The database %1 is damaged.")
                            .arg(QDir::toNativeSeparators(path)),
                        ran ? result : check.errorDetail());
    }

    return opened(db, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = NORMAL"),
                       QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA cache_size = -65536")});
}

bool Database::adoptMemoryCopy(const QString &path)
{
    m_path = path;
    m_server = false;
    m_memoryCopy = true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "Cannot open the database file %1.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("no open connection to adopt"));
    return opened(db, {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA temp_store = MEMORY")});
}

bool Database::openServer(const DatabaseUrl &url)
{
    m_path = url.display(); // never the password
    if (!url.isValid())
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The database address %1 is not valid. It looks like "
                                                            "postgresql://user@host:port/database.")
                        .arg(m_path),
                    QString());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The PostgreSQL database driver is not installed."),
                    QStringLiteral("QPSQL driver missing"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.databaseName());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        // The schema goes into the connection options so that every connection made from this
        // one (RowCounter's background counts) sees the same tables.
        QString options = QStringLiteral("connect_timeout=10;options='-c client_min_messages=warning");
        if (!url.schema().isEmpty())
            options += QLatin1String(" -c search_path=") + url.schema();
        options += u'\'';
        db.setConnectOptions(options);
        if (!db.open()) {
            const QString detail = db.lastError().text();
            QString text;
            if (detail.contains(QLatin1String("password")) || detail.contains(QLatin1String("authentication")))
                return fail(Status::AuthenticationFailed,
                            QCoreApplication::translate(
                                "Database", "The database server %1 did not accept the user name or password.")
                                .arg(url.host()),
                            detail);
            // An account's own login while the account is disabled (ServerSecurity makes it NOLOGIN).
            if (detail.contains(QLatin1String("not permitted to log in")))
                text = QCoreApplication::translate("Database",
                                                   "The database server %1 does not let %2 sign in: the account is "
                                                   "disabled. Please ask an administrator.")
                           .arg(url.host(), url.userName());
            else if (detail.contains(QLatin1String("does not exist")))
                text = QCoreApplication::translate("Database", "The database server %1 has no database %2.")
                           .arg(url.host(), url.databaseName());
            else
                text = QCoreApplication::translate("Database",
                                                   "Cannot connect to the database server %1. Please check the "
                                                   "address and that the server is running.")
                           .arg(url.host());
            return fail(Status::CannotOpen, text, detail);
        }
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // A desk's own login may not create schemas or functions (only the owner sets the server up),
    // so it only checks that the schema is there and leaves the owner's functions alone.
    SqlQuery exists(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"));
    if (!url.schema().isEmpty() && !(exists.exec(url.schema()) && exists.scalar().toInt() > 0)) {
        SqlQuery schema(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + url.schema());
        if (!schema.exec())
            return fail(Status::CannotOpen,
                        QCoreApplication::translate("Database", "The database %1 cannot be used: permission denied.")
                            .arg(m_path),
                        schema.errorDetail());
    }
    // The functions translated SQL calls; CREATE OR REPLACE keeps an older server database current.
    SqlQuery mayCreate(db, QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"));
    return opened(db, mayCreate.scalar().toBool() ? SqlDialect::postgresSupport() : QStringList());
}

bool Database::opened(const QSqlDatabase &db, const QStringList &settings)
{
    // The connection's own settings (pragmas, the server's support functions); a failing one
    // leaves the default, as before.
    for (const QString &statement : settings)
        SqlQuery(db, statement).exec();
    m_status = Status::Open;
    m_errorText.clear();
    m_errorDetail.clear();
    return true;
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen() && m_status == Status::Open && !m_server)
                SqlQuery(db, QStringLiteral("PRAGMA optimize")).exec();
            // A watched connection (a field copy in memory) is persisted before it goes.
            if (db.isOpen() && m_status == Status::Open)
                CommitWatch::committed(m_connectionName);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_status == Status::Open)
        m_status = Status::Closed;
    m_memoryCopy = false;
}

QSqlDatabase Database::connection() const
{
    // A refused or closed database hands out no connection, even while its name is still registered.
    return m_status == Status::Open ? QSqlDatabase::database(m_connectionName, false) : QSqlDatabase();
}

bool Database::refuse(Status status, const QString &text, const QString &detail)
{
    return fail(status, text, detail);
}

bool Database::enableWriteAheadLog()
{
    // WAL only once the file is known good and current: switching rewrites the file header, and a
    // refused or rolled-back file must be left byte for byte as it was.
    if (m_server || m_memoryCopy || m_path == QLatin1String(":memory:"))
        return true;
    SqlQuery wal(connection(), QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal.exec())
        return fail(Status::CannotOpen,
                    QCoreApplication::translate("Database", "The database file %1 is in use or read-only.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    wal.errorDetail());
    return true;
}

QString Database::damagedPagesSql()
{
    return QStringLiteral("SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'");
}
