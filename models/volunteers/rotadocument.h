#pragma once

#include "models/documents/pageddocument.h"
#include "volunteerreports.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// The week's rota printed on ONE A4 landscape page: days across, posts down, each cell the
// shifts with their times and volunteers (a gap marked). The font shrinks until the week
// fits; what still does not fit is cut with "…" rather than spilling onto a second page.
class RotaDocument final
{
    Q_DECLARE_TR_FUNCTIONS(RotaDocument)

public:
    explicit RotaDocument(VolunteerReports::RotaWeek week, QString community = QString());

    PagedDocument document() const;
    // Sets up A4 landscape and paints the page; false if painting could not start.
    bool print(QPagedPaintDevice *device) const;
    // The text of one cell as printed.
    static QString cellText(const QList<RosterStore::Shift> &shifts);
    QString title() const;

private:
    VolunteerReports::RotaWeek m_week;
    QString m_community;
};
