#pragma once

#include <QDate>
#include <QString>

// What the audit page narrows audit_log to; empty or invalid members do not filter.
struct AuditFilter
{
    QString user;
    QString table;
    qint64 recordId = 0;
    QDate from;
    QDate to; // inclusive

    bool operator==(const AuditFilter &o) const
    {
        return user == o.user && table == o.table && recordId == o.recordId && from == o.from && to == o.to;
    }
    bool operator!=(const AuditFilter &o) const { return !(*this == o); }
};
