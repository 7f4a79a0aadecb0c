#include "passwordhasher.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

namespace {
const QLatin1String kAlgorithm("pbkdf2-sha256");
constexpr int kMinimumIterations = 1000; // refuse stored texts that would make verification trivial
} // namespace

PasswordHasher::PasswordHasher(int iterations)
    : m_iterations(iterations)
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

QString PasswordHasher::hash(const QString &password) const
{
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : salt)
        c = char(random->bounded(256));
    const QByteArray derived = pbkdf2(password.toUtf8(), salt, m_iterations, kHashBytes);
    return QStringList{kAlgorithm, QString::number(m_iterations), QString::fromLatin1(salt.toBase64()),
                       QString::fromLatin1(derived.toBase64())}
        .join(QLatin1Char('$'));
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kAlgorithm)
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
    const QStringList parts = stored.split(QLatin1Char('$'));
    return parts.size() != 4 || parts[0] != kAlgorithm || parts[1].toInt() < m_iterations;
}
