#include "auditlog.h"

#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"

AuditLog::AuditLog(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_userName(scope.userName())
    , m_signedIn(scope.isSignedIn())
{}

AuditLog::~AuditLog() = default;

bool AuditLog::record(const QString &table, qint64 recordId, const QString &action, const QString &beforeJson,
                      const QString &afterJson) const
{
    // Fail closed: a change nobody signed for is not written, so no audit row names nobody.
    if (!m_signedIn)
        return false;
    if (!m_insert)
        m_insert = std::make_unique<SqlQuery>(m_db, QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, "
                                                                   "record_id, action, before_json, after_json) VALUES "
                                                                   "(?, ?, ?, ?, ?, ?, ?)"));
    return m_insert->exec(SqlValues::now(), SqlValues::textOrNull(m_userName), table, recordId, action,
                          SqlValues::textOrNull(beforeJson), SqlValues::textOrNull(afterJson));
}
