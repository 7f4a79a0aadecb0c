#pragma once

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
class DeathRecord final
{
    Q_DECLARE_TR_FUNCTIONS(DeathRecord)

public:
    DeathRecord(QSqlDatabase db, const AccessScope &scope);

    SaveResult record(qint64 residentId, const QDate &date, const QString &note, int *removed = nullptr);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
