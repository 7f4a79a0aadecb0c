#pragma once

#include "models/care/assistancerecord.h"
#include "models/documents/pageddocument.h"

#include <functional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class AccessScope;
class XlsxWriter;

// The monthly report's section on the people the office follows: per grid the households
// overdue for a follow-up visit at the month's end (and of those the severe ones), the
// assistance given in the month (records and amount), and the month's assistance per kind.
class MonthlyReportCare final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportCare)

public:
    struct GridRow
    {
        qint64 gridId = 0;
        QString name;
        int overdue = 0;       // households overdue for a follow-up on the report's day
        int overdueSevere = 0; // of those, at the severe level
        int assistance = 0;    // assistance records of the month
        qint64 amountFen = 0;
        GridRow &operator+=(const GridRow &o);
    };

    // Reads the month for `grids` (id, name, in the report's order), overdue as of `asOf`.
    bool load(const QSqlDatabase &db, const AccessScope &scope, int year, int month, qint64 gridId,
              const QList<std::pair<qint64, QString>> &grids, const QDate &asOf);

    QList<GridRow> rows() const { return m_rows; }
    GridRow total() const;
    // The month's assistance per kind, all grids summed.
    QList<AssistanceTotal> kinds() const { return m_kinds; }
    bool isEmpty() const;

    QStringList header() const;
    QList<PagedDocument::Row> table() const;
    QStringList kindHeader() const;
    QList<PagedDocument::Row> kindTable() const;

    // The section (its heading through `heading`) and its two sheets.
    void addTo(PagedDocument &doc, const std::function<void(const QString &)> &heading) const;
    void addSheets(XlsxWriter &book) const;

private:
    static QList<PagedDocument::Column> columns(const QStringList &header);

    QList<GridRow> m_rows;
    QList<AssistanceTotal> m_kinds;
    QDate m_asOf;
};
