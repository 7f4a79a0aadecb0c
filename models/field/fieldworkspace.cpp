#include "fieldworkspace.h"

#include "fieldfile.h"

#include "models/core/database.h"
#include "models/workspace/workspace.h"

bool FieldWorkspace::open(Database &database, FieldFile &file, const QString &path, const QString &password)
{
    database.close();
    if (!file.open(path, password, database.connectionName()))
        return database.refuse(file.wrongPassword() ? Database::Status::AuthenticationFailed
                                                    : Database::Status::NotADatabase,
                               file.errorText());
    if (!database.adoptMemoryCopy(path)) {
        file.close();
        return false;
    }
    if (!Workspace::prepare(database)) {
        file.close();
        return false;
    }
    return true;
}
