#include "reportcommand.h"

#include "models/register/registerlookups.h"
#include "models/reports/monthlyreport.h"
#include "models/reports/monthlyreportquery.h"
#include "models/workspace/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

struct ReportCli
{
    Q_DECLARE_TR_FUNCTIONS(ReportCli)
};

} // namespace

int runReportCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &month, const QString &gridCode,
                     bool byArea, const QString &outPath, QTextStream &out, QTextStream &err)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(month);
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid() || first.year() < 1901 || first.year() > 2100) {
        err << ReportCli::tr("report: expected a month as YYYY-MM, got \"%1\".").arg(month) << Qt::endl;
        return 2;
    }
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx")) {
        err << ReportCli::tr("report: please give the file to write with --out FILE.pdf or --out FILE.xlsx.")
            << Qt::endl;
        return 2;
    }
    if (byArea && !gridCode.isEmpty()) {
        err << ReportCli::tr("report: --by-area sums the whole community's grids; leave out --grid.") << Qt::endl;
        return 2;
    }
    qint64 gridId = 0;
    if (!gridCode.isEmpty()) {
        for (const auto &g : RegisterLookups(db, scope).grids())
            if (g.extra.compare(gridCode, Qt::CaseInsensitive) == 0 || g.name == gridCode)
                gridId = g.id;
        if (gridId == 0) {
            // A grid worker's lookups hold only their own grids (RegisterLookups).
            err << (scope.seesAllGrids()
                        ? ReportCli::tr("report: there is no grid \"%1\".").arg(gridCode)
                        : ReportCli::tr("report: --grid: \"%1\" is not one of your grids.").arg(gridCode))
                << Qt::endl;
            return 2;
        }
    }
    QElapsedTimer timer;
    timer.start();
    MonthlyReportQuery query(db, scope);
    query.setElderlyAge(AppSettings::elderlyAge());
    MonthlyReportData data;
    QString error;
    if (!query.run(first.year(), first.month(), gridId, &data, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    ReportTemplate reportTemplate = ReportTemplate::load();
    if (byArea) {
        reportTemplate.byArea = true;
        if (data.areas.isEmpty())
            err << ReportCli::tr("report: the community has no areas yet, so the report is by grid.") << Qt::endl;
    }
    const MonthlyReport report(data, reportTemplate);
    if (!report.writeAudited(db, scope, outPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    // The share is of the cases received this month; the cases closed this month whenever received
    // are counted on their own, as in the report's table.
    out << ReportCli::tr("%1: %2 cases received, %3 of them resolved (%4), %5 resolved this month in all, %6 overdue, "
                         "%7 events; written to %8 in %9 ms.")
               .arg(report.title())
               .arg(data.total.received)
               .arg(data.total.resolvedOfReceived)
               .arg(MonthlyReport::percent(data.total.resolutionRate()))
               .arg(data.total.resolved)
               .arg(data.total.overdue)
               .arg(data.total.events)
               .arg(QDir::toNativeSeparators(outPath))
               .arg(timer.elapsed())
        << Qt::endl;
    return 0;
}
