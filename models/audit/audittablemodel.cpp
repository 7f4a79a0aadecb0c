#include "audittablemodel.h"

#include "models/core/sqlquery.h"

namespace {
AuditEntry readEntry(const SqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
    e.user = q.value(2).toString();
    e.table = q.value(3).toString();
    e.recordId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    return e;
}
} // namespace

AuditTableModel::AuditTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : PagedTableModel(std::move(db), ColumnCount, Paging::onDemand(kPageSize, kMaxCachedPages), parent)
    , m_scope(scope)
{
    reload();
}

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

QString AuditTableModel::whereClause(QVariantList *bindings) const
{
    // The log names everyone's work: enforced here, not only by hiding the page.
    QString where = m_scope.canAdminister() ? QStringLiteral(" WHERE 1 = 1") : QStringLiteral(" WHERE 0 = 1");
    if (!m_filter.user.isEmpty()) {
        where += QStringLiteral(" AND user_name = ?");
        *bindings << m_filter.user;
    }
    if (!m_filter.table.isEmpty()) {
        where += QStringLiteral(" AND table_name = ?");
        *bindings << m_filter.table;
    }
    if (m_filter.recordId > 0) {
        where += QStringLiteral(" AND record_id = ?");
        *bindings << m_filter.recordId;
    }
    // `at` is ISO text: whole days compare as strings.
    if (m_filter.from.isValid()) {
        where += QStringLiteral(" AND at >= ?");
        *bindings << m_filter.from.toString(Qt::ISODate);
    }
    if (m_filter.to.isValid()) {
        where += QStringLiteral(" AND at < ?");
        *bindings << m_filter.to.addDays(1).toString(Qt::ISODate);
    }
    return where;
}

PagedModel::Count AuditTableModel::countRows() const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return {countOf(QStringLiteral("SELECT count(*) FROM audit_log") + where, bindings)};
}

bool AuditTableModel::loadPage(int offset, int limit, QVector<AuditEntry> *rows) const
{
    QVariantList bindings;
    const QString where = whereClause(&bindings);
    return readPage(QStringLiteral("SELECT id, at, user_name, table_name, record_id, action, before_json, after_json "
                                   "FROM audit_log") +
                        where + QStringLiteral(" ORDER BY id DESC"),
                    bindings, offset, limit, rows, readEntry);
}

std::optional<AuditEntry> AuditTableModel::entry(int index) const
{
    const AuditEntry *e = rowAt(index);
    return e ? std::optional<AuditEntry>(*e) : std::nullopt;
}

QStringList AuditTableModel::users() const
{
    return distinct(
        QStringLiteral("SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL ORDER BY user_name"));
}

QStringList AuditTableModel::tables() const
{
    return distinct(QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"));
}

QStringList AuditTableModel::distinct(const QString &sql) const
{
    QStringList list;
    if (!m_scope.canAdminister())
        return list;
    SqlQuery q(database(), sql);
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

QVariant AuditTableModel::cell(const AuditEntry &e, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case At:
        return e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e.user;
    case Table:
        return AuditEntry::tableName(e.table);
    case Record:
        return e.recordId > 0 ? QString::number(e.recordId) : QString();
    case Action:
        return AuditEntry::actionName(e.action);
    }
    return {};
}

QString AuditTableModel::columnTitle(int column) const
{
    switch (column) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Action:
        return tr("Action");
    }
    return {};
}
