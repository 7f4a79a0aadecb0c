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

    // `db` chooses the engine's spelling (DialectSql) of the search terms. serverTokens: the
    // database has resident_token (ResidentTokenSchema::servesSearch): a search keystroke or a tag
    // filter reads its first page in name order from that table's key.
    ResidentQuery(const QSqlDatabase &db, const ResidentFilter &filter, const AccessScope &scope,
                  const QDate &today = QDate::currentDate(), bool serverTokens = false);

    QString whereClause() const { return m_where; } // "" or "WHERE ..."
    QVariantList bindings() const { return m_bindings; }
    bool isEmptySearch() const { return m_emptySearch; } // search text had nothing searchable

    static QString orderBy(SortKey key, bool descending);
    // The joined select list used by lists and exports; column order is ResidentQuery::Col.
    static QString selectSql(const QSqlDatabase &db);
    static QString selectSql(bool postgres);
    static QString countSql();
    // count(*) that stops at a bound given as the last binding: "at least N" costs N rows, not all.
    QString cappedCountSql() const;
    // A page of the list (LIMIT ? OFFSET ? to be added) and its bindings. By name with server tokens:
    // read from resident_token in its key's order, so the first page needs only its own rows.
    QString pageSql(SortKey key, bool descending) const;
    QVariantList pageBindings(SortKey key) const;
    QString driverToken() const { return m_driver; } // the token a page reads by, or ""
    // Whether the capped count reads resident_token's key (a one-token search, a tag on a server).
    bool countsByToken() const { return m_wholeDriver; }

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

    bool usesDriver(SortKey key) const { return !m_driver.isEmpty() && key == SortKey::Name; }

    QString m_where;
    QVariantList m_bindings;
    // With server tokens: the token the page reads by and, when it is the whole of the first
    // term (a one-token search, a tag), the page's WHERE without that term and its bindings.
    bool m_serverTokens = false;
    bool m_wholeDriver = false; // the driver's term is the whole of a term: the page needs no other
    QString m_driver;
    QString m_pageWhere;
    QVariantList m_pageBindings;
    bool m_emptySearch = false;
    bool m_postgres = false;
};
