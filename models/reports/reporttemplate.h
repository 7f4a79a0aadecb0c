#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// What a clerk may adjust in the monthly report, kept in the desk's settings: the title (with
// %1 for the community and %2 for the month), the lines under it, the names on the signature
// lines and which sections are printed.
struct ReportTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ReportTemplate)

public:
    QString title;
    QString subtitle;       // e.g. the street office it is handed to
    QStringList headerLeft; // lines under the title, left and right
    QStringList headerRight;
    QString preparedBy; // 制表人
    QString reviewedBy; // 审核人
    bool summary = true;
    bool gridTable = true;
    bool gridWork = true; // visits, errands and deliberation by grid
    bool charts = true;
    bool birthdays = true;
    bool notableCases = true;
    // The per-grid tables and charts summed per area (片区), each area followed by its grids.
    bool byArea = false;

    static ReportTemplate defaults();
    static ReportTemplate load();
    void save() const;
    // The title with the community and month filled in.
    QString titleFor(const QString &community, const QString &month) const;
};
