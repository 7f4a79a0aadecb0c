#include "fieldmerge.h"

#include "fieldchangelog.h"
#include "fieldlabels.h"
#include "fieldtables.h"
#include "models/access/auditlog.h"
#include "models/cases/casesummary.h"
#include "models/core/sqldialect.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"
#include "models/core/transaction.h"
#include "models/register/registertypes.h"
#include "models/register/residentsearchindex.h"

#include <cmath>
#include <memory>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlRecord>
#include <QThread>
#include <unordered_map>

namespace {

using Row = QVariantMap;

// One field record's changes since the last merge: its first and last logged versions.
struct ChangeGroup
{
    const FieldTable *table = nullptr;
    QString fieldKey; // the JSON array text of its key in the field copy
    QJsonArray keyValues;
    QString firstOp;
    QString lastOp;
    Row base;  // before the first change (empty for a row the field inserted)
    Row final; // after the last change (empty for a deleted row)
    QString at;
    QString login;
};

// A field-inserted row's foreign key to another field-inserted row not yet in the office.
struct Deferred
{
    QString table;
    qint64 officeId = 0;
    QString column;
    QString target; // "table/[key]"
};

Row parseRow(const QString &json)
{
    Row row;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        row.insert(it.key(), it.value().isNull() ? QVariant() : it.value().toVariant());
    return row;
}

// Values from SQLite's JSON and from either office driver, compared as text: 2.0 and 2 are one.
QString canon(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 15);
    }
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

QVariant bindable(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.typeId() == QMetaType::Double) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 1e15)
            return QVariant(static_cast<qint64>(d));
    }
    return v;
}

QString jsonOf(const Row &row)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(row)).toJson(QJsonDocument::Compact));
}

CaseSummary::Facts caseFacts(const Row &row)
{
    CaseSummary::Facts f;
    f.receivedAt = QDateTime::fromString(row.value(QStringLiteral("received_at")).toString(), Qt::ISODate);
    f.closedAt = QDateTime::fromString(row.value(QStringLiteral("closed_at")).toString(), Qt::ISODate);
    f.gridId = row.value(QStringLiteral("grid_id")).toLongLong();
    f.categoryId = row.value(QStringLiteral("category_id")).toLongLong();
    return f;
}

} // namespace

class FieldMerge::Run final
{
public:
    Run(FieldMerge &owner, const QSqlDatabase &field)
        : m_owner(owner)
        , m_office(owner.m_office)
        , m_field(field)
    {}

    Result run();

private:
    bool fail(const QString &detail)
    {
        m_result.status = Status::Failed;
        m_result.message = tr("The merge failed; the office database is unchanged.");
        m_result.detail = detail;
        return false;
    }
    SqlQuery &query(const QString &sql)
    {
        auto it = m_queries.find(sql);
        if (it == m_queries.end())
            it = m_queries.emplace(sql, std::make_unique<SqlQuery>(m_office, sql)).first;
        return *it->second;
    }
    bool exec(const QString &sql, const QVariantList &values)
    {
        SqlQuery &q = query(sql);
        for (const QVariant &v : values)
            q.bind(bindable(v));
        if (!q.exec())
            return fail(q.errorDetail() + QStringLiteral(" (") + sql + QLatin1Char(')'));
        return true;
    }
    QStringList officeColumns(const QString &table);
    bool officeRow(const FieldTable &table, const QVariantList &key, Row *row);
    bool readGroups(qint64 afterSeq, qint64 *lastSeq);
    bool loadMerged(qint64 *lastSeq);
    // A foreign key value in the office's ids; *deferred when it names a field row not yet in.
    QVariant resolve(const FieldTable &table, const QString &column, const QVariant &value, QString *deferred) const;
    bool apply(const ChangeGroup &g);
    bool insertRecord(const ChangeGroup &g);
    bool mergeRecord(const ChangeGroup &g, qint64 officeId, bool matched);
    bool applyLink(const ChangeGroup &g);
    bool audit(const ChangeGroup &g, qint64 officeId, const QString &action, const Row &before, const Row &after);
    bool afterResident(qint64 officeId);
    bool noteMovedOut(qint64 householdId, const QString &visitedOn, const ChangeGroup &g);
    bool finish(qint64 lastSeq);

