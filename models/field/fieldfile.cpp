#include "fieldfile.h"

#include "models/core/commitwatch.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlDriver>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <filesystem>
#include <system_error>

Q_LOGGING_CATEGORY(lcFieldFile, "communitydesk.field", QtWarningMsg)

namespace {

const QByteArray kMagic = QByteArrayLiteral("CDFIELD1");
constexpr qsizetype kSaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype kPrefixBytes = 8 + kSaltBytes + 8 + 8; // magic, salt, opslimit, memlimit
constexpr qsizetype kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kChunk = 1024 * 1024; // plaintext bytes per sealed chunk
// The sealed key check that comes first: the magic, 8 bytes, plus the stream's overhead.
constexpr qsizetype kCheckBytes = 8 + crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kSealedChunk = kChunk + crypto_secretstream_xchacha20poly1305_ABYTES;
// A file claiming more than this is refused rather than trusted to size the key derivation.
constexpr unsigned long long kMaxOps = 20;
constexpr size_t kMaxMem = 1024u * 1024u * 1024u;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

FieldFile::FieldFile(QObject *parent)
    : QObject(parent)
{
    // sodium_init() is idempotent and thread-safe; the password hasher calls it too.
    if (sodium_init() < 0)
        qCWarning(lcFieldFile) << "libsodium failed to initialise";
    // Statements that do not go through SqlQuery or Transaction still commit: their commit hook
    // marks the copy dirty and this timer seals it as soon as the event loop runs.
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &FieldFile::persistIfDirty);
}

FieldFile::~FieldFile()
{
    close();
}

bool FieldFile::isFieldFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(kMagic.size()) == kMagic;
}

QSqlDatabase FieldFile::addMemoryConnection(const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(QStringLiteral(":memory:"));
    db.open();
    return db;
}

QSqlDatabase FieldFile::connection() const
{
    return m_connectionName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(m_connectionName, false);
}

bool FieldFile::fail(const QString &text)
{
    m_errorText = text;
    return false;
}

