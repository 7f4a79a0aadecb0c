#pragma once

#include "models/access/accessscope.h"

#include "casecategory.h"
#include "caseintake.h"
#include "caserecord.h"
#include "casestep.h"
#include "casesteprequest.h"
#include "models/core/fielderror.h"

#include <optional>
#include <QCoreApplication>
#include <QSqlDatabase>

// Takes cases in, moves them through CaseWorkflow and keeps their categories. Every write is one
// transaction with its audit row; a step is refused unless the workflow allows it and the case
// is still at the row_version the clerk saw, so two editors never overwrite each other.
class CaseStore final
{
    Q_DECLARE_TR_FUNCTIONS(CaseStore)

public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString address;
        int age = -1; // with the address, tells two residents of one name apart; -1: unknown
    };

    // Acts as `scope`: what it may see and change, and whom its rows and audit entries name.
    CaseStore(QSqlDatabase db, const AccessScope &scope);

    // result.id is the new case's id.
    SaveResult intake(const CaseIntake &intake);
    SaveResult applyStep(const CaseStepRequest &request);
    // Puts the case's workflow fields (status, assignee, result, closing and follow-up) back as
    // `target` has them, if the case is still at target.rowVersion: how a step is undone or
    // redone. A new step row (action "restore") says so; no step is deleted.
    SaveResult restoreState(const CaseRecord &target);
    // Undoes a case's intake (撤回): status "withdrawn", out of every count and list, its steps
    // and row kept; refused unless the case is still at `rowVersion`. Reinstating gives it back
    // the status it had. Both are audited changes with a step row, never a deletion.
    SaveResult withdraw(qint64 caseId, int rowVersion);
    SaveResult reinstate(qint64 caseId, int rowVersion);
    std::optional<CaseRecord> record(qint64 caseId) const;
    // The case numbered `caseNo` ("2026-000123") if this person may see it, else 0.
    qint64 idOfCaseNo(const QString &caseNo) const;
    QList<CaseStep> timeline(qint64 caseId) const;
    qint64 gridOfBuilding(qint64 buildingId) const;
    // Living residents whose name starts with `text` or whose phone contains it, for the reporter picker.
    QList<Person> findResidents(const QString &text, int limit = 20) const;

    QList<CaseCategory> categories(bool includeArchived = false) const;
    // Adds (id 0) or renames / retimes a category. Codes are made from the id for new ones.
    SaveResult saveCategory(CaseCategory &category);
    // Categories are never deleted: old cases keep theirs; archived ones are not offered for new cases.
    SaveResult setCategoryArchived(qint64 categoryId, bool archived);

private:
    SaveResult failed(const QString &field, const QString &message) const;
    SaveResult setWithdrawn(qint64 caseId, int rowVersion, bool withdrawn);
    QString nextCaseNo(int year) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
