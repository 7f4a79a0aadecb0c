#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "lifeeventrule.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// The office's table of life-event rules (life_event_rule, seeded with defaults): everyone reads
// it; administrators and clerks change a rule's wording, lead time and whether it is in use.
// Each change is one transaction with its audit row; rules are switched off, never deleted.
class LifeEventRules final
{
    Q_DECLARE_TR_FUNCTIONS(LifeEventRules)

public:
    LifeEventRules(QSqlDatabase db, const AccessScope &scope);

    // All rules, those in use first, in the office's order; activeOnly: those in use.
    QList<LifeEventRule> list(bool activeOnly = false) const;
    // Saves the wording, the lead time and whether the rule is in use (the event and age stay).
    SaveResult save(const LifeEventRule &rule);

    // The placeholders a wording may use, filled in.
    static QString fill(const QString &wording, const QString &name, int age, const QDate &date);

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
