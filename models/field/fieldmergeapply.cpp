#include "fieldlabels.h"
#include "fieldmergerun.h"
#include "models/cases/casesummary.h"
#include "models/register/registertypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlRecord>

using FieldValues::bindable;
using FieldValues::canon;
using FieldValues::jsonOf;
using FieldValues::parseRow;
using Row = QVariantMap;

namespace {

CaseSummary::Facts caseFacts(const Row &row)
{
    CaseSummary::Facts f;
    // A withdrawn case counts nowhere: facts without a receipt count nothing.
    if (row.value(QStringLiteral("status")).toString() == QLatin1String("withdrawn"))
        return f;
    f.receivedAt = QDateTime::fromString(row.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    f.closedAt = QDateTime::fromString(row.value(QStringLiteral("closed_at")).toString(), Qt::ISODate);
    f.gridId = row.value(QStringLiteral("grid_id")).toLongLong();
    f.categoryId = row.value(QStringLiteral("category_id")).toLongLong();
    return f;
}

} // namespace

bool FieldMerge::Run::apply(const ChangeGroup &g)
{
    const FieldTable &table = *g.table;
    if (table.kind == FieldTable::Kind::Link)
        return applyLink(g);
    const QString id = table.name + QLatin1Char('/') + g.fieldKey;
    if (m_pendingInserts.contains(id)) {
        m_pendingInserts.remove(id);
        if (g.lastOp == QLatin1String("delete"))
            return true; // added and taken back in the field: nothing for the office
        return insertRecord(g);
    }
    const qint64 officeId = m_idMap.value(id, g.keyValues.at(0).toVariant().toLongLong());
    if (g.lastOp == QLatin1String("delete")) {
        // Nothing a clerk entered is hard-deleted, and the field copy should not have either.
        FieldMergeEntry e;
        e.outcome = FieldMergeEntry::Outcome::Skipped;
        e.table = table.name;
        e.officeId = officeId;
        e.record = FieldLabels::record(table.name, g.base, officeId);
        e.note = tr("Deleted in the field; records are never deleted, the office keeps it.");
        e.fieldUser = g.login;
        e.fieldAt = g.at;
        m_result.report.entries << e;
        return true;
    }
    return mergeRecord(g, officeId, false);
}

bool FieldMerge::Run::insertRecord(const ChangeGroup &g)
{
    const FieldTable &table = *g.table;
    const QString id = table.name + QLatin1Char('/') + g.fieldKey;
    // The same record added on both sides (a resident's ID number, a resident's attention level,
    // the open period of one tag…): one record, the field's values merged into the office's.
    qint64 existing = 0;
    if (!naturalMatch(g, &existing))
        return false;
    if (existing > 0) {
        m_idMap.insert(id, existing);
        m_newMap.insert(id, existing);
        return mergeRecord(g, existing, true);
    }
    const QStringList columns = officeColumns(table.name);
    QStringList names;
    QVariantList values;
    Row written;
    QList<std::pair<QString, QString>> deferred;
    for (auto it = g.final.constBegin(); it != g.final.constEnd(); ++it) {
        if (it.key() == QLatin1String("id") || !columns.contains(it.key()))
            continue;
        QString later;
        QVariant value = resolve(table, it.key(), it.value(), &later);
        if (!later.isEmpty())
            deferred.append({it.key(), later});
        if (table.name == QLatin1String("cases") && it.key() == QLatin1String("case_no")) {
            // A case number the office has given out since the check-out: the field's gets a suffix.
            QString number = value.toString();
            for (int n = 1;; ++n) {
                SqlQuery &q = query(QStringLiteral("SELECT count(*) FROM cases WHERE case_no = ?"));
                if (!q.exec(number))
                    return fail(q.errorDetail());
                const bool taken = q.next() && q.value(0).toInt() > 0;
                q.query().finish();
                if (!taken)
                    break;
                number = value.toString() + QStringLiteral("-F%1").arg(n);
            }
            value = number;
        }
        names << it.key();
        values << value;
        written.insert(it.key(), value);
    }
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    SqlQuery &q =
        query(QStringLiteral("INSERT INTO ") + table.name + QStringLiteral(" (") + names.join(QStringLiteral(", ")) +
              QStringLiteral(") VALUES (") + marks.join(QStringLiteral(", ")) + QLatin1Char(')'));
    for (const QVariant &v : std::as_const(values))
        q.bind(bindable(v));
    if (!q.exec())
        return fail(q.errorDetail());
    const qint64 officeId = q.lastInsertId();
    m_idMap.insert(id, officeId);
    m_newMap.insert(id, officeId);
    for (const auto &[column, target] : std::as_const(deferred))
        m_deferred.append({table.name, officeId, column, target});

    if (table.name == QLatin1String("resident") && !afterResident(officeId))
        return false;
    if (table.name == QLatin1String("cases") && !CaseSummary::add(m_office, caseFacts(written)))
        return fail(QStringLiteral("case summary"));
    FieldMergeEntry e;
    e.outcome = FieldMergeEntry::Outcome::Added;
    e.table = table.name;
    e.officeId = officeId;
    e.record = recordLabel(table.name, written, officeId);
    e.fieldUser = g.login;
    e.fieldAt = g.at;
    m_result.report.entries << e;
    if (!audit(g, officeId, QStringLiteral("field_insert"), {}, written))
        return false;
    if (table.name == QLatin1String("visit"))
        return noteMovedOut(written.value(QStringLiteral("household_id")).toLongLong(),
                            written.value(QStringLiteral("visited_on")).toString(), g);
    return true;
}

bool FieldMerge::Run::mergeRecord(const ChangeGroup &g, qint64 officeId, bool matched)
{
    const FieldTable &table = *g.table;
    Row office;
    if (!officeRow(table, {officeId}, &office))
        return false;
    const QString record = recordLabel(table.name, office.isEmpty() ? g.final : office, officeId);
    if (office.isEmpty()) {
        FieldMergeEntry e;
        e.outcome = FieldMergeEntry::Outcome::Skipped;
        e.table = table.name;
        e.officeId = officeId;
        e.record = record;
        e.note = tr("Changed in the field, but the office has no such record.");
        e.fieldUser = g.login;
        e.fieldAt = g.at;
        m_result.report.entries << e;
        return true;
    }
    Row before;
    Row after;
    Row stamps;
    bool officeChanged = false;
    bool conflicts = false;
    for (auto it = g.final.constBegin(); it != g.final.constEnd(); ++it) {
        const QString &column = it.key();
        if (table.keyColumns.contains(column) || FieldTables::isBookkeeping(column) || !office.contains(column))
            continue;
        if (FieldTables::isStamp(column)) {
            if (canon(it.value()) != canon(office.value(column)))
                stamps.insert(column, it.value());
            continue;
        }
        QString later;
        const QVariant fieldValue = resolve(table, column, it.value(), &later);
        if (!later.isEmpty()) {
            m_deferred.append({table.name, officeId, column, later});
            continue;
        }
        const QString f = canon(fieldValue);
        const QString o = canon(office.value(column));
        const QString b = matched ? QString() : canon(resolve(table, column, g.base.value(column), nullptr));
        if (!matched && o != b)
            officeChanged = true;
        bool take = false;
        if (matched) {
            if (f.isEmpty() || f == o)
                continue;
            take = o.isEmpty();
        } else {
            if (f == b || f == o)
                continue;
            take = (o == b) || table.kind == FieldTable::Kind::AppendOnly;
        }
        if (!take) {
            conflict(g, record, officeId, column, b, o, f, &take);
            conflicts = true;
        }
        if (take) {
            before.insert(column, office.value(column));
            after.insert(column, fieldValue);
        }
    }
    if (!after.isEmpty() && !keepKeyFree(g, officeId, office, record, &before, &after))
        return false;
    if (after.isEmpty() && !matched)
        return true;
    if (!after.isEmpty()) {
        // Who changed it goes with what the field changed.
        for (auto it = stamps.constBegin(); it != stamps.constEnd(); ++it) {
            before.insert(it.key(), office.value(it.key()));
            after.insert(it.key(), it.value());
        }
        const QStringList columns = officeColumns(table.name);
        QStringList sets;
        QVariantList values;
        for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
            sets << it.key() + QStringLiteral(" = ?");
            values << it.value();
        }
        if (columns.contains(QStringLiteral("row_version")))
            sets << QStringLiteral("row_version = row_version + 1");
        if (columns.contains(QStringLiteral("updated_at"))) {
            sets << QStringLiteral("updated_at = ?");
            values << m_mergedAt;
        }
        values << officeId;
        if (!exec(QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(" WHERE id = ?"),
                  values))
            return false;
        if (table.name == QLatin1String("resident") && !afterResident(officeId))
            return false;
        if (table.name == QLatin1String("cases")) {
            Row changed = office;
            for (auto it = after.constBegin(); it != after.constEnd(); ++it)
                changed.insert(it.key(), it.value());
            if (!CaseSummary::change(m_office, caseFacts(office), caseFacts(changed)))
                return fail(QStringLiteral("case summary"));
        }
        if (!audit(g, officeId, QStringLiteral("field_update"), before, after))
            return false;
    }
    FieldMergeEntry e;
    e.outcome = matched                        ? FieldMergeEntry::Outcome::Matched
                : (officeChanged || conflicts) ? FieldMergeEntry::Outcome::Merged
                                               : FieldMergeEntry::Outcome::Updated;
    e.table = table.name;
    e.officeId = officeId;
    e.record = record;
    QStringList fields;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it)
        fields << FieldLabels::field(it.key());
    e.field = fields.join(QStringLiteral(", "));
    if (matched && table.name == QLatin1String("resident")) {
        e.note = tr("Added in the field and at the office (same ID number): one resident.");
    } else if (matched) {
        QStringList key;
        for (const QString &column : table.naturalKey.columns)
            key << FieldLabels::field(column);
        e.note = tr("Added in the field and at the office (same %1): one record.").arg(key.join(QStringLiteral(", ")));
    }
    e.fieldUser = g.login;
    e.fieldAt = g.at;
    m_result.report.entries << e;
    return true;
}

