#include "audittablemodel.h"

#include "models/access/accessscope.h"
#include "models/core/sqlquery.h"

AuditTableModel::AuditTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
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

void AuditTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    QVariantList bindings;
    SqlQuery count(m_db, QStringLiteral("SELECT count(*) FROM audit_log") + whereClause(&bindings));
    for (const QVariant &v : std::as_const(bindings))
        count.bind(v);
    m_count = count.scalar().toInt();
    endResetModel();
    emit countChanged(m_count);
}

bool AuditTableModel::loadPage(int page, QVector<AuditEntry> *rows) const
{
    QVariantList bindings;
    SqlQuery q(m_db, QStringLiteral("SELECT id, at, user_name, table_name, record_id, action, before_json, "
                                    "after_json FROM audit_log") +
                         whereClause(&bindings) + QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?"));
    for (const QVariant &v : std::as_const(bindings))
        q.bind(v);
    if (!q.exec(kPageSize, page * kPageSize))
        return false;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        e.user = q.value(2).toString();
        e.table = q.value(3).toString();
        e.recordId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.beforeJson = q.value(6).toString();
        e.afterJson = q.value(7).toString();
        rows->append(e);
    }
    return true;
}

const AuditEntry *AuditTableModel::row(int index) const
{
    if (index < 0 || index >= m_count)
        return nullptr;
    return m_pages.row(index, [this](int page, QVector<AuditEntry> *rows) { return loadPage(page, rows); });
}

std::optional<AuditEntry> AuditTableModel::entry(int index) const
{
    const AuditEntry *e = row(index);
    return e ? std::optional<AuditEntry>(*e) : std::nullopt;
}

QStringList AuditTableModel::users() const
{
    QStringList list;
    if (!m_scope.canAdminister())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT user_name FROM audit_log WHERE user_name IS NOT NULL ORDER BY "
                                    "user_name"));
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

QStringList AuditTableModel::tables() const
{
    QStringList list;
    if (!m_scope.canAdminister())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT table_name FROM audit_log ORDER BY table_name"));
    if (q.exec())
        while (q.next())
            list << q.value(0).toString();
    return list;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || !index.isValid())
        return {};
    const AuditEntry *e = row(index.row());
    if (!e)
        return {};
    switch (index.column()) {
    case At:
        return e->at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case User:
        return e->user;
    case Table:
        return AuditEntry::tableName(e->table);
    case Record:
        return e->recordId > 0 ? QString::number(e->recordId) : QString();
    case Action:
        return AuditEntry::actionName(e->action);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
