#include "shiftpatternrevision.h"

#include "models/volunteers/rosterstore.h"

ShiftPatternRevision::ShiftPatternRevision(QSqlDatabase db, const AccessScope &scope, qint64 patternId)
    : m_db(std::move(db))
    , m_scope(scope)
{
    const RosterStore store(m_db, m_scope);
    m_shifts = store.patternShifts(patternId);
    if (!m_shifts.isEmpty())
        if (const std::optional<RosterStore::Shift> first = store.shift(m_shifts.constFirst()))
            m_postName = first->postName;
}

QString ShiftPatternRevision::text() const
{
    return tr("make %n shift(s) of %1", nullptr, int(m_shifts.size())).arg(m_postName);
}

SaveResult ShiftPatternRevision::undo()
{
    return RosterStore(m_db, m_scope).setShiftsCancelled(m_shifts, true);
}

SaveResult ShiftPatternRevision::redo()
{
    return RosterStore(m_db, m_scope).setShiftsCancelled(m_shifts, false);
}