bool FieldMerge::Run::applyLink(const ChangeGroup &g)
{
    const FieldTable &table = *g.table;
    QVariantList key;
    QStringList where;
    Row keyRow;
    for (int i = 0; i < table.keyColumns.size(); ++i) {
        QString later;
        QVariant v = resolve(table, table.keyColumns.at(i), g.keyValues.at(i).toVariant(), &later);
        if (table.name == QLatin1String("custom_value") && table.keyColumns.at(i) == QLatin1String("record_id"))
            v = customValueRecord(g.keyValues.at(0).toVariant(), v, &later);
        if (!later.isEmpty())
            return fail(QStringLiteral("unresolved key of ") + table.name);
        key << v;
        where << table.keyColumns.at(i) + QStringLiteral(" = ?");
        keyRow.insert(table.keyColumns.at(i), v);
    }
    Row office;
    if (!officeRow(table, key, &office))
        return false;
    // Audited under the resident the link belongs to, where it names one.
    qsizetype residentKey = table.keyColumns.indexOf(QStringLiteral("resident_id"));
    if (residentKey < 0)
        residentKey = table.keyColumns.indexOf(QStringLiteral("record_id")); // custom_value
    const qint64 recordId = key.at(residentKey >= 0 ? residentKey : 0).toLongLong();
    FieldMergeEntry e;
    e.table = table.name;
    e.officeId = recordId;
    e.record = recordLabel(table.name, keyRow, recordId);
    e.fieldUser = g.login;
    e.fieldAt = g.at;
    if (g.lastOp == QLatin1String("delete")) {
        if (g.firstOp == QLatin1String("insert") || office.isEmpty())
            return true;
        if (!exec(QStringLiteral("DELETE FROM ") + table.name + QStringLiteral(" WHERE ") +
                      where.join(QStringLiteral(" AND ")),
                  key))
            return false;
        e.outcome = FieldMergeEntry::Outcome::Removed;
        m_result.report.entries << e;
        return audit(g, recordId, QStringLiteral("field_remove"), office, {});
    }
    // Attendance and links never conflict: the field's marks go in.
    Row values;
    for (auto it = g.final.constBegin(); it != g.final.constEnd(); ++it)
        if (!table.keyColumns.contains(it.key()))
            values.insert(it.key(), it.value());
    if (office.isEmpty()) {
        QStringList names = table.keyColumns;
        QVariantList all = key;
        QStringList marks(table.keyColumns.size(), QStringLiteral("?"));
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            names << it.key();
            all << it.value();
            marks << QStringLiteral("?");
        }
        if (!exec(QStringLiteral("INSERT INTO ") + table.name + QStringLiteral(" (") +
                      names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                      marks.join(QStringLiteral(", ")) + QLatin1Char(')'),
                  all))
            return false;
        e.outcome = FieldMergeEntry::Outcome::Added;
    } else {
        QStringList sets;
        QVariantList all;
        // Added on both sides (no base) or changed on both: a value the office changed too conflicts.
        const bool bothAdded = g.firstOp == QLatin1String("insert");
        bool conflicts = false;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const QString f = canon(it.value());
            const QString o = canon(office.value(it.key()));
            if (f == o)
                continue;
            if (table.valuesConflict && !FieldTables::isStamp(it.key())) {
                const QString b = bothAdded ? QString() : canon(g.base.value(it.key()));
                if (f == b)
                    continue;
                bool take = bothAdded ? o.isEmpty() : o == b;
                if (!take) {
                    conflict(g, e.record, recordId, it.key(), b, o, f, &take);
                    conflicts = true;
                }
                if (!take)
                    continue;
            }
            sets << it.key() + QStringLiteral(" = ?");
            all << it.value();
        }
        if (sets.isEmpty())
            return true;
        if (!exec(QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                  all + key))
            return false;
        e.outcome = conflicts ? FieldMergeEntry::Outcome::Merged : FieldMergeEntry::Outcome::Updated;
    }
    m_result.report.entries << e;
    Row after = keyRow;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        after.insert(it.key(), it.value());
    return audit(g, recordId, QStringLiteral("field_insert"), office, after);
}

