#pragma once

#include <cstddef>
#include <QByteArray>
#include <QString>

// Slow salted password hashes. New hashes are Argon2id (libsodium's crypto_pwhash_str, memory-hard,
// "$argon2id$v=19$m=…,t=…,p=1$<salt>$<hash>"); the older "pbkdf2-sha256$<iterations>$<salt>$<hash>"
// texts still verify and always need a re-hash, so each account moves to Argon2id at its next
// sign-in (AccountStore::signIn).
class PasswordHasher final
{
public:
    // Argon2id's cost: passes over the memory, and the memory in bytes.
    struct Cost
    {
        unsigned long long opsLimit = 0;
        std::size_t memLimit = 0;
    };
    // libsodium's "interactive" limits (2 passes, 64 MiB): about a tenth of a second per sign-in.
    static Cost interactiveCost();
    // The least libsodium allows (1 pass, 8 KiB): for tests only, so the suite stays fast.
    static Cost cheapestCost();

    // The legacy PBKDF2 format (verified, no longer written by hash()).
    static constexpr int kLegacyIterations = 120000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kHashBytes = 32;

    explicit PasswordHasher(Cost cost = interactiveCost());

    Cost cost() const { return m_cost; }
    // An Argon2id text; should libsodium fail (out of memory), a PBKDF2 one rather than nothing.
    QString hash(const QString &password) const;
    // False for a wrong password and for any stored text that is not a well-formed hash.
    static bool verify(const QString &password, const QString &stored);
    // Whether a stored hash is not Argon2id with this hasher's cost (re-hash after the next sign-in).
    bool needsRehash(const QString &stored) const;
    // Costs about what verify() does on a real hash, for logins that do not exist (no timing hint).
    void verifyNothing(const QString &password) const;

    // A hash in the legacy format (tests make old accounts with it).
    static QString pbkdf2Hash(const QString &password, int iterations = kLegacyIterations);
    static QByteArray pbkdf2(const QByteArray &password, const QByteArray &salt, int iterations, int length);
    // Compares in time that depends only on the lengths, so a guess learns nothing from timing.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    Cost m_cost;
};
