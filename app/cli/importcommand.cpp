#include "importcommand.h"

#include "models/importing/importsource.h"
#include "models/importing/residentimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <memory>

namespace {

struct ImportCli
{
    Q_DECLARE_TR_FUNCTIONS(ImportCli)
};

} // namespace

int runImportCommand(const QSqlDatabase &db, const AccessScope &scope, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    if (arguments.size() != 2 || arguments.at(0) != QLatin1String("residents")) {
        err << ImportCli::tr("import: expected \"import residents FILE.csv\" or \"import residents FILE.xlsx\".")
            << Qt::endl;
        return 2;
    }
    const QString path = arguments.at(1);
    QString error;
    std::unique_ptr<ImportSource> source = ImportSource::open(path, &error);
    if (!source) {
        err << error << Qt::endl;
        return 1;
    }
    ResidentImporter importer(db, scope);
    int lastPercent = -1;
    importer.setProgress([&err, &lastPercent](double done) {
        const int percent = int(done * 100);
        if (percent != lastPercent) {
            lastPercent = percent;
            err << QStringLiteral("\r%1%").arg(percent) << Qt::flush;
        }
        return true;
    });
    const ResidentImporter::Outcome outcome = importer.run(*source);
    if (lastPercent >= 0)
        err << Qt::endl;
    if (outcome != ResidentImporter::Outcome::Done) {
        err << importer.errorText() << Qt::endl;
        return 1;
    }
    const ResidentImporter::Summary s = importer.summary();
    out << ImportCli::tr("%1: %2 imported, %3 updated, %4 rejected.")
               .arg(QFileInfo(path).fileName())
               .arg(s.imported)
               .arg(s.updated)
               .arg(s.rejected)
        << Qt::endl;
    if (s.rejected == 0)
        return 0;
    const QString report = ResidentImporter::errorReportPath(path);
    if (!importer.writeErrorReport(report, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    out << ImportCli::tr("Rejected rows, with the reason, are in %1; correct them there and import that file.")
               .arg(QDir::toNativeSeparators(report))
        << Qt::endl;
    return 1;
}
