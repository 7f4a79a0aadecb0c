#include "scramverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

// PBKDF2-HMAC-SHA256 with one 32-byte block: SCRAM's Hi() (RFC 5802 section 2.2).
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    mac.addData(salt);
    mac.addData(QByteArray("\0\0\0\1", 4));
    QByteArray u = mac.result();
    QByteArray t = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (int k = 0; k < t.size(); ++k)
            t[k] = char(t[k] ^ u[k]);
    }
    return t;
}

QByteArray hmac(const QByteArray &key, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text, key, QCryptographicHash::Sha256);
}

} // namespace

QString ScramVerifier::make(const QString &password, int iterations)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : salt)
        c = char(random->bounded(256));
    return make(password, salt, iterations);
}

QString ScramVerifier::make(const QString &password, const QByteArray &salt, int iterations)
{
    // libpq and the server prepare the password with SASLprep, which for the passwords people
    // type (ASCII, CJK) comes to NFKC normalisation.
    const QByteArray salted = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}
