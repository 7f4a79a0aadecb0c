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
    e.userDisplayName = q.value(8).toString();
    e.recordText = q.value(9).toString();
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

QString AuditTableModel::whereClause(QVariantList *bindings, int exceptColumn) const
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
    QStringList terms;
    addColumnTerms(&terms, bindings, exceptColumn);
    for (const QString &term : std::as_const(terms))
        where += QStringLiteral(" AND ") + term;
    return where;
}

QList<ColumnSql> AuditTableModel::filterColumns() const
{
    ColumnSql user{User,
                   QStringLiteral("user_name"),
                   QStringLiteral("coalesce((SELECT display_name FROM account WHERE login = audit_log.user_name), "
                                  "user_name)"),
                   {}};
    ColumnSql table{Table, QStringLiteral("table_name"), {}, {}};
    table.labelOf = [](const QString &code) { return AuditEntry::tableName(code); };
    ColumnSql action{Action, QStringLiteral("action"), {}, {}};
    action.labelOf = [](const QString &code) { return AuditEntry::actionName(code); };
    return {user, table, action};
}

QString AuditTableModel::filterFrom() const
{
    return QStringLiteral("audit_log");
}

QString AuditTableModel::filterWhere(QVariantList *bindings, int exceptColumn) const
{
    return whereClause(bindings, exceptColumn);
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
    return readPage(QStringLiteral("SELECT id, at, user_name, table_name, record_id, action, before_json, after_json, "
                                   "(SELECT display_name FROM account WHERE login = audit_log.user_name), ") +
                        recordWords() + QStringLiteral(" FROM audit_log") + where + QStringLiteral(" ORDER BY id DESC"),
                    bindings, offset, limit, rows, readEntry);
}

QString AuditTableModel::recordWords()
{
    // One primary-key probe per row of the page; a record since removed or of another kind reads
    // as NULL and the page shows its number.
    return QStringLiteral(
        "CASE audit_log.table_name "
        "WHEN 'resident' THEN (SELECT name FROM resident WHERE id = audit_log.record_id) "
        "WHEN 'household' THEN (SELECT coalesce(c.name, '') || ' ' || coalesce(b.name, '') || ' ' || h.unit || "
        "'-' || h.room || '|' || coalesce((SELECT r.name FROM resident r WHERE r.household_id = h.id AND r.relation "
        "= 'head' ORDER BY r.id LIMIT 1), '') FROM household h LEFT JOIN building b ON b.id = h.building_id LEFT "
        "JOIN compound c ON c.id = b.compound_id WHERE h.id = audit_log.record_id) "
        "WHEN 'cases' THEN (SELECT case_no FROM cases WHERE id = audit_log.record_id) "
        "WHEN 'volunteer' THEN (SELECT name FROM volunteer WHERE id = audit_log.record_id) "
        "WHEN 'event' THEN (SELECT title FROM event WHERE id = audit_log.record_id) "
        "WHEN 'grid' THEN (SELECT name FROM grid WHERE id = audit_log.record_id) "
        "WHEN 'area' THEN (SELECT name FROM area WHERE id = audit_log.record_id) "
        "WHEN 'compound' THEN (SELECT name FROM compound WHERE id = audit_log.record_id) "
        "WHEN 'building' THEN (SELECT coalesce(c.name, '') || ' ' || b.name FROM building b LEFT JOIN compound c ON "
        "c.id = b.compound_id WHERE b.id = audit_log.record_id) "
        "WHEN 'account' THEN (SELECT coalesce(display_name, login) FROM account WHERE id = audit_log.record_id) "
        "WHEN 'volunteer_team' THEN (SELECT name FROM volunteer_team WHERE id = audit_log.record_id) "
        "END");
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

QHash<QString, QString> AuditTableModel::userNames() const
{
    QHash<QString, QString> names;
    if (!m_scope.canAdminister())
        return names;
    SqlQuery q(database(), QStringLiteral("SELECT login, display_name FROM account WHERE display_name IS NOT NULL "
                                          "AND display_name <> ''"));
    if (q.exec())
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
    return names;
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
        return e.who();
    case Table:
        return AuditEntry::tableName(e.table);
    case Record:
        return e.record();
    case Action:
        return AuditEntry::actionName(e.action);
    case Summary:
        return e.summary();
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
    case Summary:
        return tr("What happened");
    }
    return {};
}
