#include "placestore.h"

#include "communitystore.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "registerrows.h"
#include "residentsearchindex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject named(const QString &name)
{
    return {{QStringLiteral("name"), name}};
}

} // namespace

PlaceStore::PlaceStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

PlaceStore::Community PlaceStore::community() const
{
    // The community in view (the only one on a one-community database), never just the first.
    const CommunityStore::Community found =
        CommunityStore(m_db, m_scope).community(CommunityStore(m_db, m_scope).homeCommunityId());
    return {found.id, found.street, found.name};
}

bool PlaceStore::isEmpty() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (SELECT id FROM household LIMIT 1) h"));
    return q.exec() && q.scalar().toInt() == 0;
}

QList<PlaceStore::Compound> PlaceStore::compounds() const
{
    // A grid worker sees the compounds that have a building in their grids.
    const QString filter = RegisterRows::grids(m_scope, QStringLiteral("b.grid_id"));
    const QString scope = m_scope.seesAllGrids()
                              ? QString()
                              : QStringLiteral(" AND c.id IN (SELECT b.compound_id FROM building b WHERE 1 = 1") +
                                    filter + QLatin1Char(')');
    SqlQuery q(m_db, QStringLiteral("SELECT c.id, c.name, (SELECT count(*) FROM building b WHERE b.compound_id = c.id "
                                    "AND b.archived = 0") +
                         filter + QStringLiteral(") FROM compound c WHERE c.archived = 0") + scope +
                         RegisterRows::communities(m_scope, QStringLiteral("c.community_id")) +
                         QStringLiteral(" ORDER BY length(c.name), c.name, c.id"));
    QList<Compound> list;
    if (q.exec())
        while (q.next())
            list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt()});
    return list;
}

QList<PlaceStore::Building> PlaceStore::buildings(qint64 compoundId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT b.id, b.compound_id, b.name, coalesce(b.grid_id, 0), coalesce(g.code, ''), "
                                    "coalesce(b.units, 0), (SELECT count(*) FROM household h WHERE h.building_id = "
                                    "b.id) FROM building b LEFT JOIN grid g ON g.id = b.grid_id WHERE b.compound_id "
                                    "= ? AND b.archived = 0") +
                         RegisterRows::grids(m_scope, QStringLiteral("b.grid_id")) +
                         QStringLiteral(" ORDER BY length(b.name), b.name, b.id"));
    QList<Building> list;
    if (q.exec(compoundId))
        while (q.next()) {
            Building b;
            b.id = q.value(0).toLongLong();
            b.compoundId = q.value(1).toLongLong();
            b.name = q.value(2).toString();
            b.gridId = q.value(3).toLongLong();
            b.gridCode = q.value(4).toString();
            b.units = q.value(5).toInt();
            b.households = q.value(6).toInt();
            list << b;
        }
    return list;
}

qint64 PlaceStore::compoundId(const QString &name) const
{
    // Compound names are unique within their community; two communities may each have a 幸福里.
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM compound WHERE name = ? AND archived = 0 AND (? = 0 OR "
                                    "community_id = ?)") +
                         RegisterRows::communities(m_scope, QStringLiteral("community_id")) +
                         QStringLiteral(" ORDER BY id LIMIT 1"));
    const qint64 home = communityIdOrZero();
    return q.exec(name.trimmed(), home, home) ? q.scalar().toLongLong() : 0;
}

qint64 PlaceStore::buildingId(qint64 compoundId, const QString &name) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM building WHERE compound_id = ? AND name = ? AND archived = 0 "
                                    "ORDER BY id LIMIT 1"));
    return q.exec(compoundId, name.trimmed()) ? q.scalar().toLongLong() : 0;
}

qint64 PlaceStore::gridId(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM grid WHERE code = ? AND archived = 0 AND (? = 0 OR community_id = "
                                    "?)") +
                         RegisterRows::communities(m_scope, QStringLiteral("community_id")) +
                         QStringLiteral(" ORDER BY id LIMIT 1"));
    const qint64 home = communityIdOrZero();
    return q.exec(code.trimmed(), home, home) ? q.scalar().toLongLong() : 0;
}

QString PlaceStore::refusal() const
{
    // The place hierarchy belongs to the whole office, like the grids.
    return m_scope.officeRefusal();
}

qint64 PlaceStore::communityIdOrZero() const
{
    return CommunityStore(m_db, m_scope).homeCommunityId();
}

