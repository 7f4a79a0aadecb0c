#pragma once

#include "models/access/accessscope.h"
#include "models/deaths/deathrecord.h"
#include "models/register/resident.h"

#include "recordrevision.h"

#include <QDate>
#include <QSqlDatabase>

// A resident's status change (moved out, deceased, moved back) that can be taken back and put
// again. Undo withdraws it (RegisterStore::withdrawStatus: the change stays in the history with a
// "withdrawn" row after it); a death's undo also opens the volunteer records it closed again and
// puts its shifts back on the rota (DeathRecord::withdraw). Redo records the change again the
// register's way, a death with its side effects. Both refuse when the resident changed since.
class StatusRevision final : public RecordRevision
{
    Q_DECLARE_TR_FUNCTIONS(StatusRevision)

public:
    // `before` as the resident was, `after` as the change left it; `date` and `note` as the clerk
    // entered them; `effects` what a recorded death changed besides the resident.
    StatusRevision(QSqlDatabase db, const AccessScope &scope, Resident before, Resident after, const QDate &date,
                   QString note, DeathRecord::Effects effects = {});

    QString text() const override;
    SaveResult undo() override;
    SaveResult redo() override;

private:
    SaveResult apply(bool undo);

    QSqlDatabase m_db;
    AccessScope m_scope;
    Resident m_before;
    Resident m_after;
    QDate m_date;
    QString m_note;
    DeathRecord::Effects m_effects;
    int m_version; // the resident's row version as this revision last left it
};
