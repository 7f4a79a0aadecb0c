#pragma once

#include "models/access/accessscope.h"

#include "residentfilter.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

// Turns a ResidentFilter into a WHERE clause with bound values. The SQL is assembled only from
// constant fragments; everything the user typed is bound.
class ResidentQuery final
{
public:
    enum class SortKey { Name, Gender, Age, IdNumber, Address, Grid, Residency, Status };

    // `db` only chooses the engine's spelling (DialectSql) of the search terms.
    ResidentQuery(const QSqlDatabase &db, const ResidentFilter &filter, const AccessScope &scope,
                  const QDate &today = QDate::currentDate());

    QString whereClause() const { return m_where; } // "" or "WHERE ..."
    QVariantList bindings() const { return m_bindings; }
    bool isEmptySearch() const { return m_emptySearch; } // search text had nothing searchable

    static QString orderBy(SortKey key, bool descending);
    // The joined select list used by lists and exports; column order is ResidentQuery::Col.
    static QString selectSql(const QSqlDatabase &db);
    static QString countSql();
    // count(*) that stops at a bound given as the last binding: "at least N" costs N rows, not all.
    QString cappedCountSql() const;

    enum Col {
        CId,
        CHouseholdId,
        CName,
        CGender,
        CBirth,
        CIdNumber,
        CPhone,
        CCompound,
        CBuilding,
        CUnit,
        CRoom,
        CGrid,
        CResidency,
        CStatus,
        CStatusDate,
        CTags,
        CMergedInto // the name of the record a merged resident went into
    };

private:
    void addColumnCondition(const ResidentColumnCondition &condition, QStringList *terms);

    void addText(const QString &text);

    QString m_where;
    QVariantList m_bindings;
    bool m_emptySearch = false;
    bool m_postgres = false;
};
