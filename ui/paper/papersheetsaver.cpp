#include "papersheetsaver.h"
#include "ui/common/longwork.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

bool PaperSheetSaver::save(QWidget *parent, const QString &fileName, const std::function<PaperSheets::Printed()> &make,
                           QString *message)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the sheet to key back"),
                                                      QDir(folder).filePath(fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    // A moving bar with Cancel, the file whole or not at all, then Open folder / Open file, as
    // every other file the desk writes.
    LongWork work(tr("Sheet to key back"), tr("Writing the sheet…"), parent ? parent->window() : nullptr);
    work.step(-1.0);
    const PaperSheets::Printed printed = make();
    if (!printed.ok) {
        work.fail(printed.error);
        return false;
    }
    QString error;
    const auto write = [&printed](const QString &part, QString *e) { return PaperSheets::writePdf(printed, part, e); };
    if (!work.step(-1.0) || !work.writeFile(path, write, &error)) {
        work.fail(error);
        return false;
    }
    const QString done = tr("Sheet %1 with %n row(s) saved to %2; key the ticked rows back with Key back….", nullptr,
                            int(printed.sheet.rows.size()))
                             .arg(printed.sheet.code, QDir::toNativeSeparators(path));
    if (message)
        *message = done;
    work.finish(done, path);
    return true;
}
