#pragma once

#include <QSqlDatabase>
#include <QString>

// The versioned schema. Each step runs in one transaction with the version bump, so a file
// is either fully at version N or still at N-1.
class Migrations final
{
public:
    static int latestVersion();
    // 0 for an empty file.
    static int currentVersion(const QSqlDatabase &db);
    // Applies every missing step up to `target` (latest by default); false leaves the file unchanged.
    static bool upgrade(QSqlDatabase db, QString *detail = nullptr, int target = -1);
};
