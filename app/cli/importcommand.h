#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

// What `import residents` was told besides the file.
struct ImportCommandOptions
{
    bool dryRun = false;      // --dry-run: read, check and report everything, write nothing
    QString headerRow;        // --header-row N: the header's row; empty: found in the file
    QStringList valueMaps;    // --map COLUMN:VALUE=CODE, e.g. 与户主关系:表哥=other (remembered)
    QStringList sheets;       // --sheet NAME: the workbook's sheets to import; empty: all
    QStringList keepAsFields; // --keep-as-field COLUMN: an unmapped column kept as a custom resident field
};

// `communitydesk-cli import residents FILE.csv|FILE.xlsx [--dry-run] [--header-row N] [--map …]
// [--sheet NAME]… [--keep-as-field COLUMN]…`: imports the chosen sheets (all by default) with the remembered or guessed
// column mapping and the remembered value mappings, prints which row was the header, what became of each column and of
// each value of the coded columns, then imported / updated / rejected, and writes FILE-errors.csv next to the file
// (before the import commits) when rows were rejected, FILE-changes.csv (what changed per updated person) and
// FILE-missing.csv (people of the covered buildings the file no longer lists). Exit code 0 only when every row was
// imported or updated.
int runImportCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments,
                     const ImportCommandOptions &options, QTextStream &out, QTextStream &err);
