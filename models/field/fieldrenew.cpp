#include "fieldrenew.h"

#include "fieldchangelog.h"

FieldMerge::Result FieldRenew::carryOver(const QSqlDatabase &office, const QSqlDatabase &oldField,
                                         const QSqlDatabase &newField, const AccessScope &scope,
                                         FieldConflict::Choice prefer,
                                         const QHash<QString, FieldConflict::Choice> &decisions)
{
    FieldMerge::Result refused;
    refused.status = FieldMerge::Status::Refused;
    if (!FieldChangeLog::isFieldDatabase(newField) ||
        FieldChangeLog::checkoutValue(oldField, QStringLiteral("worker_login")) !=
            FieldChangeLog::checkoutValue(newField, QStringLiteral("worker_login"))) {
        refused.message = tr("The new check-out is not for the same worker as the old field copy.");
        return refused;
    }
    qint64 merged = 0;
    QHash<QString, qint64> idMap;
    if (!FieldMerge::mergedSoFar(office, FieldChangeLog::checkoutValue(oldField, QStringLiteral("checkout_id")),
                                 &merged, &idMap)) {
        refused.status = FieldMerge::Status::Failed;
        refused.message = tr("Cannot read what the office has merged of the old field copy.");
        return refused;
    }
    FieldMerge replay(newField, scope);
    replay.setReplay(merged, idMap);
    replay.setPreference(prefer);
    replay.setDecisions(decisions);
    return replay.merge(oldField);
}
