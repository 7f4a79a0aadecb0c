#pragma once

#include <functional>
#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;
class SecretStore;

// A database server's password at the start, when the server wants one: the one remembered in
// the system keychain (SecretStore) if it still works, else typed by the clerk, who may ask for
// it to be remembered there. A remembered password the server refuses is forgotten. The password
// never goes to the settings file.
class ServerPasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(ServerPasswordPrompt)

public:
    enum class Result { Opened, Cancelled, Refused };
    // What connecting with one password came to.
    enum class Attempt { Opened, WrongPassword, Failed };
    using Connect = std::function<Attempt(const QString &password)>;
    static constexpr int kTries = 3;

    // Opens `db` at the server `location`; Refused after kTries passwords the server did not
    // accept, or another failure (db's error says which). `secrets` may be null (nothing remembered).
    static Result open(Database &db, const QString &location, SecretStore *secrets, QWidget *parent = nullptr);
    // The same conversation with the connecting left to `connect` (tests stand in for a server).
    static Result open(const QString &location, SecretStore *secrets, const Connect &connect,
                       QWidget *parent = nullptr);

    // Older versions kept a remembered password in the settings file: move it to `secrets`
    // (or just drop it when the keychain refuses; the clerk is asked at the next start).
    static void moveLegacyPassword(SecretStore *secrets);
};
