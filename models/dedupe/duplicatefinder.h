#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "duplicatepair.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Finds living residents who are probably one person (DuplicatePair::Reason), within what
// `scope` sees. Residents are read once in name-key order from the index resident_dedupe and
// compared only inside a name's birth-date and address buckets, so the work grows with the
// register, not with its square. Pairs a clerk marked "not the same person" are left out.
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateFinder)

public:
    DuplicateFinder(QSqlDatabase db, const AccessScope &scope);

    // Best first (score, then ids); `limit` 0 = all.
    QList<DuplicatePair> find(int limit = 0) const;
    // "Not the same person": the pair is not listed again. Audited.
    SaveResult markDistinct(qint64 firstId, qint64 secondId);

    // Characters two ID numbers of one length differ in (-1 for other lengths); *swapped when the
    // two differences are neighbours holding each other's character.
    static int idDifferences(const QString &a, const QString &b, bool *swapped = nullptr);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
