#pragma once

#include <QString>

class Database;
class FieldFile;

// Opens a field copy like any database: the sealed file is decrypted into memory (FieldFile)
// under the Database's connection name, which the Database then holds as open; the version
// check and the upgrade follow as for any file (Workspace::prepare), each commit sealed back
// to the file. Close the Database before the FieldFile goes (closing saves what is unsaved).
namespace FieldWorkspace {
// False leaves the reason in database.errorText() (a wrong password: status
// AuthenticationFailed, and the text names the file).
bool open(Database &database, FieldFile &file, const QString &path, const QString &password);
} // namespace FieldWorkspace
