#include "residentexport.h"

#include "models/access/exportaudit.h"
#include "models/access/numberreveal.h"
#include "models/documents/tableexporter.h"
#include "residenttablemodel.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThread>

ResidentExport::ResidentExport(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

void ResidentExport::setReveal(bool idNumbers, bool phones)
{
    m_ids = NumberReveal::allowed(m_scope, idNumbers);
    m_phones = NumberReveal::allowed(m_scope, phones);
}

bool ResidentExport::write(const QString &path, QString *error)
{
    m_rows = 0;
    ResidentTableModel model(m_db, m_scope);
    model.setFilter(m_filter);
    // A long register is counted in the background (ResidentTableModel::kCountCap); the file must
    // hold every row, so wait for the exact count (its answer comes through the event loop).
    const QDeadlineTimer deadline(10 * 60 * 1000);
    while (!model.isCountExact() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!model.isCountExact())
            QThread::msleep(10);
    }
    if (!model.isCountExact()) {
        if (error)
            *error = tr("The register could not be counted; no file was written.");
        return false;
    }
    model.setExportReveal(m_ids, m_phones);
    TableExporter exporter(&model);
    if (!exporter.write(path, error))
        return false;
    QStringList revealed;
    if (m_ids)
        revealed << ExportAudit::idNumbers();
    if (m_phones)
        revealed << ExportAudit::phoneNumbers();
    if (!ExportAudit::keepAudited(m_db, m_scope, QStringLiteral("resident"), exporter.rowsWritten(), path,
                                  QStringLiteral("register export"), revealed, error))
        return false;
    m_rows = exporter.rowsWritten();
    return true;
}