sqlite3 *FieldFile::handle() const
{
    const QSqlDatabase db = connection();
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

bool FieldFile::deriveKey(const QByteArray &password, const QByteArray &salt, unsigned long long ops, size_t mem)
{
    wipe(m_key);
    m_key.resize(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    if (crypto_pwhash(reinterpret_cast<unsigned char *>(m_key.data()), size_t(m_key.size()), password.constData(),
                      size_t(password.size()), reinterpret_cast<const unsigned char *>(salt.constData()), ops, mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        wipe(m_key);
        return false;
    }
    return true;
}

bool FieldFile::open(const QString &path, const QString &password, const QString &connectionName)
{
    close();
    m_errorText.clear();
    m_wrongPassword = false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the field copy %1.").arg(shown(path)));
    const QByteArray sealed = file.readAll();
    file.close();
    if (sealed.size() < kPrefixBytes + kHeaderBytes || !sealed.startsWith(kMagic))
        return fail(tr("The file %1 is not a CommunityDesk field copy.").arg(shown(path)));

    const QByteArray salt = sealed.mid(8, kSaltBytes);
    const auto ops = qFromLittleEndian<quint64>(sealed.constData() + 8 + kSaltBytes);
    const auto mem = qFromLittleEndian<quint64>(sealed.constData() + 8 + kSaltBytes + 8);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOps || mem < crypto_pwhash_MEMLIMIT_MIN || mem > kMaxMem)
        return fail(tr("The field copy %1 is damaged.").arg(shown(path)));
    if (!deriveKey(password.toUtf8(), salt, ops, size_t(mem)))
        return fail(tr("There is not enough memory to open the field copy %1.").arg(shown(path)));
    const QByteArray prefix = sealed.left(kPrefixBytes);

    crypto_secretstream_xchacha20poly1305_state state;
    const auto *header = reinterpret_cast<const unsigned char *>(sealed.constData() + kPrefixBytes);
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, header, reinterpret_cast<const unsigned char *>(m_key.constData())) != 0)
        return fail(tr("The field copy %1 is damaged.").arg(shown(path)));

    // The key check first: only a wrong password fails here (the prefix is authenticated too).
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData() + kPrefixBytes + kHeaderBytes);
    QByteArray check(8, Qt::Uninitialized);
    unsigned long long checkLength = 0;
    unsigned char tag = 0;
    if (sealed.size() < kPrefixBytes + kHeaderBytes + kCheckBytes ||
        crypto_secretstream_xchacha20poly1305_pull(
            &state, reinterpret_cast<unsigned char *>(check.data()), &checkLength, &tag, in, size_t(kCheckBytes),
            reinterpret_cast<const unsigned char *>(prefix.constData()), size_t(prefix.size())) != 0 ||
        check != kMagic) {
        wipe(m_key);
        m_wrongPassword = true;
        return fail(tr("The password for this field copy is wrong: %1.").arg(shown(path)));
    }
    in += kCheckBytes;

    // Plaintext size: every chunk carries ABYTES of tag and authentication.
    const qsizetype body = sealed.size() - kPrefixBytes - kHeaderBytes - kCheckBytes;
    const qsizetype chunks = (body + kSealedChunk - 1) / kSealedChunk;
    const qsizetype plainSize = body - chunks * crypto_secretstream_xchacha20poly1305_ABYTES;
    if (chunks == 0 || plainSize <= 0) {
        wipe(m_key);
        return fail(tr("The field copy %1 is damaged.").arg(shown(path)));
    }
    auto *plain = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(plainSize)));
    if (!plain) {
        wipe(m_key);
        return fail(tr("There is not enough memory to open the field copy %1.").arg(shown(path)));
    }

    qsizetype read = 0;
    qsizetype written = 0;
    bool ok = true;
    for (qsizetype i = 0; i < chunks && ok; ++i) {
        const qsizetype length = qMin(kSealedChunk, body - read);
        unsigned long long out = 0;
        ok = crypto_secretstream_xchacha20poly1305_pull(&state, plain + written, &out, &tag, in + read, size_t(length),
                                                        nullptr, 0) == 0;
        read += length;
        written += qsizetype(out);
        if (ok && tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL && i != chunks - 1)
            ok = false;
    }
    // A file cut short ends without the final tag.
    if (!ok || tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL || written != plainSize) {
        sodium_memzero(plain, size_t(plainSize));
        sqlite3_free(plain);
        wipe(m_key);
        return fail(tr("The field copy %1 is damaged.").arg(shown(path)));
    }

    QSqlDatabase db = addMemoryConnection(connectionName);
    m_connectionName = connectionName;
    sqlite3 *h = handle();
    // FREEONCLOSE: SQLite owns the buffer from here, also when deserializing fails.
    const int rc = h ? sqlite3_deserialize(h, "main", plain, plainSize, plainSize,
                                           SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE)
                     : SQLITE_ERROR;
    if (!h)
        sqlite3_free(plain);
    if (rc != SQLITE_OK) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        m_connectionName.clear();
        wipe(m_key);
        return fail(tr("The field copy %1 is damaged.").arg(shown(path)));
    }
    m_path = path;
    m_prefix = prefix;
    watch();
    return true;
}

bool FieldFile::create(const QString &path, const QString &password, const QString &connectionName)
{
    close();
    m_errorText.clear();
    m_connectionName = connectionName;
    if (!handle()) {
        m_connectionName.clear();
        return fail(tr("Cannot write the field copy %1.").arg(shown(path)));
    }
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    if (!deriveKey(password.toUtf8(), salt, kOpsLimit, kMemLimit)) {
        m_connectionName.clear();
        return fail(tr("There is not enough memory to open the field copy %1.").arg(shown(path)));
    }
    m_prefix = kMagic + salt;
    m_prefix.resize(kPrefixBytes);
    qToLittleEndian<quint64>(kOpsLimit, m_prefix.data() + 8 + kSaltBytes);
    qToLittleEndian<quint64>(quint64(kMemLimit), m_prefix.data() + 8 + kSaltBytes + 8);
    m_path = path;
    if (!save()) {
        m_connectionName.clear();
        wipe(m_key);
        return false;
    }
    watch();
    return true;
}

void FieldFile::watch()
{
    CommitWatch::watch(m_connectionName, [this] { persistIfDirty(); });
    if (sqlite3 *h = handle())
        sqlite3_commit_hook(h, &FieldFile::onCommit, this);
    m_dirty = false;
}

