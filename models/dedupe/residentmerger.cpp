#include "residentmerger.h"

#include "residentlinks.h"

#include "models/access/auditlog.h"
#include "models/cnrules/idnumber.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registerrows.h"
#include "models/register/registerstore.h"
#include "models/register/residentwriter.h"

#include <optional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kMerged = QStringLiteral("merged");

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// The record as the merge keeps it, to put back: every field a merge or its undo writes.
QJsonObject residentJson(const Resident &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("idNumber"), r.idNumber},
            {QStringLiteral("birthDate"), r.birthDate.toString(Qt::ISODate)},
            {QStringLiteral("gender"), r.gender},
            {QStringLiteral("phone"), r.phone},
            {QStringLiteral("ethnicity"), r.ethnicity},
            {QStringLiteral("residencyType"), r.residencyType},
            {QStringLiteral("householdId"), QString::number(r.householdId)},
            {QStringLiteral("relation"), r.relation},
            {QStringLiteral("notes"), r.notes},
            {QStringLiteral("status"), r.status},
            {QStringLiteral("statusDate"), r.statusDate.toString(Qt::ISODate)}};
}

Resident residentFromJson(const QJsonObject &o)
{
    Resident r;
    r.name = o.value(QStringLiteral("name")).toString();
    r.idNumber = o.value(QStringLiteral("idNumber")).toString();
    r.birthDate = QDate::fromString(o.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    r.gender = o.value(QStringLiteral("gender")).toString();
    r.phone = o.value(QStringLiteral("phone")).toString();
    r.ethnicity = o.value(QStringLiteral("ethnicity")).toString();
    r.residencyType = o.value(QStringLiteral("residencyType")).toString();
    r.householdId = o.value(QStringLiteral("householdId")).toString().toLongLong();
    r.relation = o.value(QStringLiteral("relation")).toString();
    r.notes = o.value(QStringLiteral("notes")).toString();
    r.status = o.value(QStringLiteral("status")).toString();
    r.statusDate = QDate::fromString(o.value(QStringLiteral("statusDate")).toString(), Qt::ISODate);
    return r;
}

void copyField(Resident &to, const Resident &from, const QString &field)
{
    if (field == QLatin1String("name"))
        to.name = from.name;
    else if (field == QLatin1String("idNumber"))
        to.idNumber = from.idNumber;
    else if (field == QLatin1String("birthDate"))
        to.birthDate = from.birthDate;
    else if (field == QLatin1String("gender"))
        to.gender = from.gender;
    else if (field == QLatin1String("phone"))
        to.phone = from.phone;
    else if (field == QLatin1String("ethnicity"))
        to.ethnicity = from.ethnicity;
    else if (field == QLatin1String("residencyType"))
        to.residencyType = from.residencyType;
    else if (field == QLatin1String("household")) {
        to.householdId = from.householdId;
        to.relation = from.relation;
    } else if (field == QLatin1String("notes"))
        to.notes = from.notes;
}

QList<qint64> tagsOf(const QSqlDatabase &db, qint64 residentId)
{
    QList<qint64> tags;
    SqlQuery q(db, QStringLiteral("SELECT tag_id FROM resident_tag WHERE resident_id = ? ORDER BY tag_id"));
    if (q.exec(residentId))
        while (q.next())
            tags << q.value(0).toLongLong();
    return tags;
}

std::optional<ResidentLink> linkFor(const QString &table, const QString &column)
{
    // Only the known links: the table and column names of a stored merge are never put in SQL as read.
    for (const ResidentLink &link : ResidentLinks::all())
        if (link.table == table && link.column == column)
            return link;
    return std::nullopt;
}

bool moveRow(const QSqlDatabase &db, const ResidentLink &link, qint64 to, qint64 from, const QJsonArray &key,
             int *moved = nullptr)
{
    SqlQuery q(db, link.updateOne());
    q.bind(to).bind(from);
    // JSON keeps numbers as doubles; ids are bound as integers again.
    for (const QJsonValue &v : key)
        q.bind(v.isDouble() ? QVariant(qint64(v.toDouble())) : v.toVariant());
    if (!q.exec())
        return false;
    if (moved)
        *moved += q.numRowsAffected();
    return true;
}

} // namespace

