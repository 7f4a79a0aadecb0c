#pragma once

#include "carecommand.h"
#include "tagcommand.h"

#include <QCommandLineOption>

class QCommandLineParser;

// Every option of communitydesk-cli, made once and handed to the commands that read them. The
// option names are shared: --out is every command's output file, --grid every command's grid.
struct CliOptions
{
    CliOptions();
    // Adds them all to `parser`, in the order the help lists them.
    void addTo(QCommandLineParser &parser) const;

    QCommandLineOption database;
    QCommandLineOption households;
    QCommandLineOption limit;
    QCommandLineOption grid;
    QCommandLineOption name;
    QCommandLineOption role;
    QCommandLineOption byArea;
    QCommandLineOption user;
    QCommandLineOption dryRun;
    QCommandLineOption headerRow;
    QCommandLineOption valueMap;
    QCommandLineOption sheet;
    QCommandLineOption keepAsField;
    QCommandLineOption compound;
    QCommandLineOption units;
    QCommandLineOption street;
    QCommandLineOption community;
    QCommandLineOption communities;
    QCommandLineOption dueDate;
    QCommandLineOption openDue;
    QCommandLineOption formTag;
    QCommandLineOption prefer;
    QCommandLineOption mergeReport;
    QCommandLineOption worker;
    QCommandLineOption days;
    QCommandLineOption out;
    QCommandLineOption lunar;
    QCommandLineOption minAge;
    QCommandLineOption perGrid;
    QCommandLineOption showPhones;
    QCommandLineOption showIds;
    TagOptions tags;
    CareOptions care;
};
