#pragma once

#include <QByteArray>
#include <QString>

// Slow salted password hashes: PBKDF2-HMAC-SHA256 (RFC 8018) with a random 16-byte salt. The
// stored text names its algorithm and cost, "pbkdf2-sha256$<iterations>$<salt b64>$<hash b64>",
// so hashes made with an older iteration count still verify after the default rises.
class PasswordHasher final
{
public:
    static constexpr int kDefaultIterations = 120000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    explicit PasswordHasher(int iterations = kDefaultIterations);

    QString hash(const QString &password) const;
    // False for a wrong password and for any stored text that is not a well-formed hash.
    static bool verify(const QString &password, const QString &stored);
    // Whether a stored hash is weaker than this hasher's (re-hash after the next sign-in).
    bool needsRehash(const QString &stored) const;

    static QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length);
    // Compares in time that depends only on the lengths, so a guess learns nothing from timing.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    int m_iterations;
};