ResidentMerger::ResidentMerger(QSqlDatabase db, const AccessScope &scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

QStringList ResidentMerger::fields()
{
    return {QStringLiteral("name"),          QStringLiteral("idNumber"),  QStringLiteral("birthDate"),
            QStringLiteral("gender"),        QStringLiteral("phone"),     QStringLiteral("ethnicity"),
            QStringLiteral("residencyType"), QStringLiteral("household"), QStringLiteral("notes")};
}

QString ResidentMerger::fieldLabel(const QString &field)
{
    if (field == QLatin1String("name"))
        return tr("Name");
    if (field == QLatin1String("idNumber"))
        return tr("ID number");
    if (field == QLatin1String("birthDate"))
        return tr("Birth date");
    if (field == QLatin1String("gender"))
        return tr("Gender");
    if (field == QLatin1String("phone"))
        return tr("Phone");
    if (field == QLatin1String("ethnicity"))
        return tr("Ethnicity");
    if (field == QLatin1String("residencyType"))
        return tr("Residency");
    if (field == QLatin1String("household"))
        return tr("Household");
    if (field == QLatin1String("notes"))
        return tr("Notes");
    return field;
}

QString ResidentMerger::fieldValue(const Resident &r, const QString &field)
{
    if (field == QLatin1String("name"))
        return r.name;
    if (field == QLatin1String("idNumber"))
        return r.idNumber;
    if (field == QLatin1String("birthDate"))
        return r.birthDate.toString(Qt::ISODate);
    if (field == QLatin1String("gender"))
        return r.gender;
    if (field == QLatin1String("phone"))
        return r.phone;
    if (field == QLatin1String("ethnicity"))
        return r.ethnicity;
    if (field == QLatin1String("residencyType"))
        return r.residencyType;
    if (field == QLatin1String("household"))
        return r.householdId > 0 ? QString::number(r.householdId) : QString();
    if (field == QLatin1String("notes"))
        return r.notes;
    return QString();
}

QStringList ResidentMerger::defaultFromOther(const Resident &keep, const Resident &other)
{
    QStringList from;
    for (const QString &field : fields()) {
        const QString mine = fieldValue(keep, field).trimmed();
        const QString theirs = fieldValue(other, field).trimmed();
        if (theirs.isEmpty() || mine == theirs)
            continue;
        if (field == QLatin1String("idNumber")) {
            // The valid number wins; with two valid (or two invalid) ones the kept record's stays.
            if (mine.isEmpty() || (!IdNumber::parse(mine).isValid() && IdNumber::parse(theirs).isValid()))
                from << field;
        } else if (mine.isEmpty()) {
            from << field;
        }
    }
    return from;
}

SaveResult ResidentMerger::failed(const QString &message) const
{
    SaveResult r;
    r.errors.append({QString(), message});
    return r;
}

SaveResult ResidentMerger::merge(qint64 keepId, qint64 otherId)
{
    const RegisterStore store(m_db, m_scope);
    const std::optional<Resident> keep = store.resident(keepId);
    const std::optional<Resident> other = store.resident(otherId);
    if (!keep || !other)
        return failed(tr("One of these residents no longer exists."));
    return merge(keepId, otherId, defaultFromOther(*keep, *other));
}

SaveResult ResidentMerger::merge(qint64 keepId, qint64 otherId, const QStringList &fromOther)
{
    if (keepId == otherId)
        return failed(tr("Please choose two different residents to merge."));
    const RegisterStore store(m_db, m_scope);
    const std::optional<Resident> keep = store.resident(keepId);
    const std::optional<Resident> other = store.resident(otherId);
    if (!keep || !other)
        return failed(tr("One of these residents no longer exists."));
    for (const Resident *r : {&*keep, &*other}) {
        if (r->status == kMerged)
            return failed(tr("%1 has already been merged into another record.").arg(r->name));
        if (const QString why = m_scope.householdRefusal(m_db, r->householdId); !why.isEmpty())
            return failed(why);
    }
    Resident after = *keep;
    for (const QString &field : fromOther)
        copyField(after, *other, field);
    if (after.name.trimmed().isEmpty())
        return failed(tr("Name: the merged record needs a name."));
    if (!after.idNumber.isEmpty()) {
        const qint64 holder = store.residentWithIdNumber(after.idNumber, keepId);
        if (holder != 0 && holder != otherId)
            return failed(
                tr("ID number: %1 is already registered to another resident.").arg(IdNumber::mask(after.idNumber)));
    }

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The merge could not be saved; nothing was changed."));
    ResidentWriter writer(m_db, m_scope);
    const QString stamp = SqlValues::now();
    // The other record first: it gives up an ID number the kept record takes (the number is unique).
    Resident merged = *other;
    merged.status = kMerged;
    merged.statusDate = QDate::currentDate();
    if (!merged.idNumber.isEmpty() && merged.idNumber == after.idNumber)
        merged.idNumber.clear();
    SqlQuery mark(m_db, QStringLiteral("UPDATE resident SET merged_into = ? WHERE id = ?"));
    if (!writer.update(merged, *other) || !mark.exec(keepId, otherId))
        return failed(tr("The merge could not be saved; someone may have changed one of these records."));

    QJsonArray moved;
    for (const ResidentLink &link : ResidentLinks::all()) {
        SqlQuery rows(m_db, link.selectMovable());
        rows.bind(otherId);
        if (link.unique)
            rows.bind(keepId);
        if (!rows.exec())
            return failed(tr("The merge could not be saved; nothing was changed."));
        QJsonArray keys;
        while (rows.next()) {
            QJsonArray key;
            for (int i = 0; i < link.keys.size(); ++i)
                key.append(QJsonValue::fromVariant(rows.value(i)));
            keys.append(key);
        }
        for (const QJsonValue &key : std::as_const(keys))
            if (!moveRow(m_db, link, keepId, otherId, key.toArray()))
                return failed(tr("The merge could not be saved; nothing was changed."));
        if (!keys.isEmpty())
            moved.append(QJsonObject{{QStringLiteral("table"), link.table},
                                     {QStringLiteral("column"), link.column},
                                     {QStringLiteral("rows"), keys}});
    }
    // Custom values both records have: the kept one's stays, the other's stays on the merged record
    // and is named in the merge record (unmerge leaves both where they are).
    SqlQuery clashes(m_db, QStringLiteral("SELECT o.field_id, o.value, k.value FROM custom_value o JOIN custom_value "
                                          "k ON k.field_id = o.field_id AND k.record_id = ? WHERE o.record_id = ? "
                                          "AND o.") +
                               ResidentLinks::residentCustomFields() + QStringLiteral(" ORDER BY o.field_id"));
    if (!clashes.exec(keepId, otherId))
        return failed(tr("The merge could not be saved; nothing was changed."));
    QJsonArray conflicts;
    while (clashes.next())
        conflicts.append(QJsonObject{{QStringLiteral("fieldId"), clashes.value(0).toLongLong()},
                                     {QStringLiteral("merged"), clashes.value(1).toString()},
                                     {QStringLiteral("kept"), clashes.value(2).toString()}});
    if (!conflicts.isEmpty())
        moved.append(QJsonObject{{QStringLiteral("customConflicts"), conflicts}});
    // The kept record's tags now include the ones that moved; the writer rewrites them as given.
    after.tagIds = tagsOf(m_db, keepId);
    if (!writer.update(after, *keep))
        return failed(tr("The merge could not be saved; someone may have changed one of these records."));

    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO resident_merge (kept_id, merged_id, kept_before, kept_after, "
                                   "merged_before, moved, user_name, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.exec(keepId, otherId, toJson(residentJson(*keep)), toJson(residentJson(after)),
                     toJson(residentJson(*other)),
                     QString::fromUtf8(QJsonDocument(moved).toJson(QJsonDocument::Compact)), m_scope.userName(), stamp))
        return failed(tr("The merge could not be saved; nothing was changed."));
    const qint64 mergeId = insert.lastInsertId();
    int rowsMoved = 0;
    for (const QJsonValue &entry : std::as_const(moved))
        rowsMoved += int(entry.toObject().value(QStringLiteral("rows")).toArray().size());
    AuditLog audit(m_db, m_scope);
    const QJsonObject what{{QStringLiteral("kept"), QString::number(keepId)},
                           {QStringLiteral("merged"), QString::number(otherId)},
                           {QStringLiteral("keptName"), after.name},
                           {QStringLiteral("mergedName"), other->name},
                           {QStringLiteral("fromOther"), QJsonArray::fromStringList(fromOther)},
                           {QStringLiteral("rowsMoved"), rowsMoved}};
    if (!audit.record(QStringLiteral("resident_merge"), mergeId, QStringLiteral("merge"), QString(), toJson(what)) ||
        !tx.commit())
        return failed(tr("The merge could not be saved; nothing was changed."));
    SaveResult ok;
    ok.ok = true;
    ok.id = mergeId;
    return ok;
}

