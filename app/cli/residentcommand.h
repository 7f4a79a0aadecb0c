#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// `communitydesk-cli resident duplicates | merge KEEP OTHER | unmerge MERGE_ID`: the probable
// duplicate residents (DuplicateFinder), one pair a line with the reason and score, numbers
// masked; merging OTHER into KEEP with the default field choices (ResidentMerger); undoing a
// merge. Exit code 0, 1 when refused or failed, 2 for wrong arguments.
int runResidentCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args, int limit,
                       QTextStream &out, QTextStream &err);
