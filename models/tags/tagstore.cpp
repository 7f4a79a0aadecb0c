#include "tagstore.h"

#include "attributetype.h"
#include "models/access/auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject tagJson(const TagInfo &t)
{
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("group"), t.group},
            {QStringLiteral("archived"), t.archived},
            {QStringLiteral("mergedInto"), t.mergedInto}};
}

QJsonObject attributeJson(const TagAttribute &a)
{
    return {{QStringLiteral("tagId"), a.tagId},
            {QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("choices"), a.choices.join(u'|')},
            {QStringLiteral("archived"), a.archived}};
}

const QString kTagColumns = QStringLiteral(
    "SELECT t.id, t.code, t.name, t.group_name, t.color, t.sort_order, t.archived, t.merged_into, (SELECT count(*) "
    "FROM resident_tag rt WHERE rt.tag_id = t.id) FROM tag t");

TagInfo readTag(SqlQuery &q)
{
    TagInfo t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.name = q.value(2).toString();
    t.group = q.value(3).toString();
    t.color = q.value(4).toString();
    t.sortOrder = q.value(5).toInt();
    t.archived = q.value(6).toInt() != 0;
    t.mergedInto = q.value(7).toLongLong();
    t.residents = q.value(8).toInt();
    return t;
}

} // namespace

TagStore::TagStore(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QList<TagInfo> TagStore::list(bool includeArchived) const
{
    QList<TagInfo> tags;
    if (!m_scope.isSignedIn())
        return tags;
    SqlQuery q(m_db, kTagColumns + (includeArchived ? QString() : QStringLiteral(" WHERE t.archived = 0")) +
                         QStringLiteral(" ORDER BY t.archived, t.sort_order, t.id"));
    if (q.exec())
        while (q.next())
            tags << readTag(q);
    for (TagInfo &t : tags)
        t.attributes = attributes(t.id);
    return tags;
}

std::optional<TagInfo> TagStore::tag(qint64 id) const
{
    SqlQuery q(m_db, kTagColumns + QStringLiteral(" WHERE t.id = ?"));
    if (!m_scope.isSignedIn() || !q.exec(id) || !q.next())
        return std::nullopt;
    TagInfo t = readTag(q);
    t.attributes = attributes(t.id);
    return t;
}

std::optional<TagInfo> TagStore::tagByCode(const QString &code) const
{
    // A code first; a name only among tags in use, where names are unique.
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM tag WHERE code = ? UNION ALL SELECT id FROM tag WHERE name = ? "
                                    "AND archived = 0"));
    if (!q.exec(code.trimmed(), code.trimmed()) || !q.next())
        return std::nullopt;
    return tag(q.value(0).toLongLong());
}

