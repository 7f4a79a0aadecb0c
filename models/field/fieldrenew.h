#pragma once

#include "fieldmerge.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

class AccessScope;

// Renewing a check-out without losing work: after a merge the office checks the worker's grids
// out again (a fresh field copy, with everything the office knows now), and the old copy's
// changes the office has not merged yet are carried over into it, where the new copy's change
// log records them for the next merge. The carry-over is a FieldMerge replayed onto the new copy
// (the office's merged seq and id map say what is already in): a field the office changed since
// and the old copy changed too is a conflict, decided as in a merge.
class FieldRenew final
{
    Q_DECLARE_TR_FUNCTIONS(FieldRenew)

public:
    static FieldMerge::Result carryOver(const QSqlDatabase &office, const QSqlDatabase &oldField,
                                        const QSqlDatabase &newField, const AccessScope &scope,
                                        FieldConflict::Choice prefer = FieldConflict::Choice::Undecided,
                                        const QHash<QString, FieldConflict::Choice> &decisions = {});
};
