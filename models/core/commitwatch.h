#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

// A hook run when work on a connection has been committed: the outermost Transaction's commit,
// a statement run outside any transaction (autocommit), and just before Database closes the
// connection. A field copy lives in memory and is sealed to disk by its owner (models/field),
// which watches its connection here so that a form's save reaches the disk before the form says
// saved. Connections nobody watches cost one hash lookup.
namespace CommitWatch {
using Persist = std::function<void()>;

// One watcher per connection name; a second call replaces the first.
void watch(const QString &connectionName, Persist persist);
void unwatch(const QString &connectionName);
bool isWatched(const QString &connectionName);
// Called by Transaction, SqlQuery and Database; runs the connection's watcher, if any.
void committed(const QSqlDatabase &db);
void committed(const QString &connectionName);
} // namespace CommitWatch
