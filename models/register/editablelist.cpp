#include "editablelist.h"

#include "models/access/accessscope.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

EditableList::EditableList(QSqlDatabase db, const AccessScope &scope, Table table, Texts texts)
    : m_db(std::move(db))
    , m_scope(scope)
    , m_table(table)
    , m_texts(std::move(texts))
{}

QString EditableList::table() const
{
    // A constant per list: the only text that ever becomes part of the SQL.
    switch (m_table) {
    case Table::EventTypes:
        return QStringLiteral("event_type");
    case Table::MeetingKinds:
        return QStringLiteral("meeting_kind");
    case Table::ErrandTypes:
        return QStringLiteral("errand_type");
    case Table::CaseDepartments:
        return QStringLiteral("case_department");
    case Table::AssistanceKinds:
        return QStringLiteral("assistance_kind");
    }
    Q_UNREACHABLE();
    return QString();
}

SaveResult EditableList::failed(const QString &field, const QString &message)
{
    SaveResult result;
    result.errors.append({field, message, 0});
    return result;
}

QList<ListEntry> EditableList::entries(bool includeArchived) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, code, name, sort_order, archived FROM %1 WHERE archived = 0 OR ? = 1 "
                                    "ORDER BY sort_order, id")
                         .arg(table()));
    QList<ListEntry> list;
    if (q.exec(includeArchived ? 1 : 0))
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                         q.value(4).toInt() != 0});
    return list;
}

SaveResult EditableList::save(ListEntry &entry) const
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    entry.name = entry.name.trimmed();
    if (entry.name.isEmpty())
        return failed(QStringLiteral("name"), m_texts.emptyName);
    SqlQuery dup(m_db,
                 QStringLiteral("SELECT count(*) FROM %1 WHERE name = ? AND id <> ? AND archived = 0").arg(table()));
    if (dup.exec(entry.name, entry.id) && dup.scalar().toInt() > 0)
        return failed(QStringLiteral("name"), m_texts.duplicateName.arg(entry.name));
    Transaction tx(m_db);
    if (entry.id == 0) {
        SqlQuery next(
            m_db,
            QStringLiteral("SELECT coalesce(max(id), 0) + 1, coalesce(max(sort_order), 0) + 1 FROM %1").arg(table()));
        if (!next.exec() || !next.next())
            return failed(QString(), m_texts.notSaved);
        // The code only has to be unique and stable; clerks see the name.
        if (entry.code.isEmpty())
            entry.code = QStringLiteral("custom_%1").arg(next.value(0).toLongLong());
        entry.sortOrder = next.value(1).toInt();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO %1 (code, name, sort_order) VALUES (?, ?, ?)").arg(table()));
        if (!q.exec(entry.code, entry.name, entry.sortOrder))
            return failed(QString(), m_texts.notSaved);
        entry.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE %1 SET name = ? WHERE id = ?").arg(table()));
        if (!q.exec(entry.name, entry.id) || q.numRowsAffected() != 1)
            return failed(QString(), m_texts.notSaved);
    }
    if (!AuditLog(m_db, m_scope).record(table(), entry.id, QStringLiteral("save"), QString(), entry.name) ||
        !tx.commit())
        return failed(QString(), m_texts.notSaved);
    return {true, entry.id, {}, {}};
}

SaveResult EditableList::archive(qint64 id) const
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return failed(QString(), why);
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE %1 SET archived = 1 WHERE id = ? AND archived = 0").arg(table()));
    if (!q.exec(id) || q.numRowsAffected() != 1 ||
        !AuditLog(m_db, m_scope).record(table(), id, QStringLiteral("archive"), QString(), QString()) || !tx.commit())
        return failed(QString(), m_texts.notArchived);
    return {true, id, {}, {}};
}
