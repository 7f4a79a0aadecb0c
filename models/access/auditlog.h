#pragma once

#include <QSqlDatabase>
#include <QString>

// Appends to audit_log: who changed which record, how, and its values before and after (JSON
// text, empty for none). Call it inside the transaction of the change it describes, so the
// change and its audit row are written together or not at all.
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, QString userName);

    bool record(const QString &table, qint64 recordId, const QString &action, const QString &beforeJson,
                const QString &afterJson) const;

private:
    QSqlDatabase m_db;
    QString m_userName;
};
