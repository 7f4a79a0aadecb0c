#pragma once

#include "models/documents/pageddocument.h"
#include "monthlyreportdata.h"
#include "reporttemplate.h"

#include <functional>
#include <QCoreApplication>
#include <QSqlDatabase>

class AccessScope;
class XlsxWriter;

// The monthly report as an office hands it in: the A4 document (summary figures, the per-grid
// table of cases, events and volunteer hours, charts, next month's birthdays, notable cases,
// signature lines) and the workbook of its tables for offices that re-key them upward.
// Used by the Reports page and by `communitydesk-cli report`.
class MonthlyReport final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReport)

public:
    MonthlyReport(MonthlyReportData data, ReportTemplate reportTemplate);

    QString title() const;
    QString monthText() const;
    PagedDocument document() const;
    XlsxWriter workbook() const;

    // Whether the per-grid tables and charts are summed per area: the template asks for it and
    // the report is for a whole community that has areas.
    bool byArea() const;
    // The per-grid table's header and rows (by area: each area, then its grids indented; the
    // total last), as printed and exported.
    QStringList gridHeader() const;
    QList<QStringList> gridRows() const;
    // The visits, errands and deliberation table, laid out the same way.
    QStringList gridWorkHeader() const;
    QList<QStringList> gridWorkRows() const;
    // The summary's label/figure pairs, as printed and exported.
    QList<QPair<QString, QString>> summaryFigures() const;

    // By the file's suffix: .pdf or .xlsx. On failure *error says why, for the clerk.
    bool write(const QString &path, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    bool writeXlsx(const QString &path, QString *error = nullptr) const;
    // write(), then its 'export' audit row (ExportAudit: who, the notable cases it lists, the
    // file's name); a file that cannot be audited is removed.
    bool writeAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &path,
                      QString *error = nullptr) const;

    // The notable cases the report lists: the rows about people its audit row counts.
    int notableCount() const { return int(m_data.notable.size()); }

    static QString percent(double value);

    // Bars per chart at most; beyond that the quietest grids share the last bar.
    static constexpr int kChartBars = 24;

private:
    QList<MonthlyReportData::GridRow>
    chartRows(const std::function<int(const MonthlyReportData::GridRow &)> &weight) const;
    QStringList gridRow(const MonthlyReportData::GridRow &r) const;
    QList<PagedDocument::Row> gridTable() const;
    // The street's communities side by side (StreetComparison), when several are in the report.
    QList<PagedDocument::Row> communityTable() const;
    QList<PagedDocument::Row> gridWorkTable() const;
    // Errands done in the month per errand type, with a total row.
    QStringList errandTypeHeader() const;
    QList<PagedDocument::Row> errandTypeTable() const;
    // One row per grid, or the areas' outline when byArea(): areas bold, their grids indented.
    template<typename Row, typename Cells>
    QList<PagedDocument::Row> placeRows(const QList<Row> &grids, const QList<std::pair<Row, bool>> &outline,
                                        Cells cells) const;
    void addTable(PagedDocument &doc, const QStringList &header, const QList<PagedDocument::Row> &rows) const;
    void addSheet(XlsxWriter &book, const QString &name, const QList<double> &widths, const QStringList &header,
                  const QList<PagedDocument::Row> &rows) const;
    QStringList notableHeader() const;
    QList<QStringList> notableRows() const;
    QString statusText(const QString &status) const;

    MonthlyReportData m_data;
    ReportTemplate m_template;
};
