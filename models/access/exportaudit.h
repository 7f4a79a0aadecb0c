#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class AccessScope;

// The audit of personal data leaving the program: every export (a list, a birthday list, a report,
// an import's error report; window or command line) writes one 'export' row naming who, what, how
// many rows and the file's name (never its folder, which may name a person's home). When numbers
// were written in full it also writes a 'reveal' row with the same count, so the reveal trail
// (NumberReveal) holds every file that carries full ID or phone numbers.
namespace ExportAudit {

// The kinds of number an export may show in full, as kept in after_json.
inline QString idNumbers()
{
    return QStringLiteral("id");
}
inline QString phoneNumbers()
{
    return QStringLiteral("phone");
}

// `what` is the table the rows come from ("resident", "volunteer", "cases"…), `where` which list or
// document ("register list", "birthday list"…), `revealed` the numbers shown in full (empty: all
// masked). Its own transaction, written after the file: false when the row could not be written.
bool record(const QSqlDatabase &db, const AccessScope &scope, const QString &what, int rows, const QString &path,
            const QString &where, const QStringList &revealed = {});

// record() for a file just written; personal data leaves the program only with its audit row, so
// when the row cannot be written the file is removed and *error says so (naming the file).
bool keepAudited(const QSqlDatabase &db, const AccessScope &scope, const QString &what, int rows, const QString &path,
                 const QString &where, const QStringList &revealed, QString *error);

} // namespace ExportAudit
