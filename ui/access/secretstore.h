#pragma once

#include <QString>

// Where a remembered secret (a database server's password) is kept: the system's keychain in
// the application (KeychainSecretStore), a map in tests. Never the settings file.
class SecretStore
{
public:
    enum class Status { Found, NotFound, Unavailable };
    struct Secret
    {
        Status status = Status::NotFound;
        QString value;
        QString error; // Unavailable: why, in one line fit to show
    };

    SecretStore() = default;
    virtual ~SecretStore() = default;
    Q_DISABLE_COPY_MOVE(SecretStore)

    virtual Secret read(const QString &key) = 0;
    // False, with *error set to one line fit to show, when the keychain refused or is not there.
    virtual bool write(const QString &key, const QString &secret, QString *error = nullptr) = 0;
    virtual bool remove(const QString &key, QString *error = nullptr) = 0;

    // The key of a database server's password: its address without the password.
    static QString keyFor(const QString &location);
};
