#include "exportcommand.h"

#include "models/register/residentexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace {

struct ExportCli
{
    Q_DECLARE_TR_FUNCTIONS(ExportCli)
};

} // namespace

int runExportCommand(const QSqlDatabase &db, const AccessScope &scope, const QString &outPath, bool showIds,
                     bool showPhones, QTextStream &out, QTextStream &err)
{
    const QString suffix = QFileInfo(outPath).suffix().toLower();
    if (outPath.isEmpty() || (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))) {
        err << ExportCli::tr("export: --out: please give a file ending in .csv or .xlsx.") << Qt::endl;
        return 2;
    }
    ResidentExport exporter(db, scope);
    exporter.setReveal(showIds, showPhones);
    if ((showIds && !exporter.revealsIdNumbers()) || (showPhones && !exporter.revealsPhones()))
        err << ExportCli::tr("export: your role may not see full ID or phone numbers; they are written masked.")
            << Qt::endl;
    QString error;
    if (!exporter.write(outPath, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << ExportCli::tr("%n resident(s) written to %1.", nullptr, exporter.rowsWritten())
               .arg(QDir::toNativeSeparators(outPath))
        << Qt::endl;
    return 0;
}
