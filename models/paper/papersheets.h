#pragma once

#include "models/access/accessscope.h"
#include "models/documents/pageddocument.h"

#include "models/papercodes/papersheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// The sheets that come back: an event's sign-in sheet, a building's visit sheet and a week's
// rota, each with its sheet code and QR code at the top and a code on every row to tick. Making
// one issues its codes (PaperSheetStore); PaperKeyIn keys the ticked codes back. Names only, no
// ID or phone numbers: the sheet leaves the office.
class PaperSheets final
{
    Q_DECLARE_TR_FUNCTIONS(PaperSheets)

public:
    struct Printed
    {
        bool ok = false;
        QString error; // for the clerk
        PaperSheet sheet;
        PagedDocument document;
    };

    PaperSheets(QSqlDatabase db, const AccessScope &scope);

    Printed signIn(qint64 eventId, const QList<qint64> &residentIds);
    Printed visit(qint64 buildingId);
    // The shifts of the week of `anyDay` (Monday to Sunday), one row per volunteer on a shift.
    Printed rota(const QDate &anyDay);

    // Residents to print on an event's sign-in sheet: those listed already, then the living
    // residents of its grid (of the whole community for a community-wide one) aged `minAge` or more.
    QList<qint64> invitees(qint64 eventId, int minAge) const;

    static bool writePdf(const Printed &printed, const QString &path, QString *error = nullptr);

private:
    Printed finish(PaperSheet sheet, const QString &subtitle, const QString &info,
                   const QList<PagedDocument::Column> &columns, const QList<QStringList> &cells);

    QSqlDatabase m_db;
    AccessScope m_scope;
};
