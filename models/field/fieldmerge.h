#pragma once

#include "fieldmergereport.h"
#include "models/access/accessscope.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Merges a field copy's logged changes (FieldChangeLog) into the office database, SQLite or
// PostgreSQL, in one office transaction. Per record and field, three versions: the base (the
// row as checked out, the log's first old_row), the field's (its last new_row) and the office's
// (now). Only the field changed it: it goes in. Both changed different fields: both kept. Both
// changed one field differently: a conflict, decided per conflict (setDecisions) or by the
// default (setPreference); one conflict left undecided and nothing is written, the conflicts
// come back. Visits, needs, case steps, moves and attendance are appended (new office ids,
// foreign keys remapped) and never conflict; a resident added in the field whose ID number the
// office already has is matched to that resident. The office remembers what it merged
// (field_merge: checkout id and last seq; field_merge_row: field ids → office ids), so the same
// file merged twice changes nothing the second time, and later work on the same copy merges
// on top. Every applied record gets an audit row naming the field worker and time, and the
// merging clerk.
class FieldMerge final
{
    Q_DECLARE_TR_FUNCTIONS(FieldMerge)

public:
    enum class Status {
        Merged,         // committed (possibly nothing new)
        NeedsDecisions, // conflicts without a decision: nothing written
        Refused,        // not allowed, or not a field copy
        Failed          // a database error: rolled back, nothing written
    };
    struct Result
    {
        Status status = Status::Failed;
        QString message; // translated, for the clerk
        QString detail;  // technical, for logs
        FieldMergeReport report;
        QList<FieldConflict> conflicts; // every conflict found, decided or not
    };

    FieldMerge(QSqlDatabase office, const AccessScope &scope);
    ~FieldMerge();
    Q_DISABLE_COPY_MOVE(FieldMerge)

    // Per conflict (FieldConflict::key); the preference decides the others.
    void setDecisions(const QHash<QString, FieldConflict::Choice> &decisions) { m_decisions = decisions; }
    void setPreference(FieldConflict::Choice prefer) { m_prefer = prefer; }

    Result merge(const QSqlDatabase &field);

    // Replays onto another database rather than merging into the office (FieldRenew): the changes
    // after `afterSeq`, with the office ids `idMap` gave earlier merges' new rows, and nothing
    // recorded as merged.
    void setReplay(qint64 afterSeq, const QHash<QString, qint64> &idMap);
    // What the office has merged of a check-out: its last seq and the field → office id map.
    static bool mergedSoFar(const QSqlDatabase &office, const QString &checkoutId, qint64 *lastSeq,
                            QHash<QString, qint64> *idMap);

    // Test hook: with this environment variable set to N, the merge waits N ms inside its
    // transaction, after writing and before committing (the kill -9 test).
    static constexpr const char *kTestPauseVariable = "CD_FIELD_MERGE_TEST_PAUSE_MS";

private:
    class Run;
    QSqlDatabase m_office;
    AccessScope m_scope;
    QHash<QString, FieldConflict::Choice> m_decisions;
    FieldConflict::Choice m_prefer = FieldConflict::Choice::Undecided;
    bool m_replay = false;
    qint64 m_replayAfter = 0;
    QHash<QString, qint64> m_replayMap;
};
