#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/register/resident.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

// One merge as the review dialog and the command line list it.
struct ResidentMergeRecord
{
    qint64 id = 0;
    qint64 keptId = 0;
    qint64 mergedId = 0;
    QString keptName;
    QString mergedName;
    QString userName;
    QString mergedAt; // ISO date and time
};

// Makes two records of one person one: the clerk keeps one record and picks, field by field,
// which record's value it keeps; every row that points at the other record (ResidentLinks) moves
// to the kept one, and the other is marked merged into it (status 'merged', merged_into), never
// deleted. One transaction with an audit row; resident_merge keeps both records as they were and
// what moved, so unmerge() puts exactly those rows back.
class ResidentMerger final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentMerger)

public:
    ResidentMerger(QSqlDatabase db, const AccessScope &scope);

    // The fields a clerk chooses between: name, idNumber, birthDate, gender, phone, ethnicity,
    // residencyType, household (the household with the relation to its head), notes.
    static QStringList fields();
    static QString fieldLabel(const QString &field);
    // The value as stored, as text to compare (the household's id for "household").
    static QString fieldValue(const Resident &resident, const QString &field);
    // Fields the kept record should take from the other: where the kept one is empty and the
    // other is not, and the ID number when only the other's is valid.
    static QStringList defaultFromOther(const Resident &keep, const Resident &other);

    // Keeps `keepId`, taking `fromOther`'s fields from `otherId`; result.id is the merge's id.
    SaveResult merge(qint64 keepId, qint64 otherId, const QStringList &fromOther);
    // merge() with defaultFromOther().
    SaveResult merge(qint64 keepId, qint64 otherId);
    // Puts back what the merge moved and the two records as they were (fields changed since are
    // left as they are now). Audited.
    SaveResult unmerge(qint64 mergeId);
    // Merges not undone, newest first, of residents `scope` sees.
    QList<ResidentMergeRecord> recentMerges(int limit = 20) const;

private:
    SaveResult failed(const QString &message) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
