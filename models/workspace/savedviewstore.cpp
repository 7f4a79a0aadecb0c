#include "savedviewstore.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

QString json(const QString &list, const QString &name)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("list"), list}, {QStringLiteral("name"), name}})
                                 .toJson(QJsonDocument::Compact));
}
} // namespace

SavedViewStore::SavedViewStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<SavedView> SavedViewStore::views(const QString &list) const
{
    QList<SavedView> result;
    if (!m_scope.isSignedIn())
        return result;
    SqlQuery q(m_db, QStringLiteral("SELECT id, name, state, created_by FROM saved_view WHERE list = ? AND "
                                    "archived_at IS NULL ORDER BY name, id"));
    if (!q.exec(list))
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return result;
}

SaveResult SavedViewStore::refused(const QString &message) const
{
    SaveResult r;
    r.errors.append({QStringLiteral("name"), message});
    return r;
}

qint64 SavedViewStore::idOf(const QString &list, const QString &name) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM saved_view WHERE list = ? AND name = ? AND archived_at IS NULL"));
    return q.exec(list, name) && q.next() ? q.value(0).toLongLong() : 0;
}

QString SavedViewStore::listOf(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT list FROM saved_view WHERE id = ? AND archived_at IS NULL"));
    return q.exec(id) && q.next() ? q.value(0).toString() : QString();
}

SaveResult SavedViewStore::save(const QString &list, const QString &name, const QString &state)
{
    // The office's shared views change as its records do: not by a viewer (the server agrees).
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return refused(why);
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return refused(tr("View name: please enter a name."));
    Transaction tx(m_db);
    const qint64 existing = idOf(list, trimmed);
    SaveResult r;
    if (existing) {
        SqlQuery q(m_db, QStringLiteral("UPDATE saved_view SET state = ?, updated_at = ? WHERE id = ?"));
        if (!tx.isActive() || !q.exec(state, now(), existing) ||
            !AuditLog(m_db, m_scope)
                 .record(QStringLiteral("saved_view"), existing, QStringLiteral("update"), QString(),
                         json(list, trimmed)) ||
            !tx.commit())
            return refused(tr("View: it could not be saved; please try again."));
        r.id = existing;
    } else {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO saved_view (list, name, state, created_by, created_at) VALUES "
                                        "(?, ?, ?, ?, ?)"));
        if (!tx.isActive() || !q.exec(list, trimmed, state, m_scope.userName(), now()))
            return refused(tr("View: it could not be saved; please try again."));
        r.id = q.lastInsertId();
        if (!AuditLog(m_db, m_scope)
                 .record(QStringLiteral("saved_view"), r.id, QStringLiteral("insert"), QString(),
                         json(list, trimmed)) ||
            !tx.commit())
            return refused(tr("View: it could not be saved; please try again."));
    }
    r.ok = true;
    return r;
}

SaveResult SavedViewStore::rename(qint64 id, const QString &name)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return refused(why);
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return refused(tr("View name: please enter a name."));
    Transaction tx(m_db);
    const QString list = listOf(id);
    if (list.isEmpty())
        return refused(tr("View: it no longer exists; another desk may have deleted it."));
    const qint64 other = idOf(list, trimmed);
    if (other && other != id)
        return refused(tr("View name: a view named %1 already exists.").arg(trimmed));
    SqlQuery q(m_db, QStringLiteral("UPDATE saved_view SET name = ?, updated_at = ? WHERE id = ?"));
    if (!tx.isActive() || !q.exec(trimmed, now(), id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("saved_view"), id, QStringLiteral("update"), QString(), json(list, trimmed)) ||
        !tx.commit())
        return refused(tr("View: it could not be renamed; please try again."));
    SaveResult r;
    r.ok = true;
    r.id = id;
    return r;
}

SaveResult SavedViewStore::archive(qint64 id)
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return refused(why);
    Transaction tx(m_db);
    const QString list = listOf(id);
    if (list.isEmpty())
        return refused(tr("View: it no longer exists; another desk may have deleted it."));
    SqlQuery q(m_db, QStringLiteral("UPDATE saved_view SET archived_at = ? WHERE id = ?"));
    if (!tx.isActive() || !q.exec(now(), id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("saved_view"), id, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return refused(tr("View: it could not be deleted; please try again."));
    SaveResult r;
    r.ok = true;
    r.id = id;
    return r;
}
