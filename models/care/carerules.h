#pragma once

#include "carerule.h"
#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The office's follow-up rules (care_rule) and the attention level set by hand for one resident
// (care_attention). Everyone reads them; administrators and clerks change the rules, anyone who
// may edit the resident's household sets the resident's level. Every change is one transaction
// with its audit row; rules are switched off, never deleted.
class CareRules final
{
    Q_DECLARE_TR_FUNCTIONS(CareRules)

public:
    CareRules(QSqlDatabase db, const AccessScope &scope);

    // Rules in use first, then by tag and age; activeOnly: those in use (with a tag not archived).
    QList<CareRule> list(bool activeOnly = false) const;
    // Adds (id 0) or changes a rule.
    SaveResult save(const CareRule &rule);

    // The level set by hand for a resident, or empty.
    QString attention(qint64 residentId) const;
    // Sets (or with an empty level clears) a resident's own level.
    SaveResult setAttention(qint64 residentId, const QString &level, const QString &note = QString());

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
