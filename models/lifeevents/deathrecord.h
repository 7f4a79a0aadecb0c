#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

// Records a resident's death and what follows from it, in one transaction: the status change
// (RegisterStore, which drops the person from the birthday list and every living-only list),
// and, for a volunteer who was this resident, status "left" and the shifts from the day of death
// on taken off the rota (marked removed, never deleted). The errands it causes (丧葬补助, 户口注销)
// are due from that day (DueErrands, rule "death"). result.id is the resident's id; *removed, if
// given, the number of shifts taken off the rota.
//
// withdraw() takes back a death entered in error (Edit → Undo): the resident has the status of
// before again (RegisterStore::withdrawStatus), the volunteer records it closed are as before,
// and the shifts it took off the rota are assigned again (new assignments; a shift filled or
// cancelled since is named in a warning instead).
class DeathRecord final
{
    Q_DECLARE_TR_FUNCTIONS(DeathRecord)

public:
    // What a recorded death changed besides the resident, to put back when it is withdrawn.
    struct Effects
    {
        QList<QPair<qint64, QString>> volunteers; // closed: id and status before
        QList<QPair<qint64, qint64>> shifts;      // taken off the rota: shift id and volunteer id
    };

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
