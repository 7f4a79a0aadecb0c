#pragma once

#include <QStringList>

// The tables of models/care, created by one migration step: follow-up rules per tag, a
// resident's own attention level, 结对帮扶 pairs with their activities, assistance records and
// the office's kinds of assistance. Seeds the default rules from the built-in tags.
class CareSchema final
{
public:
    static QStringList statements();
    // Assistance records edited and undone (issue 24): a row version for optimistic locking.
    static QStringList rowVersionStatements();
};
