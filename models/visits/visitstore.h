#pragma once

#include "models/access/accessscope.h"

#include "models/cases/caseintake.h"
#include "models/core/fielderror.h"
#include "visit.h"
#include "visitneed.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Writes the visit log: a visit with its needs is one transaction with its audit rows, and a
// need becomes a case through CaseStore inside that same transaction, linked both ways
// (visit_need.case_id and cases.visit_need_id), so a case that cannot be saved leaves no visit.
// Visits and needs are archived, never deleted.
class VisitStore final
{
    Q_DECLARE_TR_FUNCTIONS(VisitStore)

public:
    struct HouseholdChoice
    {
        qint64 id = 0;
        qint64 buildingId = 0;
        QString address; // compound building unit-room
        QString members; // names of the living members, head first
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    VisitStore(QSqlDatabase db, const AccessScope &scope);

    // Adds (visit.id 0) or edits a visit and its needs: needs with id 0 are added, archived ones
    // archived, and those with newCase set are made cases. result.id is the visit's id.
    SaveResult save(Visit &visit, QList<VisitNeed> &needs);
    SaveResult setArchived(qint64 visitId, bool archived);
    // Makes one saved need a case (kind and errand type from `intake`). result.id is the case's id.
    SaveResult raiseCase(qint64 needId, const CaseIntake &intake);

    std::optional<Visit> visit(qint64 visitId) const;
    QList<VisitNeed> needs(qint64 visitId) const;
    // Whether `intake` would be accepted as a case (for a need on a visit not saved yet): a dry
    // run of CaseStore::intake() that is always rolled back.
    SaveResult checkCase(const CaseIntake &intake) const;
    // The visit a case was raised from, or 0.
    qint64 visitOfCase(qint64 caseId) const;

    // Households for the visit dialog's picker (active ones only, within the access scope).
    QList<HouseholdChoice> households(qint64 buildingId) const;
    QList<HouseholdChoice> findHouseholds(const QString &text, int limit = 50) const;
    std::optional<HouseholdChoice> household(qint64 householdId) const;

private:
    SaveResult failed(const QString &field, const QString &message) const;
    // Inside an open transaction: makes need `needId` a case.
    SaveResult raiseIn(qint64 needId, CaseIntake intake);
    QList<HouseholdChoice> readChoices(const QString &where, const QVariantList &bindings) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
