#pragma once

#include "models/access/accessscope.h"

#include "auditentry.h"
#include "auditfilter.h"
#include "models/core/pagedtablemodel.h"

#include <optional>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

// audit_log, newest first: the whole count at once, pages read as the view asks for them (as
// CaseTableModel). Read only: there is no setData and no SQL here that writes. Only an
// administrator's scope gets rows.
class AuditTableModel final : public PagedTableModel<AuditEntry>
{
    Q_OBJECT

public:
    // User: the person's name (the login when no account has it); Record: the record in words
    // (its number when it cannot be found); Summary: the whole line in words.
    enum Column { At, User, Table, Record, Action, Summary, ColumnCount };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 20;

    AuditTableModel(QSqlDatabase db, const AccessScope &scope, QObject *parent = nullptr);

    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }

    std::optional<AuditEntry> entry(int row) const;
    // For the filter boxes: the names and tables that occur in the log.
    QStringList users() const;
    QStringList tables() const;
    // Each login's person, for logins whose account has a name: a clerk picks 王芳, not wangf.
    QHash<QString, QString> userNames() const;

protected:
    QList<ColumnSql> filterColumns() const override;
    QString filterFrom() const override;
    QString filterWhere(QVariantList *bindings, int exceptColumn) const override;

private:
    QString whereClause(QVariantList *bindings, int exceptColumn = -1) const;
    // The SQL expression naming each row's record (AuditEntry::recordText).
    static QString recordWords();
    QStringList distinct(const QString &sql) const;
    Count countRows() const override;
    QString columnTitle(int column) const override;
    bool loadPage(int offset, int limit, QVector<AuditEntry> *rows) const override;
    QVariant cell(const AuditEntry &entry, int column, int role) const override;

    AccessScope m_scope;
    AuditFilter m_filter;
};
