#pragma once

#include <QDate>
#include <QString>

// What the case list shows. Zero / empty / invalid means "any".
struct CaseFilter
{
    // "" any, a CaseWorkflow status code, or a group: "open" (not closed nor followed up),
    // "overdue" (open and past its deadline), "resolved" (closed or followed up). Withdrawn cases
    // (status "withdrawn") are listed only when that status is asked for.
    QString status;
    qint64 gridId = 0;
    qint64 categoryId = 0;
    QString source;
    QDate from; // period, inclusive
    QDate to;
    // The period applies to received_at, or to closed_at when true (the dashboard's "resolved in").
    bool periodByClosure = false;
    QString text; // case no, description, location, reporter name or phone
    QString kind; // "" any, "case" or "errand" (see CaseWorkflow::kinds())

    bool operator==(const CaseFilter &o) const
    {
        return status == o.status && gridId == o.gridId && categoryId == o.categoryId && source == o.source &&
               from == o.from && to == o.to && periodByClosure == o.periodByClosure && text == o.text && kind == o.kind;
    }
    bool operator!=(const CaseFilter &o) const { return !(*this == o); }
};
