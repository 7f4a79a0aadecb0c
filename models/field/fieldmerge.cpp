#include "fieldmerge.h"

#include "fieldchangelog.h"
#include "fieldmergerun.h"
#include "models/access/auditlog.h"
#include "models/core/sqldialect.h"
#include "models/core/transaction.h"
#include "models/deaths/deatheffects.h"
#include "models/register/residentsearchindex.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QThread>

using FieldValues::bindable;
using FieldValues::canon;
using FieldValues::jsonOf;
using FieldValues::parseRow;
using Row = QVariantMap;

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
    // A death recorded in the field reaches the rota and the pairs as one recorded at the office does.
    if (const SaveResult deaths = DeathEffects(m_office, scope).applyPending(); !deaths.ok) {
        fail(deaths.firstMessage());
        return m_result;
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
