#include "listexportbutton.h"

#include "longwork.h"

#include "models/access/exportaudit.h"
#include "models/documents/tableexporter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTableView>

ListExportButton::ListExportButton(QTableView *view, const QString &fileName, QWidget *parent)
    : QPushButton(tr("E&xport…"), parent)
    , m_view(view)
    , m_fileName(fileName)
{
    setObjectName(QStringLiteral("exportList"));
    setToolTip(tr("Save the rows the list shows to Excel or CSV"));
    connect(this, &QPushButton::clicked, this, &ListExportButton::chooseFileAndExport);
}

void ListExportButton::setAudit(QSqlDatabase db, const AccessScope &scope, const QString &what, const QString &where,
                                std::function<QStringList()> revealed)
{
    m_db = std::move(db);
    m_scope = scope;
    m_what = what;
    m_where = where;
    m_revealed = std::move(revealed);
}

bool ListExportButton::exportTo(const QString &path, QString *error)
{
    int rows = 0;
    return write(path, nullptr, &rows, error) && audit(path, rows, error);
}

bool ListExportButton::write(const QString &path, LongWork *work, int *rows, QString *error)
{
    QList<int> columns;
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        if (!m_view->isColumnHidden(c))
            columns << c;
    QAbstractItemModel *model = m_view->model();
    TableExporter exporter(model, columns);
    if (work)
        exporter.setProgress([work, model](int done) {
            // A lazily fetching list does not know its end yet: a moving bar with the count.
            const int total = model->canFetchMore(QModelIndex()) ? 0 : model->rowCount();
            return work->step(total > 0 ? double(done) / total : -1.0, tr("%1 rows").arg(QLocale().toString(done)));
        });
    if (!exporter.write(path, error))
        return false;
    *rows = exporter.rowsWritten();
    return true;
}

bool ListExportButton::audit(const QString &path, int rows, QString *error)
{
    if (!m_what.isEmpty() && !ExportAudit::keepAudited(m_db, m_scope, m_what, rows, path, m_where,
                                                       m_revealed ? m_revealed() : QStringList(), error))
        return false;
    emit exported(rows, path);
    return true;
}

void ListExportButton::chooseFileAndExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QDir(dir).filePath(m_fileName),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    LongWork work(tr("Export the list"), tr("Exporting the list…"), window());
    QString error;
    int rows = 0;
    const bool written = work.writeFile(
        path, [this, &work, &rows](const QString &part, QString *e) { return write(part, &work, &rows, e); }, &error);
    if (!written || !audit(path, rows, &error)) {
        work.fail(error);
        return;
    }
    work.finish(tr("%1 rows were exported to %2.").arg(QLocale().toString(rows), QDir::toNativeSeparators(path)), path);
}