SaveResult ResidentMerger::unmerge(qint64 mergeId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT kept_id, merged_id, kept_before, kept_after, merged_before, moved, "
                                    "undone_at FROM resident_merge WHERE id = ?"));
    if (!q.exec(mergeId) || !q.next())
        return failed(tr("Merge %1 does not exist.").arg(mergeId));
    const qint64 keptId = q.value(0).toLongLong();
    const qint64 mergedId = q.value(1).toLongLong();
    const Resident keptBefore = residentFromJson(fromJson(q.value(2).toString()));
    const Resident keptAfter = residentFromJson(fromJson(q.value(3).toString()));
    const Resident mergedBefore = residentFromJson(fromJson(q.value(4).toString()));
    const QJsonArray moved = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array();
    if (!q.value(6).isNull() && !q.value(6).toString().isEmpty())
        return failed(tr("Merge %1 has already been undone.").arg(mergeId));

    const RegisterStore store(m_db, m_scope);
    std::optional<Resident> kept = store.resident(keptId);
    std::optional<Resident> merged = store.resident(mergedId);
    if (!kept || !merged)
        return failed(tr("One of these residents no longer exists."));
    if (kept->status == kMerged)
        return failed(tr("%1 has since been merged into another record; undo that merge first.").arg(kept->name));
    if (merged->status != kMerged)
        return failed(tr("%1 is no longer marked as merged; nothing was changed.").arg(merged->name));
    for (const Resident *r : {&*kept, &*merged})
        if (const QString why = m_scope.householdRefusal(m_db, r->householdId); !why.isEmpty())
            return failed(why);

    Transaction tx(m_db);
    if (!tx.isActive())
        return failed(tr("The undo could not be saved; nothing was changed."));
    int rowsBack = 0;
    for (const QJsonValue &entry : moved) {
        const QJsonObject o = entry.toObject();
        if (o.contains(QStringLiteral("customConflicts")))
            continue; // those values never moved
        const std::optional<ResidentLink> link =
            linkFor(o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("column")).toString());
        if (!link)
            return failed(tr("The undo could not be saved; nothing was changed."));
        for (const QJsonValue &key : o.value(QStringLiteral("rows")).toArray())
            if (!moveRow(m_db, *link, mergedId, keptId, key.toArray(), &rowsBack))
                return failed(tr("The undo could not be saved; nothing was changed."));
    }

    ResidentWriter writer(m_db, m_scope);
    // Fields the merge changed go back, unless someone has changed them again since.
    Resident keptNow = *kept;
    for (const QString &field : fields())
        if (fieldValue(keptNow, field) == fieldValue(keptAfter, field))
            copyField(keptNow, keptBefore, field);
    keptNow.tagIds = tagsOf(m_db, keptId);
    if (!writer.update(keptNow, *kept))
        return failed(tr("The undo could not be saved; someone may have changed one of these records."));

    Resident restored = *merged;
    restored.status = mergedBefore.status;
    restored.statusDate = mergedBefore.statusDate;
    if (restored.idNumber.isEmpty() && !mergedBefore.idNumber.isEmpty() &&
        store.residentWithIdNumber(mergedBefore.idNumber, mergedId) == 0)
        restored.idNumber = mergedBefore.idNumber;
    restored.tagIds = tagsOf(m_db, mergedId);
    SqlQuery unmark(m_db, QStringLiteral("UPDATE resident SET merged_into = NULL WHERE id = ?"));
    SqlQuery done(m_db, QStringLiteral("UPDATE resident_merge SET undone_at = ?, undone_by = ? WHERE id = ? AND "
                                       "undone_at IS NULL"));
    AuditLog audit(m_db, m_scope);
    const QJsonObject what{{QStringLiteral("kept"), QString::number(keptId)},
                           {QStringLiteral("merged"), QString::number(mergedId)},
                           {QStringLiteral("rowsMovedBack"), rowsBack}};
    if (!writer.update(restored, *merged) || !unmark.exec(mergedId) ||
        !done.exec(SqlValues::now(), m_scope.userName(), mergeId) || done.numRowsAffected() != 1 ||
        !audit.record(QStringLiteral("resident_merge"), mergeId, QStringLiteral("unmerge"), QString(), toJson(what)) ||
        !tx.commit())
        return failed(tr("The undo could not be saved; someone may have changed one of these records."));
    SaveResult ok;
    ok.ok = true;
    ok.id = mergeId;
    return ok;
}

QList<ResidentMergeRecord> ResidentMerger::recentMerges(int limit) const
{
    QList<ResidentMergeRecord> list;
    if (!m_scope.isSignedIn())
        return list;
    SqlQuery q(m_db, QStringLiteral("SELECT m.id, m.kept_id, m.merged_id, k.name, o.name, m.user_name, m.merged_at "
                                    "FROM resident_merge m JOIN resident k ON k.id = m.kept_id JOIN resident o ON "
                                    "o.id = m.merged_id WHERE m.undone_at IS NULL") +
                         RegisterRows::households(m_scope, QStringLiteral("k.household_id")) +
                         QStringLiteral(" ORDER BY m.id DESC LIMIT ?"));
    if (!q.exec(limit))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return list;
}
