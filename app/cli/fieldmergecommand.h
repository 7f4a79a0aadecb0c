#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

struct FieldMergeArguments
{
    QString prefer; // --prefer office|field; empty: every conflict left undecided
    QString report; // --report R.csv
};

// `communitydesk-cli --database OFFICE field merge FILE [--prefer office|field] [--report R.csv]`:
// merges a field copy back (FieldMerge). Without --prefer, conflicts are listed (record, field,
// office value, field value), nothing is merged and the exit code is 1. Administrators and
// clerks only. FILE is a plain SQLite field copy for now; the sealed file opens through FieldFile.
// Exit code 0 when merged, 1 when refused, failed or undecided, 2 for a wrong argument.
int runFieldMergeCommand(const QSqlDatabase &office, const AccessScope &scope, const QStringList &args,
                         const FieldMergeArguments &options, QTextStream &out, QTextStream &err);
