#pragma once

#include <QSqlDatabase>
#include <QString>

class AccessScope;

// The one gate for showing full ID and phone numbers: whether the signed-in role may see them
// at all, and the audit row (action 'reveal') each time someone chooses to see them.
namespace NumberReveal {

// `wanted` narrowed to what the role of `scope` may see (AccessScope::canRevealNumbers()).
bool allowed(const AccessScope &scope, bool wanted);

// Writes the audit row for revealing numbers in `what` (a table: "resident", "cases",
// "volunteer"…) of one record, or of a whole list when recordId is 0. `where` says which list
// or print (kept in after_json). Its own transaction, so it lands even if nothing else is saved.
bool record(const QSqlDatabase &db, const AccessScope &scope, const QString &what, qint64 recordId,
            const QString &where);

// A list's reveal switch: sets *shown to `wanted` as far as allowed(), recording the reveal of
// the whole list (record() with recordId 0) when numbers come into view. True when *shown
// changed, so the list repaints its number columns.
bool change(bool *shown, bool wanted, const QSqlDatabase &db, const AccessScope &scope, const QString &what,
            const QString &where);

} // namespace NumberReveal