QStringList TagStore::groups() const
{
    QStringList names;
    SqlQuery q(m_db, QStringLiteral("SELECT DISTINCT group_name FROM tag WHERE group_name IS NOT NULL AND group_name "
                                    "<> '' AND archived = 0 ORDER BY group_name"));
    if (m_scope.isSignedIn() && q.exec())
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QList<TagAttribute> TagStore::attributes(qint64 tagId, bool includeArchived) const
{
    QList<TagAttribute> list;
    SqlQuery q(m_db, QStringLiteral("SELECT id, tag_id, code, name, type, choices, sort_order, archived FROM "
                                    "tag_attribute WHERE tag_id = ?") +
                         (includeArchived ? QString() : QStringLiteral(" AND archived = 0")) +
                         QStringLiteral(" ORDER BY sort_order, id"));
    if (q.exec(tagId))
        while (q.next()) {
            TagAttribute a;
            a.id = q.value(0).toLongLong();
            a.tagId = q.value(1).toLongLong();
            a.code = q.value(2).toString();
            a.name = q.value(3).toString();
            a.type = q.value(4).toString();
            a.choices = q.value(5).toString().split(u'|', Qt::SkipEmptyParts);
            a.sortOrder = q.value(6).toInt();
            a.archived = q.value(7).toInt() != 0;
            list << a;
        }
    return list;
}

SaveResult TagStore::refused(const QString &field, const QString &message) const
{
    return SaveResult{false, 0, {{field, message}}, {}};
}

QString TagStore::nameError(const QString &name, qint64 exceptId) const
{
    if (name.trimmed().isEmpty())
        return tr("Name: please enter the tag's name.");
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM tag WHERE name = ? AND archived = 0 AND id <> ?"));
    if (q.exec(name.trimmed(), exceptId) && q.next() && q.value(0).toInt() > 0)
        return tr("Name: there is already a tag named %1.").arg(name.trimmed());
    return {};
}

bool TagStore::audit(qint64 id, const QString &action, const QString &before, const QString &after) const
{
    return AuditLog(m_db, m_scope).record(QStringLiteral("tag"), id, action, before, after);
}

SaveResult TagStore::add(const QString &name, const QString &group, const QString &code, const QString &color)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    if (const QString why = nameError(name, 0); !why.isEmpty())
        return refused(QStringLiteral("name"), why);
    const QString wanted = code.trimmed();
    if (!wanted.isEmpty()) {
        SqlQuery taken(m_db, QStringLiteral("SELECT count(*) FROM tag WHERE code = ?"));
        if (taken.exec(wanted) && taken.next() && taken.value(0).toInt() > 0)
            return refused(QStringLiteral("code"), tr("Code: the code %1 is taken by another tag.").arg(wanted));
    }
    Transaction tx(m_db);
    SqlQuery order(m_db, QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM tag"));
    const int sortOrder = order.scalar().toInt();
    // A placeholder code until the id is known, when none was given.
    const QString firstCode = wanted.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : wanted;
    SqlQuery ins(m_db, QStringLiteral("INSERT INTO tag (code, name, color, sort_order, group_name) VALUES (?, ?, ?, "
                                      "?, ?)"));
    if (!tx.isActive() || !ins.exec(firstCode, name.trimmed(), color.trimmed(), sortOrder, group.trimmed()))
        return refused(QString(), tr("The tag could not be added; nothing was changed."));
    const qint64 id = ins.lastInsertId();
    if (wanted.isEmpty() && !SqlQuery(m_db, QStringLiteral("UPDATE tag SET code = ? WHERE id = ?"))
                                 .exec(QStringLiteral("tag_%1").arg(id), id))
        return refused(QString(), tr("The tag could not be added; nothing was changed."));
    const std::optional<TagInfo> after = tag(id);
    if (!after || !audit(id, QStringLiteral("insert"), QString(), json(tagJson(*after))) || !tx.commit())
        return refused(QString(), tr("The tag could not be added; nothing was changed."));
    return {true, id, {}, {}};
}

SaveResult TagStore::rename(qint64 tagId, const QString &name)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    const std::optional<TagInfo> before = tag(tagId);
    if (!before)
        return refused(QString(), tr("This tag no longer exists."));
    if (const QString why = nameError(name, tagId); !why.isEmpty())
        return refused(QStringLiteral("name"), why);
    TagInfo after = *before;
    after.name = name.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !SqlQuery(m_db, QStringLiteral("UPDATE tag SET name = ? WHERE id = ?")).exec(after.name, tagId) ||
        !audit(tagId, QStringLiteral("update"), json(tagJson(*before)), json(tagJson(after))) || !tx.commit())
        return refused(QString(), tr("The tag could not be renamed; nothing was changed."));
    return {true, tagId, {}, {}};
}

SaveResult TagStore::setGroup(qint64 tagId, const QString &group)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    const std::optional<TagInfo> before = tag(tagId);
    if (!before)
        return refused(QString(), tr("This tag no longer exists."));
    TagInfo after = *before;
    after.group = group.trimmed();
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !SqlQuery(m_db, QStringLiteral("UPDATE tag SET group_name = ? WHERE id = ?")).exec(after.group, tagId) ||
        !audit(tagId, QStringLiteral("update"), json(tagJson(*before)), json(tagJson(after))) || !tx.commit())
        return refused(QString(), tr("The tag's group could not be saved; nothing was changed."));
    return {true, tagId, {}, {}};
}

