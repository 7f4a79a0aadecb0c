#include "formmappingstore.h"

#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kSelect = QStringLiteral("SELECT id, fingerprint, title, sheet, kind, columns, people, template_path, "
                                       "last_output, filled_at FROM form_mapping ");

RememberedForm fromQuery(SqlQuery &q)
{
    RememberedForm f;
    f.id = q.value(0).toLongLong();
    f.fingerprint = q.value(1).toString();
    f.title = q.value(2).toString();
    f.sheet = q.value(3).toString();
    f.kind = q.value(4).toString();
    f.mapping = FormMapping::fromJson(q.value(5).toString());
    f.people = FormPeople::fromJson(q.value(6).toString());
    f.templatePath = q.value(7).toString();
    f.lastOutput = q.value(8).toString();
    f.filledAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    return f;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

FormMappingStore::FormMappingStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

SaveResult FormMappingStore::refused(const QString &message) const
{
    SaveResult r;
    r.errors.append({QStringLiteral("form"), message});
    return r;
}

std::optional<RememberedForm> FormMappingStore::find(const QString &fingerprint) const
{
    if (!m_scope.isSignedIn())
        return std::nullopt;
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE fingerprint = ? AND archived_at IS NULL"));
    if (!q.exec(fingerprint) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<RememberedForm> FormMappingStore::forms() const
{
    QList<RememberedForm> list;
    if (!m_scope.isSignedIn())
        return list;
    SqlQuery q(m_db, kSelect + QStringLiteral("WHERE archived_at IS NULL ORDER BY coalesce(filled_at, updated_at) "
                                              "DESC, id DESC"));
    if (!q.exec())
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

SaveResult FormMappingStore::remember(const RememberedForm &form)
{
    if (!m_scope.canEdit())
        return refused(m_scope.editRefusal());
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(tr("The form's mapping could not be saved; the database is busy. Try again."));
    const QString kind = form.kind == QLatin1String("counts") ? form.kind : QStringLiteral("people");
    SqlQuery existing(m_db, QStringLiteral("SELECT id FROM form_mapping WHERE fingerprint = ?"));
    qint64 id = existing.exec(form.fingerprint) && existing.next() ? existing.value(0).toLongLong() : 0;
    bool ok = false;
    if (id > 0) {
        SqlQuery q(m_db, QStringLiteral("UPDATE form_mapping SET title = ?, sheet = ?, kind = ?, columns = ?, people = "
                                        "?, template_path = ?, updated_at = ?, archived_at = NULL WHERE id = ?"));
        ok = q.exec(form.title, form.sheet, kind, form.mapping.toJson(), form.people.toJson(), form.templatePath,
                    SqlValues::now(), id);
    } else {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO form_mapping (fingerprint, title, sheet, kind, columns, people, "
                                        "template_path, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                        "?, ?, ?, ?)"));
        ok = q.exec(form.fingerprint, form.title, form.sheet, kind, form.mapping.toJson(), form.people.toJson(),
                    form.templatePath, m_scope.userName(), SqlValues::now(), SqlValues::now());
        id = ok ? q.lastInsertId() : 0;
    }
    const QString after = json({{QStringLiteral("title"), form.title},
                                {QStringLiteral("sheet"), form.sheet},
                                {QStringLiteral("columns"), form.mapping.toJson()}});
    if (!ok ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("form_mapping"), id, QStringLiteral("update"), QString(), after) ||
        !tx.commit())
        return refused(tr("The form's mapping could not be saved."));
    SaveResult r;
    r.ok = true;
    r.id = id;
    return r;
}

SaveResult FormMappingStore::recordFilled(const QString &fingerprint, const QString &outputPath)
{
    SaveResult r;
    if (!m_scope.canEdit()) {
        r.ok = true; // a viewer may fill a form but keeps nothing in the database
        return r;
    }
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE form_mapping SET last_output = ?, filled_at = ? WHERE fingerprint = ?"));
    if (!tx.isActive() || !q.exec(outputPath, SqlValues::now(), fingerprint) || !tx.commit())
        return refused(tr("Where the form was saved could not be noted."));
    r.ok = true;
    return r;
}

SaveResult FormMappingStore::archive(qint64 id)
{
    if (!m_scope.canEdit())
        return refused(m_scope.editRefusal());
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE form_mapping SET archived_at = ? WHERE id = ?"));
    if (!tx.isActive() || !q.exec(SqlValues::now(), id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("form_mapping"), id, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return refused(tr("The form could not be removed from the list."));
    SaveResult r;
    r.ok = true;
    r.id = id;
    return r;
}
