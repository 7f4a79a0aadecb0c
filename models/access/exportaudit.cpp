#include "exportaudit.h"

#include "accessscope.h"
#include "auditlog.h"
#include "models/core/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

bool ExportAudit::record(const QSqlDatabase &db, const AccessScope &scope, const QString &what, int rows,
                         const QString &path, const QString &where, const QStringList &revealed)
{
    if (!db.isOpen())
        return false;
    const QString file = QFileInfo(path).fileName();
    QJsonObject exported{
        {QStringLiteral("rows"), rows}, {QStringLiteral("file"), file}, {QStringLiteral("list"), where}};
    if (!revealed.isEmpty())
        exported.insert(QStringLiteral("revealed"), QJsonArray::fromStringList(revealed));
    Transaction tx(db);
    const AuditLog log(db, scope);
    if (!tx.isActive() || !log.record(what, 0, QStringLiteral("export"), QString(), compact(exported)))
        return false;
    if (!revealed.isEmpty()) {
        // The same shape as NumberReveal::record ("shown"), with the count and the file.
        const QJsonObject shown{{QStringLiteral("shown"), where},
                                {QStringLiteral("numbers"), QJsonArray::fromStringList(revealed)},
                                {QStringLiteral("count"), rows},
                                {QStringLiteral("file"), file}};
        if (!log.record(what, 0, QStringLiteral("reveal"), QString(), compact(shown)))
            return false;
    }
    return tx.commit();
}

bool ExportAudit::keepAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &what, int rows,
                              const QString &path, const QString &where, const QStringList &revealed, QString *error)
{
    if (record(db, scope, what, rows, path, where, revealed))
        return true;
    QFile::remove(path);
    if (error)
        *error = QCoreApplication::translate("ExportAudit",
                                             "%1: the export could not be written to the audit log, so no file "
                                             "was kept.")
                     .arg(QFileInfo(path).fileName());
    return false;
}
