#pragma once

#include <QTextStream>

class Database;

// `communitydesk-cli check`: the database file's integrity (DatabaseCheck), run before anyone
// signs in as it reads no one's data. A file found sound clears the window's damage mark, a
// damaged one sets it. On a field copy, references to rows that stayed at the office are by
// design and not counted. Exit code 0 when intact, 1 with problems, 2 on a server.
int runCheck(Database &db, bool fieldCopy, QTextStream &out, QTextStream &err);
