#pragma once

#include "accessscope.h"

#include <memory>
#include <QSqlDatabase>
#include <QString>

class SqlQuery;

// Appends to audit_log: who changed which record, how, and its values before and after (JSON
// text, empty for none). Call it inside the transaction of the change it describes, so the
// change and its audit row are written together or not at all.
// The row names the login of `scope`; an entry with nobody signed in is refused (false).
// The statement is prepared on the first record and reused, so one AuditLog kept for a bulk
// write (an import, the demo) costs no prepare per row.
class AuditLog final
{
public:
    AuditLog(QSqlDatabase db, const AccessScope &scope);
    ~AuditLog();
    Q_DISABLE_COPY_MOVE(AuditLog)

    bool record(const QString &table, qint64 recordId, const QString &action, const QString &beforeJson,
                const QString &afterJson) const;

private:
    QSqlDatabase m_db;
    QString m_userName;
    bool m_signedIn = false;
    mutable std::unique_ptr<SqlQuery> m_insert;
};
