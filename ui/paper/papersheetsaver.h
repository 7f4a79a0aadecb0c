#pragma once

#include "models/paper/papersheets.h"

#include <functional>
#include <QCoreApplication>
#include <QString>

class QWidget;

// Saves a sheet to key back (an event's sign-in sheet, a week's rota) as the PDF the clerk names,
// from whichever page prints it: asks where first (so a cancelled save issues no codes), then as
// long work (LongWork: progress with Cancel, the file whole or not at all) makes the sheet, writes
// it and ends offering to open the folder or the file, or warns in words if it could not.
// *message is what the status bar then says.
class PaperSheetSaver final
{
    Q_DECLARE_TR_FUNCTIONS(PaperSheetSaver)

public:
    static bool save(QWidget *parent, const QString &fileName, const std::function<PaperSheets::Printed()> &make,
                     QString *message);
};
