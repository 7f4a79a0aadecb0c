#pragma once

#include "secretstore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

// SecretStore in the system's keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet)
// on Linux, Credential Manager on Windows. Each call waits for its job, but never longer than
// the timeout: a desk with no keychain running (or a hung one) answers Unavailable, not a freeze.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // Long enough for the clerk to unlock a locked keyring when the system asks.
    static constexpr int kDefaultTimeoutMs = 20000;

    explicit KeychainSecretStore(const QString &service = QStringLiteral("CommunityDesk"));

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    Secret read(const QString &key) override;
    bool write(const QString &key, const QString &secret, QString *error = nullptr) override;
    bool remove(const QString &key, QString *error = nullptr) override;

private:
    struct Outcome
    {
        bool finished = false;
        int error = 0; // QKeychain::Error
        QString errorText;
        QString value;
    };
    // Starts `job` (which deletes itself when done) and waits for it or the timeout.
    Outcome run(QKeychain::Job *job) const;
    QString unavailable(const Outcome &outcome) const;

    QString m_service;
    int m_timeoutMs = kDefaultTimeoutMs;
};
