#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"
#include "models/events/event.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// How SnapshotRevision undoes an event's change: through EventStore::save; an added event is
// cancelled (events are never deleted) and reinstated on redo.
struct EventSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(EventSnapshot)

public:
    using Record = Event;

    static QString table() { return QStringLiteral("event"); }
    static qint64 id(const Event &e) { return e.id; }
    static std::optional<Event> load(QSqlDatabase db, const AccessScope &scope, qint64 id);
    static SaveResult write(QSqlDatabase db, const AccessScope &scope, Event &target, const Event &current);
    static Event retired(Event added);
    static QString version(const Event &e) { return QString::number(e.rowVersion); }
    static QString name(const Event &e) { return e.title; }
    static QString text(bool added, const Event &e);
};
