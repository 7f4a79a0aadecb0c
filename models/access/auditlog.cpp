#include "auditlog.h"

#include "accessscope.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"

AuditLog::AuditLog(QSqlDatabase db, QString userName)
    : m_db(std::move(db))
    , m_userName(std::move(userName))
{}

bool AuditLog::record(const QString &table, qint64 recordId, const QString &action, const QString &beforeJson,
                      const QString &afterJson) const
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, "
                                    "before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    // Stores made without a name write as whoever is signed in.
    const QString user = m_userName.isEmpty() ? AccessScope::current().userName() : m_userName;
    return q.exec(SqlValues::now(), SqlValues::textOrNull(user), table, recordId, action,
                  SqlValues::textOrNull(beforeJson), SqlValues::textOrNull(afterJson));
}
