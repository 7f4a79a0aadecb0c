#include "eventsnapshot.h"

#include "models/events/eventstore.h"

std::optional<Event> EventSnapshot::load(QSqlDatabase db, const AccessScope &scope, qint64 id)
{
    return EventStore(std::move(db), scope).event(id);
}

SaveResult EventSnapshot::write(QSqlDatabase db, const AccessScope &scope, Event &target, const Event &current)
{
    EventStore store(std::move(db), scope);
    if (target.cancelled)
        return current.cancelled ? SaveResult{true, current.id, {}, {}} : store.cancel(current.id);
    target.rowVersion = current.rowVersion;
    if (current.cancelled) {
        if (const SaveResult r = store.reinstate(current.id); !r.ok)
            return r;
        ++target.rowVersion; // reinstate() bumped it
    }
    return store.save(target);
}

Event EventSnapshot::retired(Event added)
{
    added.cancelled = true;
    return added;
}

QString EventSnapshot::text(bool added, const Event &e)
{
    return added ? tr("add event %1").arg(e.title) : tr("edit event %1").arg(e.title);
}
