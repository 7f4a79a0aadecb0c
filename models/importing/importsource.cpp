#include "importsource.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFileInfo>

std::unique_ptr<ImportSource> ImportSource::open(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("The file %1 does not exist.").arg(info.fileName());
        return nullptr;
    }
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx")) {
        auto reader = std::make_unique<XlsxReader>();
        if (!reader->open(path)) {
            *error = reader->errorText();
            return nullptr;
        }
        return reader;
    }
    if (suffix == QLatin1String("xls")) {
        *error = tr("Old Excel files (.xls) cannot be read; please save the sheet as .xlsx or CSV.");
        return nullptr;
    }
    auto reader = std::make_unique<CsvReader>();
    if (!reader->open(path)) {
        *error = reader->errorText();
        return nullptr;
    }
    return reader;
}