SaveResult TagStore::archive(qint64 tagId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    const std::optional<TagInfo> before = tag(tagId);
    if (!before)
        return refused(QString(), tr("This tag no longer exists."));
    if (before->residents > 0)
        return refused(QString(), tr("%1 is still given to %n resident(s): end it for them or merge it into another "
                                     "tag first.",
                                     nullptr, before->residents)
                                      .arg(before->name));
    TagInfo after = *before;
    after.archived = true;
    Transaction tx(m_db);
    if (!tx.isActive() || !SqlQuery(m_db, QStringLiteral("UPDATE tag SET archived = 1 WHERE id = ?")).exec(tagId) ||
        !audit(tagId, QStringLiteral("archive"), json(tagJson(*before)), json(tagJson(after))) || !tx.commit())
        return refused(QString(), tr("The tag could not be archived; nothing was changed."));
    return {true, tagId, {}, {}};
}

SaveResult TagStore::merge(qint64 sourceId, qint64 targetId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    const std::optional<TagInfo> source = tag(sourceId);
    const std::optional<TagInfo> target = tag(targetId);
    if (!source || source->archived)
        return refused(QStringLiteral("source"), tr("Merge: the tag to merge is archived or no longer exists."));
    if (!target || target->archived)
        return refused(QStringLiteral("target"), tr("Into: choose a tag in use to merge into."));
    if (sourceId == targetId)
        return refused(QStringLiteral("target"), tr("Into: choose a different tag than the one merged."));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString failed = tr("The tags could not be merged; nothing was changed.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(QString(), failed);
    // Someone with both today keeps the target's period; the source's ends.
    SqlQuery both(m_db, QStringLiteral("UPDATE resident_tag_period SET end_date = ?, ended_by = ? WHERE tag_id = ? AND "
                                       "end_date IS NULL AND resident_id IN (SELECT p.resident_id FROM "
                                       "resident_tag_period p WHERE p.tag_id = ? AND p.end_date IS NULL)"));
    SqlQuery move(m_db, QStringLiteral("UPDATE resident_tag_period SET original_tag_id = coalesce(original_tag_id, "
                                       "tag_id), tag_id = ? WHERE tag_id = ?"));
    SqlQuery current(m_db, QStringLiteral("INSERT INTO resident_tag (resident_id, tag_id) SELECT rt.resident_id, "
                                          "CAST(? AS INTEGER) FROM resident_tag rt WHERE rt.tag_id = ? AND "
                                          "rt.resident_id NOT IN (SELECT o.resident_id FROM resident_tag o WHERE "
                                          "o.tag_id = ?)"));
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM resident_tag WHERE tag_id = ?"));
    if (!both.exec(today, m_scope.userName(), sourceId, targetId) || !move.exec(targetId, sourceId) ||
        !current.exec(targetId, sourceId, targetId) || !drop.exec(sourceId))
        return refused(QString(), failed);
    // The source's attributes follow: into the target's of the same code, or become the target's.
    const QList<TagAttribute> targetAttributes = attributes(targetId, true);
    for (const TagAttribute &a : attributes(sourceId, true)) {
        qint64 same = 0;
        for (const TagAttribute &t : targetAttributes)
            if (t.code == a.code)
                same = t.id;
        const bool ok =
            same ? SqlQuery(m_db,
                            QStringLiteral("UPDATE resident_tag_value SET attribute_id = ? WHERE attribute_id = ?"))
                       .exec(same, a.id)
                 : SqlQuery(m_db, QStringLiteral("UPDATE tag_attribute SET tag_id = ? WHERE id = ?"))
                       .exec(targetId, a.id);
        if (!ok)
            return refused(QString(), failed);
    }
    TagInfo after = *source;
    after.archived = true;
    after.mergedInto = targetId;
    QJsonObject afterJson = tagJson(after);
    afterJson.insert(QStringLiteral("residentsMoved"), source->residents);
    if (!SqlQuery(m_db, QStringLiteral("UPDATE tag SET archived = 1, merged_into = ? WHERE id = ?"))
             .exec(targetId, sourceId) ||
        !audit(sourceId, QStringLiteral("merge"), json(tagJson(*source)), json(afterJson)) || !tx.commit())
        return refused(QString(), failed);
    return {true, targetId, {}, {}};
}

SaveResult TagStore::saveAttribute(TagAttribute &attribute)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    attribute.name = attribute.name.trimmed();
    QStringList choices;
    for (const QString &c : std::as_const(attribute.choices))
        if (!c.trimmed().isEmpty() && !choices.contains(c.trimmed()))
            choices << c.trimmed();
    attribute.choices = choices;
    const std::optional<TagInfo> owner = tag(attribute.tagId);
    if (!owner)
        return refused(QString(), tr("This tag no longer exists."));
    TagAttribute before;
    for (const TagAttribute &a : attributes(attribute.tagId, true))
        if (a.id == attribute.id)
            before = a;
    if (attribute.id && !before.id)
        return refused(QString(), tr("This attribute no longer exists."));
    if (attribute.id)
        attribute.type = before.type; // stored values were checked against it
    if (const FieldError why = AttributeType::definitionError(attribute); !why.message.isEmpty())
        return refused(why.field, why.message);
    for (const TagAttribute &a : owner->attributes)
        if (a.id != attribute.id && a.name == attribute.name)
            return refused(QStringLiteral("name"),
                           tr("Name: %1 already has an attribute named %2.").arg(owner->name, attribute.name));
    const QString failed = tr("The attribute could not be saved; nothing was changed.");
    Transaction tx(m_db);
    if (!tx.isActive())
        return refused(QString(), failed);
    if (!attribute.id) {
        if (attribute.code.trimmed().isEmpty())
            attribute.code = QUuid::createUuid().toString(QUuid::WithoutBraces);
        SqlQuery order(m_db,
                       QStringLiteral("SELECT coalesce(max(sort_order), 0) + 1 FROM tag_attribute WHERE tag_id = ?"));
        if (!order.exec(attribute.tagId) || !order.next())
            return refused(QString(), failed);
        attribute.sortOrder = order.value(0).toInt();
        SqlQuery ins(m_db, QStringLiteral("INSERT INTO tag_attribute (tag_id, code, name, type, choices, sort_order) "
                                          "VALUES (?, ?, ?, ?, ?, ?)"));
        if (!ins.exec(attribute.tagId, attribute.code.trimmed(), attribute.name, attribute.type,
                      attribute.choices.join(u'|'), attribute.sortOrder))
            return refused(
                QStringLiteral("code"),
                tr("Code: %1 already has an attribute with the code %2.").arg(owner->name, attribute.code.trimmed()));
        attribute.id = ins.lastInsertId();
    } else if (!SqlQuery(m_db, QStringLiteral("UPDATE tag_attribute SET name = ?, choices = ? WHERE id = ?"))
                    .exec(attribute.name, attribute.choices.join(u'|'), attribute.id)) {
        return refused(QString(), failed);
    }
    if (!AuditLog(m_db, m_scope)
             .record(QStringLiteral("tag_attribute"), attribute.id,
                     before.id ? QStringLiteral("update") : QStringLiteral("insert"),
                     before.id ? json(attributeJson(before)) : QString(), json(attributeJson(attribute))) ||
        !tx.commit())
        return refused(QString(), failed);
    return {true, attribute.id, {}, {}};
}

SaveResult TagStore::archiveAttribute(qint64 attributeId)
{
    if (const QString why = m_scope.officeRefusal(); !why.isEmpty())
        return refused(QString(), why);
    Transaction tx(m_db);
    if (!tx.isActive() ||
        !SqlQuery(m_db, QStringLiteral("UPDATE tag_attribute SET archived = 1 WHERE id = ?")).exec(attributeId) ||
        !AuditLog(m_db, m_scope)
             .record(QStringLiteral("tag_attribute"), attributeId, QStringLiteral("archive"), QString(), QString()) ||
        !tx.commit())
        return refused(QString(), tr("The attribute could not be archived; nothing was changed."));
    return {true, attributeId, {}, {}};
}
