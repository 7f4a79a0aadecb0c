#pragma once

#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

// Keys back the rows ticked on a printed sheet (PaperSheets): a sign-in sheet's codes become the
// event's participants, a visit sheet's become visits to the households on `day`, a rota's become
// attended shifts (their hours then count). All of one keying is one transaction, on the desk
// itself (no network needed). A typo (the check character does not match), a code of another
// sheet or of no sheet is named and nothing is recorded; a row keyed before is skipped, so the
// same sheet keyed twice records nothing twice.
class PaperKeyIn final
{
    Q_DECLARE_TR_FUNCTIONS(PaperKeyIn)

public:
    struct Result
    {
        bool ok = false;
        int recorded = 0;         // rows recorded now
        int alreadyKeyed = 0;     // rows keyed before, skipped
        QStringList problems;     // one line per code refused, or why nothing was recorded
        QStringList recordedRows; // the labels of the rows recorded now
    };

    PaperKeyIn(QSqlDatabase db, const AccessScope &scope);

    // The sheet code as typed or scanned; the row codes as typed (spaces and dashes ignored).
    Result keyIn(const QString &sheetCode, const QStringList &rowCodes, const QDate &day = QDate::currentDate());
    // What a sheet code names, for the dialog ("Visit sheet 1号楼, 12 rows"), or why it names none.
    QString describe(const QString &sheetCode, bool *found = nullptr) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
