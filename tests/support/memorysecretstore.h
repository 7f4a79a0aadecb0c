#pragma once

#include "ui/access/secretstore.h"

#include <QHash>

// The keychain's stand-in for tests: a map, which can also play a desk with no keychain running.
class MemorySecretStore final : public SecretStore
{
public:
    QHash<QString, QString> secrets;
    bool available = true;
    int reads = 0;

    Secret read(const QString &key) override
    {
        ++reads;
        Secret s;
        if (!available) {
            s.status = Status::Unavailable;
            s.error = QStringLiteral("no system keychain is available");
        } else if (secrets.contains(key)) {
            s.status = Status::Found;
            s.value = secrets.value(key);
        }
        return s;
    }
    bool write(const QString &key, const QString &secret, QString *error = nullptr) override
    {
        if (!available) {
            if (error)
                *error = QStringLiteral("no system keychain is available");
            return false;
        }
        secrets.insert(key, secret);
        return true;
    }
    bool remove(const QString &key, QString *error = nullptr) override
    {
        if (!available) {
            if (error)
                *error = QStringLiteral("no system keychain is available");
            return false;
        }
        secrets.remove(key);
        return true;
    }
};