int FieldFile::onCommit(void *self)
{
    auto *file = static_cast<FieldFile *>(self);
    file->m_dirty = true;
    file->m_flushTimer.start();
    return 0; // let the commit go ahead
}

void FieldFile::persistIfDirty()
{
    if (!m_dirty)
        return;
    sqlite3 *h = handle();
    // Inside a transaction nothing is committed yet: the commit itself comes back here.
    if (!h || sqlite3_get_autocommit(h) == 0)
        return;
    if (!save())
        qCWarning(lcFieldFile) << "field copy not saved:" << m_errorText;
}

bool FieldFile::save()
{
    QElapsedTimer timer;
    timer.start();
    sqlite3 *h = handle();
    if (!h || m_key.isEmpty())
        return fail(tr("Cannot write the field copy %1.").arg(shown(m_path)));
    sqlite3_int64 size = 0;
    // NOCOPY hands out the in-memory database's own buffer; a database that is not one
    // contiguous buffer (a fresh :memory:) needs a copy, freed below.
    unsigned char *data = sqlite3_serialize(h, "main", &size, SQLITE_SERIALIZE_NOCOPY);
    unsigned char *copy = nullptr;
    if (!data) {
        copy = sqlite3_serialize(h, "main", &size, 0);
        data = copy;
    }
    if (!data || size <= 0)
        return fail(tr("Cannot write the field copy %1.").arg(shown(m_path)));

    const qsizetype chunks = qsizetype((size + kChunk - 1) / kChunk);
    QByteArray sealed(m_prefix.size() + kHeaderBytes + kCheckBytes + qsizetype(size) +
                          chunks * crypto_secretstream_xchacha20poly1305_ABYTES,
                      Qt::Uninitialized);
    memcpy(sealed.data(), m_prefix.constData(), size_t(m_prefix.size()));
    crypto_secretstream_xchacha20poly1305_state state;
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    crypto_secretstream_xchacha20poly1305_init_push(&state, out + m_prefix.size(),
                                                    reinterpret_cast<const unsigned char *>(m_key.constData()));
    qsizetype at = m_prefix.size() + kHeaderBytes;
    // A short first message, the magic again, authenticated with the prefix: failing to open it
    // means a wrong password, failing later means a damaged file.
    unsigned long long checkLength = 0;
    crypto_secretstream_xchacha20poly1305_push(
        &state, out + at, &checkLength, reinterpret_cast<const unsigned char *>(kMagic.constData()),
        size_t(kMagic.size()), reinterpret_cast<const unsigned char *>(m_prefix.constData()), size_t(m_prefix.size()),
        0);
    at += qsizetype(checkLength);
    for (qsizetype i = 0; i < chunks; ++i) {
        const qsizetype offset = i * kChunk;
        const qsizetype length = qMin<qsizetype>(kChunk, qsizetype(size) - offset);
        const unsigned char tag = i == chunks - 1 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0;
        unsigned long long produced = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, out + at, &produced, data + offset, size_t(length), nullptr,
                                                   0, tag);
        at += qsizetype(produced);
    }
    if (copy)
        sqlite3_free(copy);

    // The previous file stays as .bak (a hard link costs no copy), then the new one replaces it
    // in one rename: a crash leaves either the old file or the new one, never half of one.
    const QString backup = m_path + QStringLiteral(".bak");
    if (QFileInfo::exists(m_path)) {
        std::error_code error;
        const std::filesystem::path from(m_path.toStdWString());
        const std::filesystem::path to(backup.toStdWString());
        std::filesystem::remove(to, error);
        std::filesystem::create_hard_link(from, to, error);
        if (error) {
            QFile::remove(backup);
            QFile::copy(m_path, backup);
        }
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sealed) != sealed.size() || !file.commit())
        return fail(tr("Cannot write the field copy %1: %2").arg(shown(m_path), file.errorString()));
    m_dirty = false;
    m_lastSaveBytes = sealed.size();
    m_lastSaveMs = timer.elapsed();
    return true;
}

void FieldFile::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_flushTimer.stop();
    persistIfDirty();
    CommitWatch::unwatch(m_connectionName);
    if (sqlite3 *h = handle())
        sqlite3_commit_hook(h, nullptr, nullptr);
    m_connectionName.clear();
    wipe(m_key);
}
