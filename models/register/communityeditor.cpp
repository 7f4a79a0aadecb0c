#include "communityeditor.h"

#include "communitystore.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString json(const CommunityEditor::Entry &e)
{
    QJsonObject o{{QStringLiteral("name"), e.name}, {QStringLiteral("code"), e.code}};
    if (e.areaKm2 > 0)
        o.insert(QStringLiteral("area_km2"), e.areaKm2);
    o.insert(QStringLiteral("archived"), e.archived ? 1 : 0);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

CommunityEditor::CommunityEditor(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<CommunityEditor::Entry> CommunityEditor::list() const
{
    QList<Entry> out;
    if (!m_scope.isSignedIn())
        return out;
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, coalesce(c.code, ''), c.name, coalesce(c.street, ''), "
                                    "coalesce(c.area_km2, 0), c.archived, (SELECT count(*) FROM grid g WHERE "
                                    "g.community_id = c.id AND g.archived = 0) FROM community c ORDER BY "
                                    "coalesce(c.code, ''), c.id"));
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toDouble(), q.value(5).toInt() != 0, q.value(6).toInt()});
    return out;
}

CommunityEditor::Entry CommunityEditor::entry(qint64 id) const
{
    for (const Entry &e : list())
        if (e.id == id)
            return e;
    return {};
}

qint64 CommunityEditor::idByCode(const QString &code) const
{
    const QString wanted = code.trimmed();
    for (const Entry &e : list())
        if (!wanted.isEmpty() && e.code.compare(wanted, Qt::CaseInsensitive) == 0)
            return e.id;
    return 0;
}

QString CommunityEditor::refusal() const
{
    if (const QString why = m_scope.editRefusal(); !why.isEmpty())
        return why;
    // A community's clerk works inside it; which communities the street has is the street's.
    if (!m_scope.canAdminister() || !m_scope.isStreetLevel())
        return tr("Communities: only an administrator of the street may add, rename or archive communities.");
    return QString();
}

SaveResult CommunityEditor::failed(const QString &field, const QString &message) const
{
    return {false, 0, {{field, message, 0}}, {}};
}

bool CommunityEditor::nameTaken(const QString &name, qint64 exceptId) const
{
    for (const Entry &e : list())
        if (e.id != exceptId && !e.archived && e.name == name)
            return true;
    return false;
}

SaveResult CommunityEditor::add(const QString &name, const QString &code, double areaKm2)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString n = name.trimmed();
    const QString c = code.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the community's name, e.g. 幸福社区."));
    if (c.isEmpty())
        return failed(QStringLiteral("code"), tr("Code: enter the community's code, e.g. C03."));
    if (idByCode(c))
        return failed(QStringLiteral("code"), tr("Code: the street already has a community with the code %1.").arg(c));
    if (nameTaken(n, 0))
        return failed(QStringLiteral("name"), tr("Name: the street already has a community called %1.").arg(n));
    if (areaKm2 < 0)
        return failed(QStringLiteral("area"), tr("Area: enter the area in square kilometres, e.g. 1.2."));
    // A new community belongs to the street the others do.
    const QString street = CommunityStore(m_db, m_scope).allCommunities().isEmpty()
                               ? QString()
                               : CommunityStore(m_db, m_scope).streetName();
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO community (name, code, street, area_km2, archived) VALUES (?, ?, ?, "
                                    "?, 0)"));
    if (!q.exec(n, c, SqlValues::textOrNull(street),
                areaKm2 > 0 ? QVariant(areaKm2) : QVariant(QMetaType::fromType<double>())))
        return failed(QString(), tr("The community could not be saved."));
    const qint64 id = q.lastInsertId();
    Entry after{id, c, n, street, areaKm2, false, 0};
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("community"), id, QStringLiteral("insert"), QString(), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The community could not be saved."));
    return {true, id, {}, {}};
}

SaveResult CommunityEditor::rename(qint64 id, const QString &name)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const Entry before = entry(id);
    if (!before.id)
        return failed(QStringLiteral("community"), tr("Community: choose the community to rename."));
    const QString n = name.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("name"), tr("Name: enter the community's new name."));
    if (n == before.name)
        return {true, id, {}, {}};
    if (nameTaken(n, id))
        return failed(QStringLiteral("name"), tr("Name: the street already has a community called %1.").arg(n));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE community SET name = ? WHERE id = ?"));
    Entry after = before;
    after.name = n;
    if (!q.exec(n, id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("community"), id, QStringLiteral("update"), json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The community could not be saved."));
    return {true, id, {}, {}};
}

SaveResult CommunityEditor::archive(qint64 id)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const Entry before = entry(id);
    if (!before.id)
        return failed(QStringLiteral("community"), tr("Community: choose the community to archive."));
    if (before.archived)
        return {true, id, {}, {}};
    int active = 0;
    for (const Entry &e : list())
        active += e.archived ? 0 : 1;
    if (active <= 1)
        return failed(QStringLiteral("community"),
                      tr("Community: %1 is the street's last community and cannot be archived.").arg(before.name));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE community SET archived = 1 WHERE id = ?"));
    Entry after = before;
    after.archived = true;
    if (!q.exec(id) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("community"), id, QStringLiteral("archive"), json(before), json(after)) ||
        !tx.commit())
        return failed(QString(), tr("The community could not be saved."));
    return {true, id, {}, {}};
}