void FieldMerge::Run::conflict(const ChangeGroup &g, const QString &record, qint64 officeId, const QString &column,
                               const QString &b, const QString &o, const QString &f, bool *take)
{
    const FieldTable &table = *g.table;
    FieldConflict c;
    c.key = table.name + QLatin1Char('/') + g.fieldKey + QLatin1Char('/') + column;
    c.table = table.name;
    c.record = record;
    c.column = column;
    c.field = FieldLabels::field(column);
    c.baseValue = b;
    c.officeValue = o;
    c.fieldValue = f;
    c.fieldUser = g.login;
    c.fieldAt = g.at;
    c.choice = m_owner.m_decisions.value(c.key, m_owner.m_prefer);
    m_result.conflicts << c;
    FieldMergeEntry e;
    e.outcome = FieldMergeEntry::Outcome::Conflict;
    e.table = table.name;
    e.officeId = officeId;
    e.record = record;
    e.field = c.field;
    e.officeValue = FieldLabels::value(column, o);
    e.fieldValue = FieldLabels::value(column, f);
    e.fieldUser = g.login;
    e.fieldAt = g.at;
    switch (c.choice) {
    case FieldConflict::Choice::Undecided:
        m_undecided = true;
        e.decision = tr("Not decided");
        break;
    case FieldConflict::Choice::Office:
        e.decision = tr("Office's value kept");
        break;
    case FieldConflict::Choice::Field:
        e.decision = tr("Field's value taken");
        *take = true;
        break;
    }
    m_result.report.entries << e;
}

