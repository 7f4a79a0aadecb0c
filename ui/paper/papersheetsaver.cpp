#include "papersheetsaver.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

bool PaperSheetSaver::save(QWidget *parent, const QString &fileName, const std::function<PaperSheets::Printed()> &make,
                           QString *message)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the sheet to key back"),
                                                      QDir(folder).filePath(fileName), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    const PaperSheets::Printed printed = make();
    QString error = printed.error;
    if (!printed.ok || !PaperSheets::writePdf(printed, path, &error)) {
        QMessageBox::warning(parent, tr("Sheet to key back"), error);
        return false;
    }
    if (message)
        *message = tr("Sheet %1 with %n row(s) saved to %2; key the ticked rows back with Key back….", nullptr,
                      int(printed.sheet.rows.size()))
                       .arg(printed.sheet.code, QDir::toNativeSeparators(path));
    return true;
}
