#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

class AccessScope;

struct SheetArguments
{
    QString out;    // --out: the PDF to print
    QString date;   // --date: the day of the visits keyed in (default today)
    QString minAge; // --min-age: sign-in sheet, residents of the event's grid this old or more
};

// `communitydesk-cli sheet print signin EVENT_ID | visit BUILDING_ID | rota YYYY-MM-DD --out F.pdf`
// prints a sheet with its codes; `sheet keyin SHEET_CODE ROWCODE…` keys the ticked rows back
// (PaperKeyIn). Exit code 0, 1 when refused (each bad code named), 2 for wrong arguments.
int runSheetCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &args,
                    const SheetArguments &options, QTextStream &out, QTextStream &err);
