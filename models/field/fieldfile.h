#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

struct sqlite3;

// A field copy on disk: a sealed container, never a plain SQLite file. The file is
//   "CDFIELD1" | Argon2id salt, opslimit, memlimit | secretstream header | sealed key check | sealed chunks
// holding the bytes of an SQLite database (sqlite3_serialize), sealed with libsodium's
// crypto_secretstream_xchacha20poly1305 under a key derived from the worker's password.
// Opening decrypts into memory and hands the bytes to a fresh in-memory QSQLITE connection
// (sqlite3_deserialize): the plain database never touches the disk. Every commit on that
// connection is sealed back to the file before the statement returns (CommitWatch), written to
// a temporary file and renamed over the old one, which is kept as "<file>.bak".
class FieldFile final : public QObject
{
    Q_OBJECT

public:
    explicit FieldFile(QObject *parent = nullptr);
    ~FieldFile() override;
    Q_DISABLE_COPY_MOVE(FieldFile)

    // Whether the file starts with the field copy's magic (cheap; reads 8 bytes).
    static bool isFieldFile(const QString &path);
    // A new, empty in-memory SQLite connection named `connectionName` (what a check-out fills).
    static QSqlDatabase addMemoryConnection(const QString &connectionName);

    // Decrypts `path` into a new in-memory connection named `connectionName`. False: errorText().
    bool open(const QString &path, const QString &password, const QString &connectionName);
    // Seals the in-memory database already open on `connectionName` to `path` under a new salt
    // and a key from `password`; from then on the file is open as after open().
    bool create(const QString &path, const QString &password, const QString &connectionName);
    // Seals the database as it is now to the file (atomic; the previous file becomes .bak).
    bool save();
    // Saves what is unsaved and stops watching; the connection is left to its owner.
    void close();

    bool isOpen() const { return !m_connectionName.isEmpty(); }
    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    // Clerk-facing, translated, naming the file; never a library's raw message.
    QString errorText() const { return m_errorText; }
    // Whether the last open() failed on the password (and not on a damaged or unreadable file).
    bool wrongPassword() const { return m_wrongPassword; }
    // How long the last save took (serialize, seal, write), and how many bytes it wrote.
    qint64 lastSaveMs() const { return m_lastSaveMs; }
    qint64 lastSaveBytes() const { return m_lastSaveBytes; }

    // Argon2id cost of a new file's key (kept in the file, so changing it never breaks old files).
    static constexpr unsigned long long kOpsLimit = 3;
    static constexpr size_t kMemLimit = 128u * 1024u * 1024u;

private:
    bool fail(const QString &text);
    bool deriveKey(const QByteArray &password, const QByteArray &salt, unsigned long long ops, size_t mem);
    void watch();
    void persistIfDirty();
    sqlite3 *handle() const;
    static int onCommit(void *self);

    QString m_path;
    QString m_connectionName;
    QString m_errorText;
    QByteArray m_prefix; // magic, salt and limits: the start of every save of this file
    QByteArray m_key;
    QTimer m_flushTimer; // persists commits made by statements CommitWatch does not see
    bool m_dirty = false;
    bool m_wrongPassword = false;
    qint64 m_lastSaveMs = 0;
    qint64 m_lastSaveBytes = 0;
};
