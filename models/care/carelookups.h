#pragma once

#include "models/access/accessscope.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <utility>

// What the care forms and the command line pick from: households found by a member's name (or
// the household's id), a household's living members, a household's address for a label.
class CareLookups final
{
public:
    CareLookups(QSqlDatabase db, const AccessScope &scope);

    // Active households with a living member whose name starts with `text` (or the household
    // with that id), as (id, "address · name"), at most `limit`.
    QList<std::pair<qint64, QString>> households(const QString &text, int limit = 30) const;
    QList<std::pair<qint64, QString>> members(qint64 householdId) const;
    // "幸福里 3号楼 2单元 501 · 王秀英", empty for a household the person cannot see.
    QString householdLabel(qint64 householdId) const;

private:
    QSqlDatabase m_db;
    AccessScope m_scope;
};
