#include "scramverifier.h"

#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {

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
    // SCRAM's Hi() (RFC 5802 section 2.2) is PBKDF2-HMAC-SHA256 with one 32-byte block.
    const QByteArray salted =
        PasswordHasher::pbkdf2(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations, 32);
    const QByteArray storedKey =
        QCryptographicHash::hash(hmac(salted, QByteArrayLiteral("Client Key")), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, QByteArrayLiteral("Server Key"));
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}
