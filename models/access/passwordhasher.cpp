#include "passwordhasher.h"

#include <QHash>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>
#include <sodium.h>

namespace {
const QLatin1String kPbkdf2("pbkdf2-sha256");
constexpr int kMinimumIterations = 1000; // refuse stored texts that would make verification trivial
// A stored text asking for more than this much memory is refused rather than allowed to exhaust the desk.
constexpr qint64 kMaximumMemoryKiB = 1024 * 1024;

// sodium_init() is safe to call again, but once is enough (a static is initialised once, thread-safe).
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

bool isArgon2id(const QString &stored)
{
    return stored.startsWith(QLatin1String(crypto_pwhash_argon2id_STRPREFIX));
}

// libsodium wants a NUL-terminated text shorter than crypto_pwhash_STRBYTES.
bool argon2Text(const QString &stored, QByteArray *text)
{
    *text = stored.toLatin1();
    return isArgon2id(stored) && text->size() < crypto_pwhash_STRBYTES && sodiumReady();
}
} // namespace

PasswordHasher::Cost PasswordHasher::interactiveCost()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordHasher::Cost PasswordHasher::cheapestCost()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

PasswordHasher::PasswordHasher(Cost cost)
    : m_cost(cost)
{}

QByteArray PasswordHasher::pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    // One MAC object keyed once: re-keying for each of the 100,000+ rounds would double the cost.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray out;
    for (quint32 block = 1; out.size() < length; ++block) {
        QByteArray counter(4, Qt::Uninitialized);
        counter[0] = char(block >> 24);
        counter[1] = char(block >> 16);
        counter[2] = char(block >> 8);
        counter[3] = char(block);
        mac.reset();
        mac.addData(salt);
        mac.addData(counter);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int k = 0; k < t.size(); ++k)
                t[k] = char(t[k] ^ u[k]);
        }
        out += t;
    }
    return out.left(length);
}

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

QString PasswordHasher::pbkdf2Hash(const QString &password, int iterations)
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : salt)
        c = char(random->bounded(256));
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, iterations, kHashBytes);
    return QStringList{kPbkdf2, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (sodiumReady() &&
        crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), m_cost.opsLimit, m_cost.memLimit) == 0)
        return QString::fromLatin1(out);
    // Only when the memory could not be had: a PBKDF2 hash still protects the password, and
    // needsRehash() moves it to Argon2id at the next sign-in.
    return pbkdf2Hash(password);
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    if (isArgon2id(stored)) {
        QByteArray text;
        if (!argon2Text(stored, &text))
            return false;
        static const QRegularExpression memory(QStringLiteral("\\$m=(\\d+),"));
        const QRegularExpressionMatch m = memory.match(stored);
        if (!m.hasMatch() || m.captured(1).toLongLong() > kMaximumMemoryKiB)
            return false;
        const QByteArray utf8 = password.toUtf8();
        return crypto_pwhash_str_verify(text.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    }
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kPbkdf2)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < kMinimumIterations || iterations > 10000000)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts[3].toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.isEmpty() || expected.decoded.size() < 16)
        return false;
    const QByteArray derived = pbkdf2(password.toUtf8(), salt.decoded, iterations, int(expected.decoded.size()));
    return constantTimeEquals(derived, expected.decoded);
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    QByteArray text;
    if (!argon2Text(stored, &text))
        return true; // PBKDF2 or malformed
    // 0: made with exactly this cost; 1: another cost; -1: not a hash libsodium understands.
    return crypto_pwhash_str_needs_rehash(text.constData(), m_cost.opsLimit, m_cost.memLimit) != 0;
}

void PasswordHasher::verifyNothing(const QString &password) const
{
    // One hash per cost for the process: making it anew each time would double the cost of a
    // miss and so tell a guesser which logins exist.
    static QMutex mutex;
    static QHash<QString, QString> dummies;
    const QString key = QString::number(m_cost.opsLimit) + QLatin1Char('/') + QString::number(m_cost.memLimit);
    QString dummy;
    {
        QMutexLocker lock(&mutex);
        dummy = dummies.value(key);
    }
    if (dummy.isEmpty()) {
        dummy = hash(QStringLiteral("no such account"));
        QMutexLocker lock(&mutex);
        dummies.insert(key, dummy);
    }
    verify(password, dummy);
}
