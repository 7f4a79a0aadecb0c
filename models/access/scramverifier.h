#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier PostgreSQL stores for a role's password (RFC 5802/7677, the
// "SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey" text of pg_authid). Made on the desk and
// handed to the server (cd_set_password), so the password itself is never part of SQL text that
// a server log could keep.
class ScramVerifier final
{
public:
    static constexpr int kIterations = 4096; // PostgreSQL's own default (scram_iterations)

    static QString make(const QString &password, int iterations = kIterations);
    // The same with a given salt, for tests against known values.
    static QString make(const QString &password, const QByteArray &salt, int iterations);
};
