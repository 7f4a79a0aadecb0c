#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

struct FormArguments
{
    QString out;
    QString grid;   // a grid's code or name
    QString tag;    // a tag's name or code
    QString minAge; // N
    bool showIds = false;
};

// `communitydesk-cli form fill TEMPLATE.xlsx --out FILE.xlsx [--grid CODE] [--tag TAG] [--min-age N]
// [--show-ids]`: a street's form filled from the register (FormFiller), one row per resident chosen,
// with the mapping and people remembered from the window when the form was mapped there, else the
// columns its titles name. A counts form gets the month's figures. Audited like an export.
// Exit code 0 when the file was written, 1 when it failed, 2 for a wrong argument.
int runFormCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                   const FormArguments &arguments, QTextStream &out, QTextStream &err);
