#pragma once

#include "accessscope.h"

#include <QSqlDatabase>
#include <QString>

// Appends to audit_log: who changed which record, how, and its values before and after (JSON
// text, empty for none). Call it inside the transaction of the change it describes, so the
// change and its audit row are written together or not at all.
// The row names the login of `scope`; an entry with nobody signed in is refused (false).
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, const AccessScope &scope);

    bool record(const QString &table, qint64 recordId, const QString &action, const QString &beforeJson,
                const QString &afterJson) const;

private:
    QSqlDatabase m_db;
    QString m_userName;
    bool m_signedIn = false;
};
