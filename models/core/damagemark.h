#pragma once

#include <QDateTime>
#include <QString>

// The verdict of the window's background check on a file too large to check when opened
// (Database::kQuickCheckLimit), kept beside the file as FILE.damaged. The next open — by the
// window or the command line — refuses the file as if its own check had found the damage, so
// nothing writes to a file known to be damaged. A restored backup, or a full check that finds
// the file sound again, removes the mark.
class DamageMark final
{
public:
    static QString markPath(const QString &databasePath);
    // Records that the file was found damaged, with what was found; false if the mark cannot be written.
    static bool set(const QString &databasePath, const QString &problem);
    static bool isSet(const QString &databasePath, QString *problem = nullptr, QDateTime *found = nullptr);
    static void clear(const QString &databasePath);
};
