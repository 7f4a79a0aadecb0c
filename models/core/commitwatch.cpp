#include "commitwatch.h"

#include <QHash>

namespace {

// Connections belong to one thread, and so do their watchers.
QHash<QString, CommitWatch::Persist> &watchers()
{
    thread_local QHash<QString, CommitWatch::Persist> all;
    return all;
}

// A watcher that itself runs statements (it serializes the database) must not recurse.
thread_local bool running = false;

} // namespace

void CommitWatch::watch(const QString &connectionName, Persist persist)
{
    watchers().insert(connectionName, std::move(persist));
}

void CommitWatch::unwatch(const QString &connectionName)
{
    watchers().remove(connectionName);
}

bool CommitWatch::isWatched(const QString &connectionName)
{
    return !watchers().isEmpty() && watchers().contains(connectionName);
}

void CommitWatch::committed(const QSqlDatabase &db)
{
    if (!watchers().isEmpty())
        committed(db.connectionName());
}

void CommitWatch::committed(const QString &connectionName)
{
    if (running || watchers().isEmpty())
        return;
    const auto it = watchers().constFind(connectionName);
    if (it == watchers().constEnd())
        return;
    const CommitWatch::Persist persist = it.value(); // a copy: the watcher may unwatch itself
    running = true;
    persist();
    running = false;
}
