#pragma once

// The merge's working state, shared by fieldmerge.cpp (reading the log, the transaction, what
// is recorded as merged) and fieldmergeapply.cpp (writing each record). Not for other modules.
#include "fieldmerge.h"
#include "fieldtables.h"
#include "fieldvalues.h"
#include "models/core/sqlquery.h"
#include "models/core/sqlvalues.h"

#include <memory>
#include <QJsonArray>
#include <QSet>
#include <unordered_map>

class FieldMerge::Run final
{
public:
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
            q.bind(FieldValues::bindable(v));
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
    // The office row holding the natural key the field's new row holds (0: none).
    bool naturalMatch(const ChangeGroup &g, qint64 *existing);
    // Leaves out of `after` a change of the natural key to one another office row holds, with a note.
    bool keepKeyFree(const ChangeGroup &g, qint64 officeId, const Row &office, const QString &record, Row *before,
                     Row *after);
    // One column changed on both sides: recorded as a conflict; *take when decided for the field.
    void conflict(const ChangeGroup &g, const QString &record, qint64 officeId, const QString &column, const QString &b,
                  const QString &o, const QString &f, bool *take);
    // FieldLabels::record, with the name of the resident the row belongs to when it names one.
    QString recordLabel(const QString &table, const Row &row, qint64 officeId);
    bool mergeRecord(const ChangeGroup &g, qint64 officeId, bool matched);
    bool applyLink(const ChangeGroup &g);
    // custom_value's record_id, mapped as a resident or a household by its field's entity.
    QVariant customValueRecord(const QVariant &fieldId, const QVariant &recordId, QString *deferred);
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
