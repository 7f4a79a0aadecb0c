#pragma once

#include "models/access/accessscope.h"

#include "casefilter.h"

#include <QDateTime>
#include <QVariantList>

// The SQL behind the case list for one filter: a WHERE clause over `cases c` and its bound
// values. Every condition is on an indexed column of cases, or a LIKE only when searching.
class CaseQuery final
{
public:
    enum Column {
        CId,
        CCaseNo,
        CReceived,
        CCategory,
        CGrid,
        CLocation,
        CReporter,
        CPhone,
        CStatus,
        CDeadline,
        CAssignee,
        CClosed,
        CSource,
        CKind,
    };
    enum class SortKey { Received, CaseNo, Deadline, Status, Category, Grid };

    CaseQuery(const CaseFilter &filter, const AccessScope &scope, const QDateTime &now);

    QString whereClause() const { return m_where; }
    QVariantList bindings() const { return m_bindings; }
    static QString selectSql();
    static QString countSql();
    static QString orderBy(SortKey key, bool descending);

private:
    QString m_where;
    QVariantList m_bindings;
};