SaveResult PlaceStore::failed(const QString &field, const QString &message) const
{
    return {false, 0, {{field, message, 0}}, {}};
}

bool PlaceStore::audit(const QString &table, qint64 id, const QString &action, const QString &before,
                       const QString &after)
{
    return AuditLog(m_db, m_scope).record(table, id, action, before, after);
}

bool PlaceStore::reindexBuilding(qint64 buildingId)
{
    // Addresses are part of every member's search row: a new name must be found by search.
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM household WHERE building_id = ?"));
    if (!q.exec(buildingId))
        return false;
    QList<qint64> households;
    while (q.next())
        households << q.value(0).toLongLong();
    for (const qint64 h : households)
        if (!ResidentSearchIndex::updateHousehold(m_db, h))
            return false;
    return true;
}

SaveResult PlaceStore::setCommunity(const QString &street, const QString &name)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString s = street.trimmed();
    const QString n = name.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("community"), tr("Community: enter the community's name, e.g. 幸福社区."));
    const Community before = community();
    if (before.id == 0 && !CommunityStore(m_db, m_scope).allCommunities().isEmpty())
        return failed(QStringLiteral("community"), tr("Community: choose the community to rename first."));
    Transaction tx(m_db);
    qint64 id = before.id;
    if (id == 0) {
        SqlQuery q(m_db, QStringLiteral("INSERT INTO community (name, street) VALUES (?, ?)"));
        if (!q.exec(n, SqlValues::textOrNull(s)))
            return failed(QString(), tr("The community could not be saved."));
        id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE community SET name = ?, street = ? WHERE id = ?"));
        if (!q.exec(n, SqlValues::textOrNull(s), id))
            return failed(QString(), tr("The community could not be saved."));
    }
    const QString beforeJson =
        before.id ? json({{QStringLiteral("name"), before.name}, {QStringLiteral("street"), before.street}})
                  : QString();
    if (!audit(QStringLiteral("community"), id, before.id ? QStringLiteral("update") : QStringLiteral("insert"),
               beforeJson, json({{QStringLiteral("name"), n}, {QStringLiteral("street"), s}})) ||
        !tx.commit())
        return failed(QString(), tr("The community could not be saved."));
    return {true, id, {}, {}};
}

SaveResult PlaceStore::addCompound(const QString &name)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("compound"), tr("Compound: enter the compound's name, e.g. 幸福里."));
    const qint64 community = communityIdOrZero();
    if (!community)
        return failed(QStringLiteral("community"), tr("Community: name the community first."));
    if (compoundId(n))
        return failed(QStringLiteral("compound"), tr("Compound: there is already a compound named %1.").arg(n));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO compound (community_id, name) VALUES (?, ?)"));
    if (!q.exec(community, n))
        return failed(QString(), tr("The compound could not be saved."));
    const qint64 id = q.lastInsertId();
    if (!audit(QStringLiteral("compound"), id, QStringLiteral("insert"), QString(), json(named(n))) || !tx.commit())
        return failed(QString(), tr("The compound could not be saved."));
    return {true, id, {}, {}};
}

SaveResult PlaceStore::renameCompound(qint64 compoundId, const QString &name)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("compound"), tr("Compound: enter the compound's new name."));
    SqlQuery old(m_db, QStringLiteral("SELECT name FROM compound WHERE id = ? AND archived = 0"));
    const QString before = old.exec(compoundId) ? old.scalar().toString() : QString();
    if (before.isEmpty())
        return failed(QStringLiteral("compound"), tr("Compound: this compound no longer exists."));
    if (const qint64 other = this->compoundId(n); other && other != compoundId)
        return failed(QStringLiteral("compound"), tr("Compound: there is already a compound named %1.").arg(n));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE compound SET name = ? WHERE id = ?"));
    if (!q.exec(n, compoundId))
        return failed(QString(), tr("The compound could not be renamed."));
    SqlQuery members(m_db, QStringLiteral("SELECT id FROM building WHERE compound_id = ?"));
    QList<qint64> buildingIds;
    if (members.exec(compoundId))
        while (members.next())
            buildingIds << members.value(0).toLongLong();
    for (const qint64 b : buildingIds)
        if (!reindexBuilding(b))
            return failed(QString(), tr("The compound could not be renamed."));
    if (!audit(QStringLiteral("compound"), compoundId, QStringLiteral("rename"), json(named(before)), json(named(n))) ||
        !tx.commit())
        return failed(QString(), tr("The compound could not be renamed."));
    return {true, compoundId, {}, {}};
}

