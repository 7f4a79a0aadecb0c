#pragma once

#include "deatheffects.h"
#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Records a resident's death and what follows from it, in one transaction: the status change
// (RegisterStore, which drops the person from the birthday list and every living-only list),
// then DeathEffects (the rota, the volunteer record, the pairs), as every other path that records
// a death does. The errands it causes (丧葬补助, 户口注销) are due from that day (DueErrands, rule
// "death"). result.id is the resident's id; *removed, if given, the number of shifts taken off.
//
// withdraw() takes back a death entered in error (Edit → Undo): the resident has the status of
// before again (StatusWithdrawal), and what the death changed is put back (DeathEffects::withdraw:
// volunteer records reopened, shifts assigned again, pairs running on; a shift filled or cancelled
// since is named in a warning instead).
class DeathRecord final
{
    Q_DECLARE_TR_FUNCTIONS(DeathRecord)

public:
    using Effects = DeathEffects::Changes;

    DeathRecord(QSqlDatabase db, const AccessScope &scope);

    SaveResult record(qint64 residentId, const QDate &date, const QString &note, int *removed = nullptr,
                      Effects *effects = nullptr);
    // `rowVersion` is the resident's as the death left it; anything else is refused (changed since).
    SaveResult withdraw(qint64 residentId, int rowVersion, const QString &status, const QDate &statusDate,
                        const Effects &effects, const QString &note);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