bool FieldMerge::Run::naturalMatch(const ChangeGroup &g, qint64 *existing)
{
    *existing = 0;
    const FieldTable &table = *g.table;
    const FieldTable::NaturalKey &natural = table.naturalKey;
    if (natural.columns.isEmpty())
        return true;
    QStringList where;
    QVariantList values;
    for (const QString &column : natural.columns) {
        QString later;
        const QVariant v = resolve(table, column, g.final.value(column), &later);
        // Empty, or naming a row new to the office: no office row can hold the key.
        if (!later.isEmpty() || canon(v).isEmpty())
            return true;
        where << column + QStringLiteral(" = ?");
        values << v;
    }
    if (!natural.where.isEmpty()) {
        // The field's row as it is now (its last version) must hold the key too.
        SqlQuery holds(m_field, QStringLiteral("SELECT count(*) FROM ") + table.name +
                                    QStringLiteral(" WHERE id = ? AND (") + natural.where + QLatin1Char(')'));
        if (!holds.exec(bindable(g.keyValues.at(0).toVariant())))
            return fail(holds.errorDetail());
        if (!holds.next() || holds.value(0).toInt() == 0)
            return true;
        where << QLatin1Char('(') + natural.where + QLatin1Char(')');
    }
    SqlQuery &q = query(QStringLiteral("SELECT id FROM ") + table.name + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY id"));
    for (const QVariant &v : std::as_const(values))
        q.bind(bindable(v));
    if (!q.exec())
        return fail(q.errorDetail());
    QList<qint64> candidates;
    while (q.next())
        candidates << q.value(0).toLongLong();
    q.query().finish();
    // A row the field changes in this merge is its own copy of an office row, merged by its own changes.
    QSet<qint64> own;
    for (const ChangeGroup &other : std::as_const(m_groups)) {
        if (other.table != g.table || other.firstOp == QLatin1String("insert"))
            continue;
        const QString otherId = table.name + QLatin1Char('/') + other.fieldKey;
        own.insert(m_idMap.value(otherId, other.keyValues.at(0).toVariant().toLongLong()));
    }
    for (const qint64 candidate : std::as_const(candidates))
        if (!own.contains(candidate)) {
            *existing = candidate;
            break;
        }
    return true;
}

bool FieldMerge::Run::keepKeyFree(const ChangeGroup &g, qint64 officeId, const Row &office, const QString &record,
                                  Row *before, Row *after)
{
    const FieldTable &table = *g.table;
    const FieldTable::NaturalKey &natural = table.naturalKey;
    if (natural.columns.isEmpty())
        return true;
    // Only a change of a key column, or of one the condition names (a period reopened, a shift
    // reassigned), can move the row onto a key another row holds.
    QStringList where;
    QVariantList values;
    bool touched = false;
    for (const QString &column : natural.columns) {
        const QVariant v = after->contains(column) ? after->value(column) : office.value(column);
        if (canon(v).isEmpty())
            return true;
        touched = touched || after->contains(column);
        where << column + QStringLiteral(" = ?");
        values << v;
    }
    if (!natural.where.isEmpty()) {
        for (auto it = after->constBegin(); it != after->constEnd(); ++it)
            touched = touched || natural.where.contains(it.key());
        if (!touched)
            return true;
        // The row as the field has it now must meet the condition (a period ended does not).
        SqlQuery holds(m_field, QStringLiteral("SELECT count(*) FROM ") + table.name +
                                    QStringLiteral(" WHERE id = ? AND (") + natural.where + QLatin1Char(')'));
        if (!holds.exec(bindable(g.keyValues.at(0).toVariant())))
            return fail(holds.errorDetail());
        if (!holds.next() || holds.value(0).toInt() == 0)
            return true;
        where << QLatin1Char('(') + natural.where + QLatin1Char(')');
    }
    if (!touched)
        return true;
    where << QStringLiteral("id <> ?");
    values << officeId;
    SqlQuery &q = query(QStringLiteral("SELECT count(*) FROM ") + table.name + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")));
    for (const QVariant &v : std::as_const(values))
        q.bind(bindable(v));
    if (!q.exec())
        return fail(q.errorDetail());
    const bool taken = q.next() && q.value(0).toInt() > 0;
    q.query().finish();
    if (!taken)
        return true;
    QStringList key;
    QStringList changed;
    for (const QString &column : natural.columns) {
        key << FieldLabels::field(column);
        if (after->contains(column))
            changed << FieldLabels::value(column, canon(after->value(column)));
    }
    for (const QString &column : natural.columns) {
        after->remove(column);
        before->remove(column);
    }
    for (const QString &column : after->keys())
        if (natural.where.contains(column)) {
            after->remove(column);
            before->remove(column);
        }
    FieldMergeEntry e;
    e.outcome = FieldMergeEntry::Outcome::Skipped;
    e.table = table.name;
    e.officeId = officeId;
    e.record = record;
    e.field = key.join(QStringLiteral(", "));
    e.fieldValue = changed.join(QStringLiteral(", "));
    e.note = tr("Changed in the field to the same %1 as another record at the office; that change is left out.")
                 .arg(key.join(QStringLiteral(", ")));
    e.fieldUser = g.login;
    e.fieldAt = g.at;
    m_result.report.entries << e;
    return true;
}

QString FieldMerge::Run::recordLabel(const QString &table, const Row &row, qint64 officeId)
{
    Row named = row;
    qint64 resident = row.value(QStringLiteral("resident_id")).toLongLong();
    if (table == QLatin1String("custom_value")) {
        // A custom value: the field's name, and the resident's when the field is a resident's.
        SqlQuery &f = query(QStringLiteral("SELECT name, entity FROM custom_field WHERE id = ?"));
        if (f.exec(row.value(QStringLiteral("field_id"))) && f.next()) {
            named.insert(QStringLiteral("field_name"), f.value(0));
            if (f.value(1).toString() == QLatin1String("resident"))
                resident = row.value(QStringLiteral("record_id")).toLongLong();
        }
        f.query().finish();
    }
    const qint64 period = row.value(QStringLiteral("period_id")).toLongLong();
    SqlQuery &q = query(QStringLiteral("SELECT r.name FROM resident r WHERE r.id = ? OR r.id = (SELECT p.resident_id "
                                       "FROM resident_tag_period p WHERE p.id = ?)"));
    if ((resident > 0 || period > 0) && q.exec(resident, period) && q.next())
        named.insert(QStringLiteral("resident_name"), q.value(0));
    q.query().finish();
    return FieldLabels::record(table, named, officeId);
}

QVariant FieldMerge::Run::customValueRecord(const QVariant &fieldId, const QVariant &recordId, QString *deferred)
{
    // The field's entity says whether record_id is a resident or a household: a resident or a
    // household added in the field has its office id by now (parents merge first).
    SqlQuery &q = query(QStringLiteral("SELECT entity FROM custom_field WHERE id = ?"));
    QString entity;
    if (q.exec(fieldId) && q.next())
        entity = q.value(0).toString();
    q.query().finish();
    if (entity != QLatin1String("resident") && entity != QLatin1String("household"))
        return recordId;
    const QString id = entity + QStringLiteral("/[") + canon(recordId) + QLatin1Char(']');
    if (const auto it = m_idMap.constFind(id); it != m_idMap.constEnd())
        return *it;
    if (m_pendingInserts.contains(id) && deferred)
        *deferred = id;
    return recordId;
}

bool FieldMerge::Run::audit(const ChangeGroup &g, qint64 officeId, const QString &action, const Row &before,
                            const Row &after)
{
    // Named after the field worker and stamped with the field's time; who merged it rides along
    // (a server that stamps audit rows with the desk's login keeps the worker in the JSON).
    Row stamped = after;
    stamped.insert(QStringLiteral("field_user"), g.login);
    stamped.insert(QStringLiteral("field_at"), g.at);
    stamped.insert(QStringLiteral("merged_by"), m_owner.m_scope.userName());
    stamped.insert(QStringLiteral("merged_at"), m_mergedAt);
    stamped.insert(QStringLiteral("checkout_id"), m_checkoutId);
    return exec(QStringLiteral("INSERT INTO audit_log (at, user_name, table_name, record_id, action, before_json, "
                               "after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {g.at, g.login.isEmpty() ? m_owner.m_scope.userName() : g.login, g.table->name, officeId, action,
                 before.isEmpty() ? QVariant() : QVariant(jsonOf(before)), jsonOf(stamped)});
}

bool FieldMerge::Run::afterResident(qint64 officeId)
{
    SqlQuery &q = query(QStringLiteral("SELECT household_id FROM resident WHERE id = ?"));
    if (!q.exec(officeId))
        return fail(q.errorDetail());
    if (q.next() && !q.value(0).isNull())
        m_searchHouseholds.insert(q.value(0).toLongLong());
    q.query().finish();
    return true;
}

bool FieldMerge::Run::noteMovedOut(qint64 householdId, const QString &visitedOn, const ChangeGroup &g)
{
    // A visit to someone the office has since recorded as gone: the visit goes in, the office's
    // status stays, and the report says so.
    SqlQuery &q = query(QStringLiteral("SELECT id, name, status FROM resident WHERE household_id = ? AND status <> "
                                       "'living' ORDER BY id"));
    if (!q.exec(householdId))
        return fail(q.errorDetail());
    QList<std::tuple<qint64, QString, QString>> gone;
    while (q.next())
        gone.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    SqlQuery fieldStatus(m_field, QStringLiteral("SELECT status FROM resident WHERE id = ?"));
    for (const auto &[id, name, status] : std::as_const(gone)) {
        if (!fieldStatus.exec(id) || !fieldStatus.next() || fieldStatus.value(0).toString() != QLatin1String("living"))
            continue;
        FieldMergeEntry e;
        e.outcome = FieldMergeEntry::Outcome::Note;
        e.table = QStringLiteral("resident");
        e.officeId = id;
        e.record = tr("Resident %1").arg(name);
        e.field = FieldLabels::field(QStringLiteral("status"));
        e.officeValue = RegisterTypes::statusLabel(status);
        e.fieldValue = RegisterTypes::statusLabel(QStringLiteral("living"));
        e.note = tr("Visited in the field on %1, but %2 at the office: the visit is added, the office's status stays.")
                     .arg(visitedOn, RegisterTypes::statusLabel(status));
        e.fieldUser = g.login;
        e.fieldAt = g.at;
        m_result.report.entries << e;
    }
    return true;
}
