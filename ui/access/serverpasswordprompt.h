#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class QWidget;

// Asks for a database server's password at the start when the server wants one and none was
// remembered in Settings. The password lives only in the open connection, never on disk.
class ServerPasswordPrompt final
{
    Q_DECLARE_TR_FUNCTIONS(ServerPasswordPrompt)

public:
    enum class Result { Opened, Cancelled, Refused };
    static constexpr int kTries = 3;

    // Opens `db` at the server `location` with a password typed by the clerk; Refused after
    // kTries passwords the server did not accept, or another failure (db's error says which).
    static Result open(Database &db, const QString &location, QWidget *parent = nullptr);
};