SaveResult PlaceStore::addBuilding(qint64 compoundId, const QString &name, qint64 gridId, int units)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString n = name.trimmed();
    SqlQuery c(m_db, QStringLiteral("SELECT count(*) FROM compound WHERE id = ? AND archived = 0") +
                         RegisterRows::communities(m_scope, QStringLiteral("community_id")));
    if (!c.exec(compoundId) || c.scalar().toInt() == 0)
        return failed(QStringLiteral("compound"), tr("Compound: choose the compound the building stands in."));
    if (n.isEmpty())
        return failed(QStringLiteral("building"), tr("Building: enter the building's name, e.g. 3号楼."));
    if (buildingId(compoundId, n))
        return failed(QStringLiteral("building"),
                      tr("Building: this compound already has a building named %1.").arg(n));
    if (gridId) {
        SqlQuery g(m_db, QStringLiteral("SELECT count(*) FROM grid WHERE id = ? AND archived = 0") +
                             RegisterRows::communities(m_scope, QStringLiteral("community_id")));
        if (!g.exec(gridId) || g.scalar().toInt() == 0)
            return failed(QStringLiteral("grid"), tr("Grid: choose an active grid, or none."));
    }
    if (units < 0 || units > 99)
        return failed(QStringLiteral("units"), tr("Units: enter a number from 0 to 99."));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("INSERT INTO building (compound_id, grid_id, name, units) VALUES (?, ?, ?, ?)"));
    const QVariant noNumber(QMetaType(QMetaType::LongLong));
    if (!q.exec(compoundId, gridId ? QVariant(gridId) : noNumber, n, units ? QVariant(units) : noNumber))
        return failed(QString(), tr("The building could not be saved."));
    const qint64 id = q.lastInsertId();
    const QJsonObject after{{QStringLiteral("name"), n},
                            {QStringLiteral("compound_id"), compoundId},
                            {QStringLiteral("grid_id"), gridId},
                            {QStringLiteral("units"), units}};
    if (!audit(QStringLiteral("building"), id, QStringLiteral("insert"), QString(), json(after)) || !tx.commit())
        return failed(QString(), tr("The building could not be saved."));
    return {true, id, {}, {}};
}

SaveResult PlaceStore::renameBuilding(qint64 buildingId, const QString &name)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    const QString n = name.trimmed();
    if (n.isEmpty())
        return failed(QStringLiteral("building"), tr("Building: enter the building's new name."));
    SqlQuery old(m_db, QStringLiteral("SELECT name, compound_id FROM building WHERE id = ? AND archived = 0"));
    if (!old.exec(buildingId) || !old.next())
        return failed(QStringLiteral("building"), tr("Building: this building no longer exists."));
    const QString before = old.value(0).toString();
    const qint64 compound = old.value(1).toLongLong();
    if (const qint64 other = this->buildingId(compound, n); other && other != buildingId)
        return failed(QStringLiteral("building"),
                      tr("Building: this compound already has a building named %1.").arg(n));
    Transaction tx(m_db);
    SqlQuery q(m_db, QStringLiteral("UPDATE building SET name = ? WHERE id = ?"));
    if (!q.exec(n, buildingId) || !reindexBuilding(buildingId))
        return failed(QString(), tr("The building could not be renamed."));
    if (!audit(QStringLiteral("building"), buildingId, QStringLiteral("rename"), json(named(before)), json(named(n))) ||
        !tx.commit())
        return failed(QString(), tr("The building could not be renamed."));
    return {true, buildingId, {}, {}};
}