    FieldMerge &m_owner;
    QSqlDatabase m_office;
    QSqlDatabase m_field;
    Result m_result;
    QString m_checkoutId;
    QString m_mergedAt = SqlValues::now();
    QList<ChangeGroup> m_groups;
    QHash<QString, qint64> m_idMap;  // "table/[field key]" → office id, this merge and earlier ones
    QHash<QString, qint64> m_newMap; // the part of m_idMap this merge adds
    QSet<QString> m_pendingInserts;  // field-inserted rows not yet written
    QList<Deferred> m_deferred;
    QSet<qint64> m_searchHouseholds; // households whose residents' search rows to refresh
    QHash<QString, QStringList> m_columns;
    std::unordered_map<QString, std::unique_ptr<SqlQuery>> m_queries;
    bool m_undecided = false;
};

FieldMerge::FieldMerge(QSqlDatabase office, const AccessScope &scope)
    : m_office(std::move(office))
    , m_scope(scope)
{}

FieldMerge::~FieldMerge() = default;

FieldMerge::Result FieldMerge::merge(const QSqlDatabase &field)
{
    Run run(*this, field);
    return run.run();
}

QStringList FieldMerge::Run::officeColumns(const QString &table)
{
    auto it = m_columns.find(table);
    if (it != m_columns.end())
        return *it;
    QStringList columns;
    SqlQuery q(m_office, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE 1 = 0"));
    if (q.exec()) {
        const QSqlRecord r = q.query().record();
        for (int i = 0; i < r.count(); ++i)
            columns << r.fieldName(i);
    }
    m_columns.insert(table, columns);
    return columns;
}

bool FieldMerge::Run::officeRow(const FieldTable &table, const QVariantList &key, Row *row)
{
    QStringList where;
    for (const QString &k : table.keyColumns)
        where << k + QStringLiteral(" = ?");
    SqlQuery &q = query(QStringLiteral("SELECT * FROM ") + table.name + QStringLiteral(" WHERE ") +
                        where.join(QStringLiteral(" AND ")));
    for (const QVariant &v : key)
        q.bind(bindable(v));
    if (!q.exec())
        return fail(q.errorDetail());
    row->clear();
    if (q.next()) {
        const QSqlRecord r = q.query().record();
        for (int i = 0; i < r.count(); ++i)
            row->insert(r.fieldName(i), q.value(i));
    }
    q.query().finish();
    return true;
}

bool FieldMerge::mergedSoFar(const QSqlDatabase &office, const QString &checkoutId, qint64 *lastSeq,
                             QHash<QString, qint64> *idMap)
{
    SqlQuery seq(office, QStringLiteral("SELECT last_seq FROM field_merge WHERE checkout_id = ?"));
    if (!seq.exec(checkoutId))
        return false;
    *lastSeq = seq.next() ? seq.value(0).toLongLong() : 0;
    SqlQuery rows(office,
                  QStringLiteral("SELECT table_name, field_key, office_id FROM field_merge_row WHERE checkout_id = ?"));
    if (!rows.exec(checkoutId))
        return false;
    while (rows.next())
        idMap->insert(rows.value(0).toString() + QLatin1Char('/') + rows.value(1).toString(),
                      rows.value(2).toLongLong());
    return true;
}

void FieldMerge::setReplay(qint64 afterSeq, const QHash<QString, qint64> &idMap)
{
    m_replay = true;
    m_replayAfter = afterSeq;
    m_replayMap = idMap;
}

bool FieldMerge::Run::loadMerged(qint64 *lastSeq)
{
    if (m_owner.m_replay) {
        *lastSeq = m_owner.m_replayAfter;
        m_idMap = m_owner.m_replayMap;
        return true;
    }
    return FieldMerge::mergedSoFar(m_office, m_checkoutId, lastSeq, &m_idMap) ||
           fail(QStringLiteral("cannot read what was merged"));
}

bool FieldMerge::Run::readGroups(qint64 afterSeq, qint64 *lastSeq)
{
    SqlQuery q(m_field, QStringLiteral("SELECT seq, table_name, row_key, op, old_row, new_row, at, login FROM "
                                       "field_change WHERE seq > ? ORDER BY seq"));
    if (!q.exec(afterSeq))
        return fail(q.errorDetail());
    QHash<QString, int> index;
    *lastSeq = afterSeq;
    while (q.next()) {
        *lastSeq = q.value(0).toLongLong();
        const FieldTable *table = FieldTables::find(q.value(1).toString());
        if (!table)
            continue;
        const QString key = q.value(2).toString();
        const QString op = q.value(3).toString();
        const QString id = table->name + QLatin1Char('/') + key;
        auto it = index.find(id);
        if (it == index.end()) {
            ChangeGroup g;
            g.table = table;
            g.fieldKey = key;
            g.keyValues = QJsonDocument::fromJson(key.toUtf8()).array();
            g.firstOp = op;
            g.base = parseRow(q.value(4).toString());
            it = index.insert(id, m_groups.size());
            m_groups << g;
            // A row first seen inserted (and not mapped by an earlier merge) is new to the office.
            if (op == QLatin1String("insert") && !m_idMap.contains(id))
                m_pendingInserts.insert(id);
        }
        ChangeGroup &g = m_groups[*it];
        g.lastOp = op;
        g.final = parseRow(q.value(5).toString());
        g.at = q.value(6).toString();
        g.login = q.value(7).toString();
    }
    return true;
}

QVariant FieldMerge::Run::resolve(const FieldTable &table, const QString &column, const QVariant &value,
                                  QString *deferred) const
{
    const QString target = table.foreignTable(column);
    if (target.isEmpty() || canon(value).isEmpty())
        return value;
    const QString id = target + QStringLiteral("/[") + canon(value) + QLatin1Char(']');
    if (const auto it = m_idMap.constFind(id); it != m_idMap.constEnd())
        return *it;
    if (m_pendingInserts.contains(id)) {
        if (deferred)
            *deferred = id;
        return {};
    }
    return value;
}

FieldMerge::Result FieldMerge::Run::run()
{
    const AccessScope &scope = m_owner.m_scope;
    if (scope.role() != AccessScope::Role::Administrator && scope.role() != AccessScope::Role::Clerk) {
        m_result.status = Status::Refused;
        m_result.message = tr("Only an administrator or a clerk may merge a field copy.");
        return m_result;
    }
    if (!FieldChangeLog::isFieldDatabase(m_field) ||
        (m_checkoutId = FieldChangeLog::checkoutValue(m_field, QStringLiteral("checkout_id"))).isEmpty()) {
        m_result.status = Status::Refused;
        m_result.message = tr("This file is not a field copy: it has no check-out record.");
        return m_result;
    }
    if (!FieldChangeLog::hasChangeLog(m_field)) {
        m_result.status = Status::Refused;
        m_result.message = tr("This field copy has no change log, so its changes cannot be merged.");
        return m_result;
    }
    FieldMergeReport &report = m_result.report;
    report.checkoutId = m_checkoutId;
    report.workerLogin = FieldChangeLog::checkoutValue(m_field, QStringLiteral("worker_login"));
    report.workerName = FieldChangeLog::checkoutValue(m_field, QStringLiteral("worker_name"));
    report.mergedBy = scope.userName();

    // One transaction: a failure, an undecided conflict or a kill leaves the office as it was.
    Transaction tx(m_office);
    if (!tx.isActive()) {
        fail(QStringLiteral("cannot begin a transaction"));
        return m_result;
    }
    // Two clerks merging at once (the same copy or two) take turns.
    if (SqlDialect::isPostgres(m_office) &&
        !SqlQuery(m_office, QStringLiteral("SELECT pg_advisory_xact_lock(20261207)")).exec()) {
        fail(QStringLiteral("cannot lock for the merge"));
        return m_result;
    }
    qint64 lastSeq = 0;
    qint64 mergedSeq = 0;
    if (!loadMerged(&mergedSeq) || !readGroups(mergedSeq, &lastSeq))
        return m_result;
    if (m_groups.isEmpty()) {
        m_result.status = Status::Merged;
        m_result.message = tr("Nothing new to merge: every change of this field copy is already in.");
        return m_result;
    }
    for (const ChangeGroup &g : std::as_const(m_groups))
        if (!apply(g))
            return m_result;
    for (const Deferred &d : std::as_const(m_deferred)) {
        const qint64 target = m_idMap.value(d.target);
        if (target > 0 && !exec(QStringLiteral("UPDATE ") + d.table + QStringLiteral(" SET ") + d.column +
                                    QStringLiteral(" = ? WHERE id = ?"),
                                {target, d.officeId}))
            return m_result;
    }
    for (const qint64 household : std::as_const(m_searchHouseholds))
        if (!ResidentSearchIndex::updateHousehold(m_office, household)) {
            fail(QStringLiteral("search index"));
            return m_result;
        }
    if (m_undecided) {
        m_result.status = Status::NeedsDecisions;
        m_result.message = tr("%n conflict(s) need a decision; nothing was merged.", nullptr,
                              report.count(FieldMergeEntry::Outcome::Conflict));
        return m_result; // tx rolls back
    }
    if (!m_owner.m_replay && !finish(lastSeq))
        return m_result;
    if (const int pause = qEnvironmentVariableIntValue(kTestPauseVariable); pause > 0) {
        qWarning("field merge: pausing inside the transaction (test hook)");
        QThread::msleep(pause);
    }
    if (!tx.commit()) {
        fail(QStringLiteral("commit failed"));
        return m_result;
    }
    m_result.status = Status::Merged;
    m_result.message = report.summary();
    return m_result;
}

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
    // The same person added on both sides (same ID number): one resident, the field filling in.
    if (table.name == QLatin1String("resident")) {
        const QString idNumber = canon(g.final.value(QStringLiteral("id_number")));
        if (!idNumber.isEmpty()) {
            SqlQuery &q = query(QStringLiteral("SELECT id FROM resident WHERE id_number = ?"));
            if (!q.exec(idNumber))
                return fail(q.errorDetail());
            const qint64 existing = q.next() ? q.value(0).toLongLong() : 0;
            q.query().finish();
            if (existing > 0) {
                m_idMap.insert(id, existing);
                m_newMap.insert(id, existing);
                return mergeRecord(g, existing, true);
            }
        }
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
    e.record = FieldLabels::record(table.name, written, officeId);
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
    const QString record = FieldLabels::record(table.name, office.isEmpty() ? g.final : office, officeId);
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
    bool officeChanged = false;
    bool conflicts = false;
    for (auto it = g.final.constBegin(); it != g.final.constEnd(); ++it) {
        const QString &column = it.key();
        if (table.keyColumns.contains(column) || FieldTables::isBookkeeping(column) || !office.contains(column))
            continue;
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
            conflicts = true;
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
                take = true;
                break;
            }
            m_result.report.entries << e;
        }
        if (take) {
            before.insert(column, office.value(column));
            after.insert(column, fieldValue);
        }
    }
    if (after.isEmpty() && !matched)
        return true;
    if (!after.isEmpty()) {
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
    if (matched)
        e.note = tr("Added in the field and at the office (same ID number): one resident.");
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
        const QVariant v = resolve(table, table.keyColumns.at(i), g.keyValues.at(i).toVariant(), &later);
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
    const qsizetype residentKey = table.keyColumns.indexOf(QStringLiteral("resident_id"));
    const qint64 recordId = key.at(residentKey >= 0 ? residentKey : 0).toLongLong();
    FieldMergeEntry e;
    e.table = table.name;
    e.officeId = recordId;
    e.record = FieldLabels::record(table.name, keyRow, recordId);
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
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            if (canon(it.value()) != canon(office.value(it.key()))) {
                sets << it.key() + QStringLiteral(" = ?");
                all << it.value();
            }
        if (sets.isEmpty())
            return true;
        if (!exec(QStringLiteral("UPDATE ") + table.name + QStringLiteral(" SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND ")),
                  all + key))
            return false;
        e.outcome = FieldMergeEntry::Outcome::Updated;
    }
    m_result.report.entries << e;
    Row after = keyRow;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        after.insert(it.key(), it.value());
    return audit(g, recordId, QStringLiteral("field_insert"), office, after);
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

