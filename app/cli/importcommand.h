#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli import residents FILE.csv|FILE.xlsx`: imports with the remembered or guessed
// column mapping, prints imported / updated / rejected, writes FILE-errors.csv next to the file
// when rows were rejected. Exit code 0 only when every row was imported or updated.
int runImportCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments, QTextStream &out,
                     QTextStream &err);