SaveResult PlaceStore::mergeBuildings(qint64 fromId, qint64 intoId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    if (fromId == intoId)
        return failed(QStringLiteral("into"), tr("Merge into: choose a different building."));
    SqlQuery read(m_db, QStringLiteral("SELECT name, compound_id FROM building WHERE id = ? AND archived = 0"));
    if (!read.exec(fromId) || !read.next())
        return failed(QStringLiteral("from"), tr("Building: this building no longer exists."));
    const QString fromName = read.value(0).toString();
    const qint64 fromCompound = read.value(1).toLongLong();
    if (!read.exec(intoId) || !read.next())
        return failed(QStringLiteral("into"), tr("Merge into: this building no longer exists."));
    const QString intoName = read.value(0).toString();
    if (read.value(1).toLongLong() != fromCompound)
        return failed(QStringLiteral("into"), tr("Merge into: choose a building of the same compound."));

    Transaction tx(m_db);
    QList<qint64> moved;
    if (!moveHouseholds(fromId, intoId, &moved))
        return failed(QString(), tr("The buildings could not be merged."));
    const QJsonObject before{{QStringLiteral("name"), fromName}, {QStringLiteral("households"), moved.size()}};
    const QJsonObject after{{QStringLiteral("merged_into"), intoId},
                            {QStringLiteral("into_name"), intoName},
                            {QStringLiteral("households_moved"), moved.size()}};
    if (!audit(QStringLiteral("building"), fromId, QStringLiteral("merge"), json(before), json(after)) || !tx.commit())
        return failed(QString(), tr("The buildings could not be merged."));
    return {true, intoId, {}, {}};
}

bool PlaceStore::moveHouseholds(qint64 fromId, qint64 intoId, QList<qint64> *moved)
{
    SqlQuery households(m_db, QStringLiteral("SELECT id FROM household WHERE building_id = ?"));
    if (!households.exec(fromId))
        return false;
    QList<qint64> ids;
    while (households.next())
        ids << households.value(0).toLongLong();
    SqlQuery move(m_db, QStringLiteral("UPDATE household SET building_id = ?, row_version = row_version + 1 WHERE "
                                       "building_id = ?"));
    SqlQuery archive(m_db, QStringLiteral("UPDATE building SET archived = 1 WHERE id = ?"));
    if (!move.exec(intoId, fromId) || !archive.exec(fromId))
        return false;
    for (const qint64 h : std::as_const(ids))
        if (!ResidentSearchIndex::updateHousehold(m_db, h))
            return false;
    if (moved)
        *moved += ids;
    return true;
}

SaveResult PlaceStore::mergeCompounds(qint64 fromId, qint64 intoId)
{
    if (const QString why = refusal(); !why.isEmpty())
        return failed(QString(), why);
    if (fromId == intoId)
        return failed(QStringLiteral("into"), tr("Merge into: choose a different compound."));
    SqlQuery read(m_db, QStringLiteral("SELECT name FROM compound WHERE id = ? AND archived = 0"));
    const QString fromName = read.exec(fromId) && read.next() ? read.value(0).toString() : QString();
    if (fromName.isEmpty())
        return failed(QStringLiteral("from"), tr("Compound: this compound no longer exists."));
    const QString intoName = read.exec(intoId) && read.next() ? read.value(0).toString() : QString();
    if (intoName.isEmpty())
        return failed(QStringLiteral("into"), tr("Merge into: this compound no longer exists."));

    Transaction tx(m_db);
    const QString failure = tr("The compounds could not be merged.");
    QList<qint64> moved; // households that changed building
    QJsonArray buildingsMoved;
    QJsonArray buildingsMerged;
    const QList<Building> from = buildings(fromId);
    SqlQuery rehome(m_db, QStringLiteral("UPDATE building SET compound_id = ? WHERE id = ?"));
    for (const Building &b : from) {
        if (const qint64 twin = buildingId(intoId, b.name)) {
            if (!moveHouseholds(b.id, twin, &moved))
                return failed(QString(), failure);
            buildingsMerged.append(b.name);
        } else {
            if (!rehome.exec(intoId, b.id) || !reindexBuilding(b.id))
                return failed(QString(), failure);
            buildingsMoved.append(b.name);
        }
    }
    SqlQuery archive(m_db, QStringLiteral("UPDATE compound SET archived = 1 WHERE id = ?"));
    if (!archive.exec(fromId))
        return failed(QString(), failure);
    const QJsonObject before{{QStringLiteral("name"), fromName}, {QStringLiteral("buildings"), from.size()}};
    const QJsonObject after{{QStringLiteral("merged_into"), intoId},
                            {QStringLiteral("into_name"), intoName},
                            {QStringLiteral("buildings_moved"), buildingsMoved},
                            {QStringLiteral("buildings_merged"), buildingsMerged},
                            {QStringLiteral("households_moved"), moved.size()}};
    if (!audit(QStringLiteral("compound"), fromId, QStringLiteral("merge"), json(before), json(after)) || !tx.commit())
        return failed(QString(), failure);
    return {true, intoId, {}, {}};
}
