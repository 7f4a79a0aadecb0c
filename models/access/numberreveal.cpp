#include "numberreveal.h"

#include "accessscope.h"
#include "auditlog.h"
#include "models/core/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

bool NumberReveal::allowed(const AccessScope &scope, bool wanted)
{
    return wanted && scope.canRevealNumbers();
}

bool NumberReveal::record(const QSqlDatabase &db, const AccessScope &scope, const QString &what, qint64 recordId,
                          const QString &where)
{
    if (!db.isOpen())
        return false;
    const QJsonObject after{{QStringLiteral("shown"), where}};
    Transaction tx(db);
    return tx.isActive() &&
           AuditLog(db, scope).record(what, recordId, QStringLiteral("reveal"), QString(),
                                      QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact))) &&
           tx.commit();
}

bool NumberReveal::change(bool *shown, bool wanted, const QSqlDatabase &db, const AccessScope &scope,
                          const QString &what, const QString &where)
{
    wanted = allowed(scope, wanted);
    if (wanted == *shown)
        return false;
    *shown = wanted;
    if (wanted)
        record(db, scope, what, 0, where);
    return true;
}
