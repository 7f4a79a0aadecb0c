#include "officerules.h"

#include "accessscope.h"
#include "auditlog.h"
#include "models/core/sqlquery.h"
#include "models/core/transaction.h"

namespace {
const QString kIdleKey = QStringLiteral("office/idleLockMinutes");
}

int OfficeRules::idleLockMinutes(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    if (!q.exec(kIdleKey) || !q.next())
        return kDefaultIdleLockMinutes;
    bool ok = false;
    const int minutes = q.value(0).toInt(&ok);
    return ok ? qBound(0, minutes, kMaximumIdleLockMinutes) : kDefaultIdleLockMinutes;
}

QString OfficeRules::setIdleLockMinutes(const QSqlDatabase &db, const AccessScope &scope, int minutes)
{
    if (!scope.canAdminister())
        return tr("Lock after: only an administrator may change the office's idle lock.");
    if (minutes < 0 || minutes > kMaximumIdleLockMinutes)
        return tr("Lock after: choose between 0 (never) and %1 minutes.").arg(kMaximumIdleLockMinutes);
    const int before = idleLockMinutes(db);
    if (before == minutes)
        return QString();
    Transaction tx(db);
    SqlQuery save(db, QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                                     "value = excluded.value"));
    if (!tx.isActive() || !save.exec(kIdleKey, QString::number(minutes)) ||
        !AuditLog(db, scope).record(QStringLiteral("setting"), 0, QStringLiteral("edited"),
                                    QStringLiteral("{\"idleLockMinutes\":%1}").arg(before),
                                    QStringLiteral("{\"idleLockMinutes\":%1}").arg(minutes)) ||
        !tx.commit())
        return tr("Lock after: the setting could not be saved; please try again.");
    return QString();
}
