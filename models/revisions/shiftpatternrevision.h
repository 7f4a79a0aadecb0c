#pragma once

#include "models/access/accessscope.h"

#include "recordrevision.h"

#include <QList>
#include <QSqlDatabase>

// Making a post's shifts from a pattern (the rota's Make shifts…), taken back and put again:
// undo cancels the shifts it made (shifts are never deleted), redo puts them back on the rota.
// Both refuse, changing nothing, when a shift changed since (a volunteer put on it, or it was
// cancelled by hand). See RosterStore::setShiftsCancelled.
class ShiftPatternRevision final : public RecordRevision
{
    Q_DECLARE_TR_FUNCTIONS(ShiftPatternRevision)

public:
    // `patternId` as RosterStore::generateShifts returned it.
    ShiftPatternRevision(QSqlDatabase db, const AccessScope &scope, qint64 patternId);

    QString text() const override;
    SaveResult undo() override;
    SaveResult redo() override;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
    QList<qint64> m_shifts;
    QString m_postName; // for the Edit menu: "make 4 shifts of 门岗"
};
