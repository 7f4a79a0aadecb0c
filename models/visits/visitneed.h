#pragma once

#include "models/cases/caseintake.h"

#include <optional>
#include <QString>

// A need a household raised during a visit (table visit_need). caseId is set once it became a
// case; newCase asks VisitStore::save() to make it one in the same transaction as the visit.
struct VisitNeed
{
    qint64 id = 0;
    QString description;
    qint64 caseId = 0;
    QString caseNo; // read only
    bool archived = false;
    std::optional<CaseIntake> newCase;
};