bool FieldMerge::Run::finish(qint64 lastSeq)
{
    const FieldMergeReport &report = m_result.report;
    SqlQuery &exists = query(QStringLiteral("SELECT count(*) FROM field_merge WHERE checkout_id = ?"));
    if (!exists.exec(m_checkoutId))
        return fail(exists.errorDetail());
    const bool known = exists.next() && exists.value(0).toInt() > 0;
    exists.query().finish();
    if (known ? !exec(QStringLiteral("UPDATE field_merge SET last_seq = ?, merged_at = ?, merged_by = ? WHERE "
                                     "checkout_id = ?"),
                      {lastSeq, m_mergedAt, report.mergedBy, m_checkoutId})
              : !exec(QStringLiteral("INSERT INTO field_merge (checkout_id, last_seq, worker_login, worker_name, "
                                     "merged_at, merged_by) VALUES (?, ?, ?, ?, ?, ?)"),
                      {m_checkoutId, lastSeq, report.workerLogin, report.workerName, m_mergedAt, report.mergedBy}))
        return false;
    for (auto it = m_newMap.constBegin(); it != m_newMap.constEnd(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        if (!exec(QStringLiteral("INSERT INTO field_merge_row (checkout_id, table_name, field_key, office_id) VALUES "
                                 "(?, ?, ?, ?)"),
                  {m_checkoutId, it.key().left(slash), it.key().mid(slash + 1), it.value()}))
            return false;
    }
    QJsonObject summary{{QStringLiteral("checkout_id"), m_checkoutId},
                        {QStringLiteral("worker"), report.workerLogin},
                        {QStringLiteral("last_seq"), lastSeq},
                        {QStringLiteral("summary"), report.summary()}};
    AuditLog log(m_office, m_owner.m_scope);
    if (!log.record(QStringLiteral("field_merge"), 0, QStringLiteral("field_merge"), QString(),
                    QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))))
        return fail(QStringLiteral("audit"));
    return true;
}
