#pragma once

#include <QString>

class Database;

// Opens a CommunityDesk workspace: connects (Database::open), refuses a file written by a newer
// version, brings an older one up to date in one transaction, and only then switches a file to
// WAL. It lives above the domains because the migrations know every module's schema.
class Workspace final
{
public:
    // The location is a file, ":memory:" or a postgresql:// address. False leaves the reason in
    // database.status() and database.errorText(); the file is untouched.
    static bool open(Database &database, const QString &location);
    // The same after connecting, for a database connected another way (a field copy decrypted
    // into memory, Database::adoptMemoryCopy): the version check and the upgrade.
    static bool prepare(Database &database);
    static int schemaVersion(const Database &database);
};
