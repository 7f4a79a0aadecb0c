#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "papersheet.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Issues the codes of a sheet about to be printed and finds a sheet by its code. Every printing
// is a sheet of its own (paper_sheet), its rows' codes unique across all sheets.
class PaperSheetStore final
{
    Q_DECLARE_TR_FUNCTIONS(PaperSheetStore)

public:
    PaperSheetStore(QSqlDatabase db, const AccessScope &scope);

    // Gives the sheet and each row a fresh code and writes them in one transaction; result.id is
    // the sheet's id.
    SaveResult issue(PaperSheet &sheet);
    std::optional<PaperSheet> sheet(const QString &code) const;
    // The code of the sheet a row code was printed on, or empty.
    QString sheetOfRow(const QString &rowCode) const;

private:
    bool codeTaken(bool sheetCode, const QString &code) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
