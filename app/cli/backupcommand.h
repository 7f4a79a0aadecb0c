#pragma once

#include <QString>
#include <QTextStream>

class AccessScope;
class Database;

// `communitydesk-cli backup FILE`: a consistent copy of the database file (BackupService), for an
// administrator or a clerk, audited as an export of the whole register. `restore FILE`: replaces
// the database with a CommunityDesk backup after checking it, keeping the current file in the
// backup folder; administrators only. On PostgreSQL both say that the server's own tools
// (pg_dump, pg_restore) are used and exit with code 2.
int runBackupCommand(Database &db, const AccessScope &scope, const QString &path, QTextStream &out, QTextStream &err);
int runRestoreCommand(Database &db, const AccessScope &scope, const QString &path, QTextStream &out, QTextStream &err);
// The PostgreSQL answer for both, before anyone signs in (nothing is read).
int refuseServerBackup(const QString &command, QTextStream &err);
