#pragma once

#include "models/access/accessscope.h"
#include "overduehousehold.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

// The households overdue for a follow-up visit on a day. A household needs a visit every N
// days, N being the shortest rhythm any rule asks for one of its living members (a rule: a tag,
// optionally a minimum age). It is overdue when its last visit (a visit is a follow-up) is more
// than N days back: visited on day D with a 7-day rhythm, it is due on D+7 and overdue from D+8.
// Never visited, it is due from the day the rule began to apply to it (the rule's start, the
// member reaching the rule's age, the household moving in). Archived tags and rules, moved-out
// or deceased members and households no longer active count for nothing.
//
// Built from the tags outwards, one query per rule in use: the tag's residents by index
// (resident_tag_tag), their household by key, and "no visit since the cutoff" by the visit index
// (visit_household), so a 1M register costs the tagged residents, not the register.
// A grid worker sees their own grids only (AccessScope).
class CareOverdue final
{
    Q_DECLARE_TR_FUNCTIONS(CareOverdue)

public:
    CareOverdue(QSqlDatabase db, const AccessScope &scope);

    void setGrid(qint64 gridId) { m_gridId = gridId; }       // 0: every grid the person sees
    void setTag(qint64 tagId) { m_tagId = tagId; }           // 0: every tag with a rule
    void setLevel(const QString &level) { m_level = level; } // empty: any level

    // Overdue households on `day`, by grid, most days overdue first. false on a database error.
    bool list(const QDate &day, QList<OverdueHousehold> *rows) const;
    QList<OverdueHousehold> list(const QDate &day) const;
    // The count per grid id on `day`.
    QHash<qint64, int> countPerGrid(const QDate &day) const;

    // "王秀英 · 独居 80+ · every 7 days", for lists and the command line.
    static QString reason(const OverdueHousehold &h);

private:
    // Address, grid and head of each row; each household's grid code into *gridCodes.
    bool fillPlaces(QList<OverdueHousehold> &rows, QHash<qint64, QString> *gridCodes) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_gridId = 0;
    qint64 m_tagId = 0;
    QString m_level;
};
