#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

// What follows a resident's death, wherever the death was recorded: the register page
// (DeathRecord), an import with a status or 死亡 column, a field copy merged back, the command line,
// an undo or redo. The status itself already takes the person off the birthday list, the visits
// and follow-ups due and every living-only list, and DueErrands lists 丧葬补助 from the status date;
// this settles what the status alone does not: a volunteer who was this resident leaves and their
// shifts from the day of death on come off the rota (marked removed, never deleted), and 结对帮扶
// pairs end where the deceased was the helper or the household has no one living left.
// Applying it twice changes nothing the second time.
class DeathEffects final
{
    Q_DECLARE_TR_FUNCTIONS(DeathEffects)

public:
    // What a death changed besides the resident, so that withdrawing it (Edit → Undo) can put it back.
    struct Changes
    {
        QList<QPair<qint64, QString>> volunteers; // closed: id and status before
        QList<QPair<qint64, qint64>> shifts;      // taken off the rota: shift id and volunteer id
        QList<qint64> pairs;                      // 结对帮扶 pairs ended
    };

    DeathEffects(QSqlDatabase db, const AccessScope &scope);

    // For one resident recorded as deceased (anyone else: nothing to do). *removed, if given, is
    // the number of shifts taken off the rota. One transaction (a savepoint inside the caller's).
    // *changes, if given, receives what was changed.
    SaveResult apply(qint64 residentId, int *removed = nullptr, Changes *changes = nullptr);
    // Puts back what apply() changed, as far as nobody changed it since; result.warnings name the
    // shifts that could not be assigned again. One transaction (a savepoint inside the caller's).
    SaveResult withdraw(const Changes &changes);
    // For every deceased resident whose effects are not through yet, e.g. after an import or a
    // merge that wrote statuses row by row; result.id is the number of residents settled.
    SaveResult applyPending();

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
