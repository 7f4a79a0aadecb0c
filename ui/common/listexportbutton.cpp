#include "listexportbutton.h"

#include "models/access/exportaudit.h"
#include "models/documents/tableexporter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
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
    QList<int> columns;
    for (int c = 0; c < m_view->model()->columnCount(); ++c)
        if (!m_view->isColumnHidden(c))
            columns << c;
    TableExporter exporter(m_view->model(), columns);
    if (!exporter.write(path, error))
        return false;
    if (!m_what.isEmpty() && !ExportAudit::keepAudited(m_db, m_scope, m_what, exporter.rowsWritten(), path, m_where,
                                                       m_revealed ? m_revealed() : QStringList(), error))
        return false;
    emit exported(exporter.rowsWritten(), path);
    return true;
}

void ListExportButton::chooseFileAndExport()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the list"), QDir(dir).filePath(m_fileName),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::warning(this, tr("Export the list"), error);
}
