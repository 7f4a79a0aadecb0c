#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// Takes back a resident's status change entered in error (Edit → Undo): the resident has the
// status and status date of before again, a death included. Nothing is deleted: the change stays
// in the history, followed by a "withdrawn_<kind>" row on its date (withdrawn_moved_out,
// withdrawn_deceased, withdrawn_moved_back), so the month's counts can net it out.
class StatusWithdrawal final
{
    Q_DECLARE_TR_FUNCTIONS(StatusWithdrawal)

public:
    StatusWithdrawal(QSqlDatabase db, const AccessScope &scope);

    // Refused, naming the resident, when their row version is no longer `rowVersion`.
    SaveResult withdraw(qint64 residentId, int rowVersion, const QString &status, const QDate &statusDate,
                        const QString &note);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
